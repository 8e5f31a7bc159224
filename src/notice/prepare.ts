/**
 * The steps of `terms notice` before any recipient: pick the two versions, and render and check the forms
 * everyone sees (the お知らせ page, the Atom entry, and an email to a sample recipient).
 */
import { TermsError } from '../errors.js';
import type { RuleSet } from '../ruleset/schema.js';
import type { NoticeContext } from './context.js';
import { renderAtomEntry, renderEmail, renderWebNotice } from './render.js';
import { emailForms, statutoryProblems } from './statutory.js';
import type { NoticeTemplates } from './templates.js';

/**
 * The new version and the one before it.
 * @param ruleSets compiled versions (of any documents), in effective-date order within each document
 * @param document the document id
 * @param version the new version
 * @throws TermsError (exit 2) when there is no such version, or it is the document's first
 */
export function selectVersions(ruleSets: readonly RuleSet[], document: string, version: string): { previous: RuleSet; next: RuleSet } {
  const versions = ruleSets.filter((r) => r.meta.document === document);
  const index = versions.findIndex((r) => r.meta.version === version);
  const next = versions[index];
  if (!next) {
    const known = versions.map((r) => r.meta.version).join(', ') || '—';
    throw new TermsError(`${document}/${version} がありません / no such version (versions: ${known})`, 2);
  }
  const previous = versions[index - 1];
  if (!previous) {
    throw new TermsError(`${document}/${version} は最初の版です。通知する変更がありません / the first version changes nothing to notify`, 2);
  }
  return { previous, next };
}

/** The forms every recipient and visitor sees, and what they lack. */
export interface PreparedNotice {
  /** The お知らせ page's HTML fragment. */
  web: string;
  /** The Atom entry. */
  atom: string;
  /** One message per form that lacks a statutory element (empty when all are complete). */
  problems: string[];
}

/**
 * Renders the web notice and the Atom entry, and an email to a sample recipient, and checks all of them
 * for the elements 民法548条の4第2項 requires, so that a template that drops one stops the run before
 * anything is published or sent.
 * @param context the notice's context
 * @param templates the loaded templates
 * @throws TermsError (exit 2) on a template error
 */
export function prepareNotice(context: NoticeContext, templates: NoticeTemplates): PreparedNotice {
  const web = renderWebNotice(context, templates);
  const atom = renderAtomEntry(context, templates);
  const sample = renderEmail(context, { name: '（氏名）', email: 'customer@example.com', contract: '（契約番号）' }, templates);
  const problems = justificationProblems(context).concat(statutoryProblems(
    [
      ...emailForms(sample),
      { name: 'お知らせページ / web notice', parts: [{ format: 'html', content: web }] },
      { name: 'Atom エントリ / Atom entry', parts: [{ format: 'html', content: atom }] },
    ],
    context,
  ));
  return { web, atom, problems };
}

/**
 * 民法548条の4第1項: a notice of a change of content must say why it binds without each customer's
 * consent; the new version states it in `justification:` (terms ci checks the same).
 * @param context the notice's context
 * @returns one message when the change alters content and the version states no basis
 */
export function justificationProblems(context: NoticeContext): string[] {
  if (context.justification || context.changes.counts.substantive === 0) return [];
  return [
    `${context.next.version} は内容の変更を含みますが、変更の根拠（justification）がありません（民法548条の4第1項）。フロントマターに justification を記載してください / ` +
      `the change alters content but states no basis under 民法548条の4第1項 (justification in the front matter)`,
  ];
}
