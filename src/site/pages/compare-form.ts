/**
 * The form that compares any two versions of a document. It submits (GET) to the document's list of
 * comparisons, which works without JavaScript; the script sends the reader straight to the pair's
 * pre-rendered page (`data-diff-url`) when the site has one (`data-prebuilt`), else to the list of
 * comparisons, which then compares the two in the browser.
 */
import { html, type Html } from '../html.js';
import type { SiteDocument, VersionPair } from '../model.js';
import type { SitePaths } from '../../paths/index.js';

/**
 * Renders the compare form, preselecting the latest revision.
 * @param paths the site's paths
 * @param doc the document (at least two versions)
 * @param redirect whether the page should follow `?from=&to=` on load (the list of comparisons)
 * @param prebuilt the pairs the site pre-renders
 */
export function renderCompareForm(paths: SitePaths, doc: SiteDocument, redirect: boolean, prebuilt: readonly VersionPair[]): Html {
  const versions = doc.versions.map((v) => v.ruleSet.meta.version);
  const options = (selected: string | undefined) =>
    [...versions].reverse().map((v) => html`<option value="${v}"${v === selected ? html` selected` : ''}>${v} 版</option>`);
  return html`<form class="compare-form" action="${paths.diffIndex(doc.id)}" method="get" data-diff-url="${paths.diff(doc.id, '{from}', '{to}')}" data-prebuilt="${prebuilt.map((p) => `${p.from.meta.version}...${p.to.meta.version}`).join(' ')}"${redirect ? html` data-redirect` : ''} aria-label="版の比較">
<label>比較元（旧）<select name="from">${options(versions.at(-2))}</select></label>
<label>比較先（新）<select name="to">${options(versions.at(-1))}</select></label>
<button type="submit">比較する</button>
</form>`;
}
