/**
 * The list of notices (お知らせ): every change notice, newest first, with its notice date.
 */
import { compareDates } from '../../period/index.js';
import { html } from '../html.js';
import { renderDate } from '../render/date.js';
import { renderPage, type SiteContext } from './layout.js';

/** A notice as the list shows it. */
export interface NoticeSummary {
  document: string;
  version: string;
  title: string;
  noticeDate: string;
  effective: string;
}

/**
 * Renders the list of notices.
 * @param site the site
 * @param notices the notices, in any order
 */
export function renderNoticesPage(site: SiteContext, notices: readonly NoticeSummary[]): string {
  const sorted = [...notices].sort((a, b) => compareDates(b.noticeDate, a.noticeDate) || a.document.localeCompare(b.document));
  const body = html`<h1>お知らせ</h1>
<p><a href="${site.paths.feed}">Atom フィード</a>で更新情報を購読できます。</p>
${
  sorted.length
    ? html`<ul class="notice-list">${sorted.map(
        (n) => html`<li>${renderDate(n.noticeDate)} <a href="${site.paths.notice(n.document, n.version)}">${n.title}の変更のお知らせ</a>（${renderDate(n.effective)}から適用）</li>`,
      )}</ul>`
    : html`<p>お知らせはありません。</p>`
}`;
  return renderPage(site, { title: 'お知らせ', body });
}
