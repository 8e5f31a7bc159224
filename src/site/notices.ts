/**
 * The change notices the site publishes (お知らせ, Atom entries): the notice module's context and
 * renderings for each revision, i.e. each pair of consecutive versions.
 */
import { isTermsError } from '../errors.js';
import { buildNoticeContext, prepareNotice, resolveTemplates, type NoticeTemplates } from '../notice/index.js';
import type { Comparisons, SiteDocument } from './model.js';
import type { NoticeSummary } from './pages/notices.js';

/** A notice as the site publishes it. */
export interface SiteNotice {
  summary: NoticeSummary;
  /** The notice module's web notice fragment. */
  html: string;
  /** The notice module's Atom `<entry>`. */
  atom: string;
  /** The entry's `<updated>` timestamp. */
  updated: string;
}

/**
 * The notice of every revision whose new version has a notice date.
 * @param documents the documents
 * @param comparisons every document's pairs of versions with their diffs
 * @param baseUrl the site's absolute base URL (the notices link to its pages)
 * @param warnings where a notice that cannot be made (no change-notice rule, a template error) or lacks
 *   an element 民法548条の4第2項 requires is reported; such a notice is not published
 * @param templates the notice templates (default: the shipped ones)
 */
export function buildSiteNotices(
  documents: readonly SiteDocument[],
  comparisons: Comparisons,
  baseUrl: string,
  warnings: string[],
  templates?: NoticeTemplates,
): SiteNotice[] {
  const notices: SiteNotice[] = [];
  for (const doc of documents) {
    for (const { from, to, diff, consecutive } of comparisons.get(doc.id) ?? []) {
      const { meta } = to;
      if (!consecutive || meta.noticeDate === null) continue;
      try {
        const context = buildNoticeContext({ previous: from, next: to, diff, noticeDate: meta.noticeDate, baseUrl });
        // The same rendering and check as `terms notice`: the site never publishes what it would refuse to send.
        const { web, atom, problems } = prepareNotice(context, templates ?? resolveTemplates(undefined));
        if (problems.length) {
          for (const problem of problems) warnings.push(`${meta.source}: お知らせを公開しません / notice for ${doc.id} ${meta.version} not published: ${problem}`);
          continue;
        }
        notices.push({
          summary: { document: doc.id, version: meta.version, title: meta.title, noticeDate: meta.noticeDate, effective: meta.effective },
          html: web,
          atom,
          updated: context.atom.updated,
        });
      } catch (error) {
        if (!isTermsError(error)) throw error;
        warnings.push(`${meta.source}: お知らせを作成できません / no notice for ${doc.id} ${meta.version}: ${error.message}`);
      }
    }
  }
  return notices;
}
