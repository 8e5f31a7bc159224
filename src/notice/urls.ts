/**
 * The public URLs a notice links to: the site's own page paths (src/paths/) made absolute with the
 * site's base URL, so that a link in an email sent today is the page the site publishes:
 *
 * | page | URL |
 * | --- | --- |
 * | a version | `{base}/knet-cloud/2027-01-01/` |
 * | the diff of two versions | `{base}/knet-cloud/diff/2018-04-20...2027-01-01/` |
 * | the notice (お知らせ) page | `{base}/notices/knet-cloud/2027-01-01/` |
 * | the Atom feed | `{base}/feed.xml` |
 */
import { basePathOf, sitePaths, type SitePaths } from '../paths/index.js';

/**
 * The base URL with exactly one trailing slash, so that relative paths resolve under it
 * (`https://x.example/terms` → `https://x.example/terms/`).
 * @param baseUrl an absolute http(s) URL, with or without a trailing slash
 * @throws TypeError when it is not an absolute http(s) URL (callers validate user input first)
 */
export function normalizeBaseUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`not an http(s) URL: ${baseUrl}`);
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Whether a string is an absolute http(s) URL that {@link normalizeBaseUrl} accepts. */
export function isBaseUrl(value: string): boolean {
  try {
    normalizeBaseUrl(value);
    return true;
  } catch {
    return false;
  }
}

/** A page of the site at its absolute URL. */
function absolute(baseUrl: string, page: (paths: SitePaths) => string): string {
  const base = normalizeBaseUrl(baseUrl);
  return new URL(page(sitePaths(basePathOf(base))), base).href;
}

/** The page of one version: `{base}/knet-cloud/2027-01-01/`. */
export function versionUrl(baseUrl: string, document: string, version: string): string {
  return absolute(baseUrl, (p) => p.version(document, version));
}

/** The diff page of two versions: `{base}/knet-cloud/diff/2018-04-20...2027-01-01/`. */
export function diffUrl(baseUrl: string, document: string, from: string, to: string): string {
  return absolute(baseUrl, (p) => p.diff(document, from, to));
}

/** The お知らせ page announcing a version: `{base}/notices/knet-cloud/2027-01-01/`. */
export function noticeUrl(baseUrl: string, document: string, version: string): string {
  return absolute(baseUrl, (p) => p.notice(document, version));
}

/** The site's Atom feed: `{base}/feed.xml`. */
export function feedUrl(baseUrl: string): string {
  return absolute(baseUrl, (p) => p.feed);
}
