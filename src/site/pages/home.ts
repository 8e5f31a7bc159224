/**
 * The home page: every document with its version in force (and any upcoming one), and the latest notices.
 */
import { compareDates } from '../../period/index.js';
import { html } from '../html.js';
import { renderDate } from '../render/date.js';
import { renderPage, type SiteContext } from './layout.js';
import type { NoticeSummary } from './notices.js';

const LATEST_NOTICES = 5;

/**
 * Renders the home page.
 * @param site the site
 * @param notices every notice
 */
export function renderHomePage(site: SiteContext, notices: readonly NoticeSummary[]): string {
  const { paths } = site;
  const latest = [...notices].sort((a, b) => compareDates(b.noticeDate, a.noticeDate)).slice(0, LATEST_NOTICES);
  const body = html`<h1>${site.siteName}</h1>
<ul class="documents">${site.documents.map((d) => {
    const { meta } = d.shown.ruleSet;
    return html`<li class="document"><h2><a href="${paths.document(d.id)}">${d.title}</a></h2>
<p>${d.current ? '現行版' : '予定'}：${renderDate(meta.effective)}から適用（<a href="${paths.history(d.id)}">改定履歴</a>）</p>
${d.versions
  .filter((v) => v.status === 'upcoming' && v !== d.shown)
  .map((v) => html`<p class="note note-upcoming">${renderDate(v.ruleSet.meta.effective)}から<a href="${paths.version(d.id, v.ruleSet.meta.version)}">改定後の規約</a>が適用されます（予定）。</p>`)}
</li>`;
  })}</ul>
<h2>お知らせ</h2>
${
  latest.length
    ? html`<ul class="notice-list">${latest.map((n) => html`<li>${renderDate(n.noticeDate)} <a href="${paths.notice(n.document, n.version)}">${n.title}の変更のお知らせ</a></li>`)}</ul>`
    : html`<p>お知らせはありません。</p>`
}
<p><a href="${paths.notices}">お知らせの一覧</a>・<a href="${paths.feed}">Atom フィード</a></p>`;
  return renderPage(site, { title: site.siteName, description: `${site.company}の利用規約`, body });
}
