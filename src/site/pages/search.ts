/**
 * The search page: a form, a live status line and the results list that site/search.ts fills from the
 * prebuilt index. Without JavaScript the page says so and points to the tables of contents.
 */
import { html } from '../html.js';
import { renderPage, type SiteContext } from './layout.js';

/**
 * Renders the search page.
 * @param site the site
 */
export function renderSearchPage(site: SiteContext): string {
  const { paths } = site;
  const body = html`<h1>規約の検索</h1>
<div id="search-app" data-index="${paths.searchIndex}">
<form class="search-form" role="search" aria-label="規約の検索" action="${paths.search}" method="get">
<label class="vh" for="q">検索する語句</label><input id="q" name="q" type="search" placeholder="例：解約、反社会的勢力" autocomplete="off"><button type="submit">検索</button>
</form>
<p class="search-status" role="status"></p>
<ol class="search-results"></ol>
<noscript><p>検索には JavaScript が必要です。各規約の目次から条項をお探しください：${site.documents.map(
    (d) => html`<a href="${paths.document(d.id)}">${d.title}</a> `,
  )}</p></noscript>
</div>`;
  return renderPage(site, { title: '規約の検索', description: '利用規約の全文検索', body });
}
