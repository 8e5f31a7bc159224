/**
 * `sitemap.xml` and `robots.txt`: every page's absolute URL, so that search engines find every version.
 */
import { escapeHtml } from './html.js';

/**
 * Renders the sitemap.
 * @param urls absolute URLs of the pages
 */
export function renderSitemap(urls: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...[...new Set(urls)].map((u) => `  <url><loc>${escapeHtml(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * Renders robots.txt, pointing at the sitemap.
 * @param sitemapUrl the sitemap's absolute URL, or null when there is none (the site's URL is not configured)
 */
export function renderRobots(sitemapUrl: string | null): string {
  return `User-agent: *\nAllow: /\n${sitemapUrl === null ? '' : `Sitemap: ${sitemapUrl}\n`}`;
}
