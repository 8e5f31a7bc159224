/**
 * A document's version history (改定履歴): every version with its effective date, notice date and status,
 * links to its text, its changes and its notice, and the form comparing any two versions.
 */
import { html } from '../html.js';
import type { SiteDocument, VersionPair } from '../model.js';
import { renderDate } from '../render/date.js';
import { renderCompareForm } from './compare-form.js';
import { renderInForceForm } from './in-force.js';
import type { SitePaths } from '../paths.js';
import { renderPage, type PageOptions, type SiteContext } from './layout.js';

const STATUS = { current: '現行版', past: '旧版', upcoming: '予定' } as const;

/**
 * The feeds of a document, for a page's head.
 * @param paths the site's paths
 * @param doc the document
 */
export function documentFeeds(paths: SitePaths, doc: SiteDocument): NonNullable<PageOptions['feeds']> {
  return [
    { title: `${doc.title} 改定情報`, href: paths.documentFeed(doc.id), type: 'application/atom+xml' },
    { title: `${doc.title} 改定情報（JSON Feed）`, href: paths.documentJsonFeed(doc.id), type: 'application/feed+json' },
  ];
}

/**
 * Renders the history page.
 * @param site the site
 * @param doc the document
 * @param changeCounts number of changed clauses per revision, by `from...to`
 * @param notices the versions that have a notice page
 * @param prebuilt the pairs of versions the site pre-renders
 */
export function renderHistoryPage(
  site: SiteContext,
  doc: SiteDocument,
  changeCounts: ReadonlyMap<string, number>,
  notices: ReadonlySet<string>,
  prebuilt: readonly VersionPair[],
): string {
  const { paths } = site;
  const rows = [...doc.versions].reverse().map((v) => {
    const { meta } = v.ruleSet;
    const previous = doc.versions[doc.versions.indexOf(v) - 1]?.ruleSet.meta.version;
    const count = previous ? changeCounts.get(`${previous}...${meta.version}`) : undefined;
    return html`<tr class="version-${v.status}">
<th scope="row"><a href="${paths.version(doc.id, meta.version)}">${meta.version} 版</a></th>
<td>${renderDate(meta.effective)}</td>
<td>${meta.noticeDate ? renderDate(meta.noticeDate) : '—'}</td>
<td>${STATUS[v.status]}</td>
<td>${previous ? html`<a href="${paths.diff(doc.id, previous, meta.version)}">変更箇所${count !== undefined ? `（${count} 条項）` : ''}</a>` : '制定'}${
      notices.has(meta.version) ? html`・<a href="${paths.notice(doc.id, meta.version)}">お知らせ</a>` : ''
    }</td>
</tr>`;
  });
  const body = html`<h1>${doc.title} 改定履歴</h1>
<div class="table-scroll" role="region" aria-label="改定履歴の表" tabindex="0">
<table>
<thead><tr><th scope="col">版</th><th scope="col">効力発生日</th><th scope="col">通知日</th><th scope="col">状態</th><th scope="col">変更内容</th></tr></thead>
<tbody>${rows}</tbody>
</table>
</div>
<p class="doc-feeds">この規約の改定情報を購読する：<a href="${paths.documentFeed(doc.id)}">Atom フィード</a>・<a href="${paths.documentJsonFeed(doc.id)}">JSON Feed</a></p>
<h2>ある日に効力のあった版を調べる</h2>
${renderInForceForm(paths, doc)}
<p><a href="${paths.inForce(doc.id)}">各版の適用期間の一覧</a></p>
<h2>二つの版を比較する</h2>
${doc.versions.length > 1 ? renderCompareForm(paths, doc, false, prebuilt) : html`<p>比較できる版はまだありません。</p>`}`;
  return renderPage(site, {
    title: `${doc.title} 改定履歴`,
    description: `${doc.title}の全ての版と変更箇所`,
    body,
    breadcrumbs: [[doc.title, paths.document(doc.id)]],
    feeds: documentFeeds(paths, doc),
  });
}
