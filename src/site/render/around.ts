/**
 * What stands around the articles on a version page: the 前文 before them, the history (制定・改定の
 * 履歴, 以上) and the signature after them. Read from the rule set; none of it is an article.
 */
import type { RuleSet } from '../../ruleset/schema.js';
import { html, type Html } from '../html.js';
import { renderDate } from './date.js';

/** The 前文, or nothing. */
export function renderPreamble(ruleSet: RuleSet): Html | '' {
  const preamble = ruleSet.preamble;
  if (!preamble) return '';
  return html`<section class="preamble" id="preamble" aria-label="前文">
${preamble.paragraphs.map((p) => html`<p>${p.sentence}</p>\n`)}</section>`;
}

/** The history and the signature, or nothing. */
export function renderTrailing(ruleSet: RuleSet): Html | '' {
  const { history, signature } = ruleSet;
  if (!history && !signature) return '';
  const entries = history?.entries ?? [];
  return html`${history ? html`<section class="doc-history" id="history" aria-label="${history.heading ?? '制定・改定の履歴'}">
${history.heading ? html`<h2>${history.heading}</h2>\n` : ''}${entries.length ? html`<ul>
${entries.map((e) => html`<li data-date="${e.date}">${renderDate(e.date)}${e.event ? html` ${e.event}` : ''}</li>\n`)}</ul>\n` : ''}${history.endMark ? html`<p class="end-mark">以上</p>\n` : ''}</section>` : ''}
${signature ? html`<address class="signature">${signature.lines.map((l, i) => html`${i ? html`<br>` : ''}${l}`)}</address>` : ''}`;
}
