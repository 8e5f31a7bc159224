/**
 * The change notices the site publishes (お知らせ, Atom entries): the notice module's context and
 * renderings for each revision, i.e. each pair of consecutive versions.
 */
import type { TermsDiff } from '../diff/index.js';
import { isTermsError } from '../errors.js';
import { buildNoticeContext, prepareNotice, resolveTemplates, type NoticeTemplates } from '../notice/index.js';
import { diffKey, versionPairs, type SiteDocument } from './model.js';
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
 * @param diffs the diffs, by `diffKey`
 * @param baseUrl the site's absolute base URL (the notices link to its pages)
 * @param warnings where a notice that cannot be made (no change-notice rule, a template error) or lacks
 *   an element 民法548条の4第2項 requires is reported; such a notice is not published
 * @param templates the notice templates (default: the shipped ones)
 */
export function buildSiteNotices(
  documents: readonly SiteDocument[],
  diffs: ReadonlyMap<string, TermsDiff>,
  baseUrl: string,
  warnings: string[],
  templates?: NoticeTemplates,
): SiteNotice[] {
  const notices: SiteNotice[] = [];
  for (const doc of documents) {
    for (const pair of versionPairs(doc).filter((p) => p.consecutive)) {
      const { meta } = pair.to;
      const diff = diffs.get(diffKey(doc.id, pair.from.meta.version, meta.version));
      if (meta.noticeDate === null || !diff) continue;
      try {
        const context = buildNoticeContext({ previous: pair.from, next: pair.to, diff, noticeDate: meta.noticeDate, baseUrl });
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
