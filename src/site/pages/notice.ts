/**
 * One notice (お知らせ) page: the notice module's web notice inside the site's layout.
 */
import { raw } from '../html.js';
import { renderPage, type SiteContext } from './layout.js';
import type { NoticeSummary } from './notices.js';

/**
 * Renders a notice page.
 * @param site the site
 * @param notice what the list shows of it
 * @param fragment the notice module's `renderWebNotice` output (escaped by its templates)
 */
export function renderNoticePage(site: SiteContext, notice: NoticeSummary, fragment: string): string {
  return renderPage(site, {
    title: `${notice.title}の変更のお知らせ`,
    description: `${notice.title}の変更（${notice.effective}から適用）のお知らせ`,
    body: raw(fragment),
    breadcrumbs: [['お知らせ', site.paths.notices]],
  });
}
