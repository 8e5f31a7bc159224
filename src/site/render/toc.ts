/**
 * The table of contents of a version: chapters with their articles (第14条 契約者からの利用契約の解約)
 * and the 付則 (with the 前文 and the history where the document has them), each a link to its anchor.
 */
import type { RuleSet } from '../../ruleset/schema.js';
import { html, type Html } from '../html.js';

/**
 * Renders the table of contents as a disclosure (open by default; the script closes it on phones).
 * @param ruleSet the version
 */
export function renderToc(ruleSet: RuleSet): Html {
  const byId = new Map(ruleSet.articles.map((a) => [a.id, a]));
  const articleLink = (id: string) => {
    const a = byId.get(id);
    return a ? html`<li><a href="#${a.id}">${a.title}<span class="toc-caption">${a.caption?.text ?? ''}</span></a></li>` : '';
  };
  const inChapter = new Set(ruleSet.chapters.flatMap((c) => c.articles));
  const loose = ruleSet.articles.filter((a) => !inChapter.has(a.id));
  const suppl = ruleSet.supplProvision;
  return html`<nav class="toc" aria-label="目次"><details open><summary>目次</summary><ol class="toc-list">${ruleSet.preamble ? html`<li><a href="#preamble">前文</a></li>` : ''}${loose.map((a) => articleLink(a.id))}${ruleSet.chapters.map(
    (c) => html`<li class="toc-chapter"><a href="#${c.id}">${c.title}</a><ol>${c.articles.map(articleLink)}</ol></li>`,
  )}${suppl ? html`<li class="toc-chapter"><a href="#${suppl.id}">${suppl.label}</a></li>` : ''}${
    ruleSet.history ? html`<li><a href="#history">${ruleSet.history.heading ?? '制定・改定の履歴'}</a></li>` : ''
  }</ol></details></nav>`;
}
