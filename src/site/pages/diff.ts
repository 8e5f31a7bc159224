/**
 * The changes between two versions: the reasons given for them, the redline (赤字: deletions and
 * insertions per clause) and the 新旧対照表, both from the diff module, with a link to a printable table.
 */
import { renderComparisonTableHtml, renderDiffHtml, type TermsDiff } from '../../diff/index.js';
import { html, raw } from '../html.js';
import type { SiteDocument } from '../model.js';
import { renderDate } from '../render/date.js';
import { renderPage, type SiteContext } from './layout.js';

/** The printable 新旧対照表 written beside each diff page. */
export const PRINTABLE_TABLE = 'shinkyu.html';

/** A diff as the site shows it: the redline, the 新旧対照表, and the printable table. */
export interface DiffRenderings {
  redline: string;
  table: string;
  printable: string;
}

const rendered = new WeakMap<TermsDiff, DiffRenderings>();

/**
 * The renderings of a diff, made once: the diff page, its printable table and the files beside the site
 * (data-files.ts) all use them.
 * @param diff the diff
 */
export function diffRenderings(diff: TermsDiff): DiffRenderings {
  let r = rendered.get(diff);
  if (!r) {
    r = { redline: renderDiffHtml(diff), table: renderComparisonTableHtml(diff), printable: renderComparisonTableHtml(diff, { standalone: true }) };
    rendered.set(diff, r);
  }
  return r;
}

/**
 * Renders the diff page of two versions.
 * @param site the site
 * @param doc the document
 * @param diff `diffRuleSets(older, newer)`
 */
export function renderDiffPage(site: SiteContext, doc: SiteDocument, diff: TermsDiff): string {
  const { paths } = site;
  const { from, to } = diff;
  const labels = new Map(diff.clauses.filter((c) => c.newId !== null).map((c) => [c.newId, c.newLabel]));
  const newPage = paths.version(doc.id, to.version);
  const reasons = diff.corrections.length
    ? html`<section id="reasons"><h2>変更の理由</h2>
<div class="table-scroll" role="region" aria-label="変更の理由の表" tabindex="0"><table class="diff-reasons">
<thead><tr><th scope="col">条項</th><th scope="col">理由</th></tr></thead>
<tbody>${diff.corrections.map(
        (c) => html`<tr><th scope="row"><a href="${newPage}#${c.clause}">${labels.get(c.clause) ?? c.clause}</a></th><td>${c.reason}</td></tr>`,
      )}</tbody></table></div></section>`
    : '';
  const body = html`<h1>${to.title}の変更箇所</h1>
<p class="diff-versions">改定前：<a href="${paths.version(doc.id, from.version)}">${from.version} 版</a>（${renderDate(from.effective)}から適用）<br>改定後：<a href="${newPage}">${to.version} 版</a>（${renderDate(to.effective)}から適用）</p>
<nav class="page-toc" aria-label="このページの内容"><ul>${reasons ? html`<li><a href="#reasons">変更の理由</a></li>` : ''}<li><a href="#redline">赤字の比較</a></li><li><a href="#shinkyu">新旧対照表</a></li><li><a href="${PRINTABLE_TABLE}">新旧対照表（印刷用）</a></li></ul></nav>
${reasons}
<section id="redline" class="diff-redline">
<p class="diff-options" hidden><label><input type="checkbox" id="show-editorial" checked> 形式的な変更（表記・番号の統一）も表示する</label></p>
${raw(diffRenderings(diff).redline)}
</section>
<section id="shinkyu"><h2>新旧対照表</h2>
<p>（傍線部分は改正部分）</p>
<div class="table-scroll" role="region" aria-label="新旧対照表" tabindex="0">${raw(diffRenderings(diff).table)}</div>
</section>`;
  return renderPage(site, {
    title: `${to.title}の変更箇所（${from.version} → ${to.version}）`,
    description: `${to.title}の${from.version}版から${to.version}版への変更箇所と新旧対照表`,
    body,
    breadcrumbs: [[doc.title, paths.document(doc.id)], ['改定履歴', paths.history(doc.id)]],
  });
}
