/**
 * The page static hosts serve for a missing path (404.html).
 */
import { html } from '../html.js';
import { renderPage, type SiteContext } from './layout.js';

/**
 * Renders the not-found page.
 * @param site the site
 */
export function renderNotFoundPage(site: SiteContext): string {
  return renderPage(site, {
    title: 'ページが見つかりません',
    body: html`<h1>ページが見つかりません</h1><p>お探しのページは移動または削除された可能性があります。<a href="${site.paths.home}">トップページ</a>から規約をご覧ください。</p>`,
  });
}
