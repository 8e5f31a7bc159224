/**
 * A version of a document: title, status (現行版 / 旧版 / 改定予定), effective date in 西暦 and 和暦,
 * links to the history and to the change from the previous version, the table of contents, and the
 * whole text with anchors, cross-reference links and defined-term tooltips.
 */
import { html } from '../html.js';
import type { SiteDocument, SiteVersion } from '../model.js';
import { bodyContext, renderBody } from '../render/clause.js';
import { renderDate } from '../render/date.js';
import { renderToc } from '../render/toc.js';
import { renderPreamble, renderTrailing } from '../render/around.js';
import { clauseHistoryPath } from './clause-history.js';
import { documentFeeds } from './history.js';
import { renderPage, type SiteContext } from './layout.js';

const STATUS_LABEL = { current: '現行版', past: '旧版', upcoming: '改定予定' } as const;

function notes(site: SiteContext, doc: SiteDocument, version: SiteVersion, noticed: ReadonlySet<string>) {
  const { paths } = site;
  const i = doc.versions.indexOf(version);
  const next = doc.versions[i + 1];
  const current = doc.current;
  if (version.status === 'past') {
    return html`<p class="note">この版は${next ? html`${renderDate(next.ruleSet.meta.effective)}の前日まで` : ''}適用されていた旧版です。${
      current ? html`<a href="${paths.document(doc.id)}">現行版を見る</a>` : ''
    }</p>`;
  }
  if (version.status === 'upcoming') {
    return html`<p class="note note-upcoming">この版は${renderDate(version.ruleSet.meta.effective)}から適用される予定です。${
      current && current !== version ? html`<a href="${paths.document(doc.id)}">現行版を見る</a>` : ''
    }</p>`;
  }
  const upcoming = doc.versions.filter((v) => v.status === 'upcoming');
  return html`${upcoming.map(
    (u) =>
      html`<p class="note note-upcoming">${renderDate(u.ruleSet.meta.effective)}から改定後の規約が適用されます（予定）。<a href="${paths.version(doc.id, u.ruleSet.meta.version)}">改定後の規約</a>・<a href="${paths.diff(doc.id, version.ruleSet.meta.version, u.ruleSet.meta.version)}">変更箇所</a>${
        noticed.has(u.ruleSet.meta.version) ? html`・<a href="${paths.notice(doc.id, u.ruleSet.meta.version)}">お知らせ</a>` : ''
      }</p>`,
  )}`;
}

/**
 * Renders a version of a document.
 * @param site the site
 * @param doc the document
 * @param version the version
 * @param atDocumentUrl whether the page is the document's URL (`/knet-cloud/`) rather than the version's own
 * @param noticed the document's versions that have a published notice (only those are linked)
 * @returns the HTML document
 */
export function renderTermsPage(site: SiteContext, doc: SiteDocument, version: SiteVersion, atDocumentUrl: boolean, noticed: ReadonlySet<string>): string {
  const { paths } = site;
  const { meta } = version.ruleSet;
  const stable = paths.version(doc.id, meta.version);
  const previous = doc.versions[doc.versions.indexOf(version) - 1];
  const body = html`<article class="terms">
<header class="doc-header">
<p class="status status-${version.status}">${STATUS_LABEL[version.status]}</p>
<h1>${meta.title}</h1>
<dl class="doc-meta">
<dt>効力発生日</dt><dd>${renderDate(meta.effective)}</dd>
<dt>事業者</dt><dd>${meta.company}</dd>
<dt>この版の固定URL</dt><dd><a href="${stable}">${stable}</a></dd>
</dl>
${notes(site, doc, version, noticed)}
<ul class="doc-actions">
<li><a href="${paths.history(doc.id)}">改定履歴</a></li>
${previous ? html`<li><a href="${paths.diff(doc.id, previous.ruleSet.meta.version, meta.version)}">前の版（${previous.ruleSet.meta.version}）からの変更箇所</a></li>` : ''}
<li><button type="button" class="print-button" hidden>印刷する</button></li>
</ul>
</header>
${renderToc(version.ruleSet)}
<div class="terms-body">
${renderPreamble(version.ruleSet)}${renderBody(bodyContext(version.ruleSet, (key) => clauseHistoryPath(paths, doc.id, key)))}${renderTrailing(version.ruleSet)}
</div>
</article>`;
  return renderPage(site, {
    title: atDocumentUrl ? meta.title : `${meta.title}（${meta.version} 版）`,
    description: `${meta.company}の${meta.title}（効力発生日 ${meta.effective}）`,
    ...(atDocumentUrl ? { canonical: stable } : {}),
    body,
    breadcrumbs: atDocumentUrl ? [] : [[meta.title, paths.document(doc.id)]],
    feeds: documentFeeds(paths, doc),
  });
}
