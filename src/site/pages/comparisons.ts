/**
 * A document's list of comparisons (`/<doc>/diff/`): every pre-rendered pair of versions, and the compare
 * form, whose GET submission lands here. The script then goes on to the chosen pair's page, or, for a
 * pair the site does not pre-render, compares the two versions right here (site/compare.ts) from their
 * rule sets and the words recorded at build time.
 */
import { html } from '../html.js';
import type { SiteDocument, VersionPair } from '../model.js';
import { renderCompareForm } from './compare-form.js';
import { renderPage, type SiteContext } from './layout.js';

/**
 * Renders the list of comparisons.
 * @param site the site
 * @param doc the document
 * @param pairs every pair of its versions, older first
 */
export function renderComparisonsPage(site: SiteContext, doc: SiteDocument, pairs: readonly VersionPair[]): string {
  const { paths } = site;
  const body = html`<h1>${doc.title} 版の比較</h1>
${doc.versions.length > 1 ? renderCompareForm(paths, doc, true, pairs) : ''}
<div id="compare-app" data-version-url="${paths.versionData(doc.id, '{version}')}" data-words-url="${paths.words(doc.id)}" data-diff-url="${paths.diff(doc.id, '{from}', '{to}')}" hidden>
<p class="compare-status" role="status" aria-live="polite"></p>
<div class="compare-result"></div>
</div>
${doc.versions.length > 2 ? html`<p class="note">一覧にない組み合わせは、このページで比較します（JavaScript が必要です）。</p>` : ''}
<h2>比較の一覧</h2>
${
  pairs.length
    ? html`<ul class="comparisons">${pairs.map(
        (p) =>
          html`<li><a href="${paths.diff(doc.id, p.from.meta.version, p.to.meta.version)}">${p.from.meta.version} 版 → ${p.to.meta.version} 版</a>${p.consecutive ? '（改定）' : ''}</li>`,
      )}</ul>`
    : html`<p>比較できる版はまだありません。</p>`
}`;
  return renderPage(site, { title: `${doc.title} 版の比較`, body, breadcrumbs: [[doc.title, paths.document(doc.id)], ['改定履歴', paths.history(doc.id)]] });
}
