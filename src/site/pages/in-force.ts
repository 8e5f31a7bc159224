/**
 * Which version was in force on a date (`/<doc>/in-force/?date=YYYY-MM-DD`), for customers and support
 * asking which terms applied on the day something happened. Without JavaScript the page lists every
 * version with the days it applies (effective date to the day before the next one); with it, the date in
 * the URL or the form is answered with the same rule as `terms check` (src/ruleset/in-force.ts).
 */
import { addDays } from '../../period/index.js';
import { html, type Html } from '../html.js';
import type { SiteDocument } from '../model.js';
import type { SitePaths } from '../paths.js';
import { renderDate } from '../render/date.js';
import { renderPage, type SiteContext } from './layout.js';

const STATUS = { current: '現行版', past: '旧版', upcoming: '予定' } as const;

/**
 * The date form that asks the in-force page (on the history page too).
 * @param paths the site's paths
 * @param doc the document
 */
export function renderInForceForm(paths: SitePaths, doc: SiteDocument): Html {
  const first = doc.versions[0]?.ruleSet.meta.effective ?? '';
  return html`<form class="in-force-form" action="${paths.inForce(doc.id)}" method="get" aria-label="日付から版を調べる">
<label>日付（日本時間）<input type="date" name="date" required min="${first}"></label>
<button type="submit">その日の版を調べる</button>
</form>`;
}

/**
 * Renders the in-force page of a document.
 * @param site the site
 * @param doc the document
 * @param today the build date (Japan): later dates are answered as planned
 */
export function renderInForcePage(site: SiteContext, doc: SiteDocument, today: string): string {
  const { paths } = site;
  const rows = doc.versions.map((v, i) => {
    const { meta } = v.ruleSet;
    const next = doc.versions[i + 1]?.ruleSet.meta.effective;
    return html`<tr data-effective="${meta.effective}" data-version="${meta.version}" data-url="${paths.version(doc.id, meta.version)}">
<th scope="row"><a href="${paths.version(doc.id, meta.version)}">${meta.version} 版</a></th>
<td>${renderDate(meta.effective)}から${next ? html`${renderDate(addDays(next, -1))}まで` : ''}</td>
<td>${STATUS[v.status]}</td>
</tr>`;
  });
  const body = html`<h1>${doc.title} ある日に効力のあった版</h1>
<p>お客様との取引があった日など、ある日に効力のあった規約の版を調べます。各版は効力発生日から、次の版の効力発生日の前日まで適用されます（契約の検査 <code>terms check</code> と同じ規則です）。日付は日本時間です。</p>
<div id="in-force-app" data-today="${today}">
${renderInForceForm(paths, doc)}
<p class="in-force-answer" role="status" aria-live="polite"></p>
</div>
<div class="table-scroll" role="region" aria-label="各版の適用期間" tabindex="0">
<table class="in-force-table">
<thead><tr><th scope="col">版</th><th scope="col">適用期間</th><th scope="col">状態</th></tr></thead>
<tbody>${rows}</tbody>
</table>
</div>
<p><a href="${paths.history(doc.id)}">改定履歴</a></p>`;
  return renderPage(site, {
    title: `${doc.title} ある日に効力のあった版`,
    description: `${doc.title}の各版の適用期間と、日付から効力のあった版を調べるページ`,
    body,
    breadcrumbs: [
      [doc.title, paths.document(doc.id)],
      ['改定履歴', paths.history(doc.id)],
    ],
  });
}
