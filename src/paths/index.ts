/**
 * The URL rules the site and the notices both stand on (a layer below both, so that neither imports the
 * other for them): where every page of the site lives. Paths are absolute from the site's base path (`/` or the path of
 * `--base-url`, e.g. `/terms/`) and always end in `/` for pages (written as `…/index.html`), so the
 * site works on any static host. The notice module's URL builders produce the same shapes.
 */

/** Top-level names the site uses for itself; a document may not be called one of these. */
export const RESERVED_NAMES: readonly string[] = ['assets', 'notices', 'search', 'feed.xml', 'feed.json', 'sitemap.xml', 'robots.txt', '404.html'];

/** The base path of a base URL: `http://x/terms` → `/terms/`. */
export function basePathOf(baseUrl: string): string {
  const path = new URL(baseUrl).pathname;
  return path.endsWith('/') ? path : `${path}/`;
}

/** Builds the paths of one site (all relative to its base path). */
export function sitePaths(base: string) {
  return {
    home: base,
    /** The document's current version. */
    document: (doc: string) => `${base}${doc}/`,
    /** A version at its stable URL. */
    version: (doc: string, version: string) => `${base}${doc}/${version}/`,
    history: (doc: string) => `${base}${doc}/history/`,
    /** Which version was in force on a date (`?date=YYYY-MM-DD`). */
    inForce: (doc: string) => `${base}${doc}/in-force/`,
    /** Every version of one article, by its stable key (survives renumbering). */
    clauseHistory: (doc: string, key: string) => `${base}${doc}/clauses/${key}/`,
    /** The document's own feeds of revisions (Atom, JSON Feed 1.1). */
    documentFeed: (doc: string) => `${base}${doc}/feed.xml`,
    documentJsonFeed: (doc: string) => `${base}${doc}/feed.json`,
    /** A version's rule set, and the words of every version, for the compare page in the browser. */
    versionData: (doc: string, version: string) => `${base}${doc}/data/${version}.json`,
    words: (doc: string) => `${base}${doc}/data/words.json`,
    /** Every comparison of a document, and where the compare form submits to. */
    diffIndex: (doc: string) => `${base}${doc}/diff/`,
    diff: (doc: string, from: string, to: string) => `${base}${doc}/diff/${from}...${to}/`,
    notices: `${base}notices/`,
    notice: (doc: string, version: string) => `${base}notices/${doc}/${version}/`,
    search: `${base}search/`,
    searchIndex: `${base}search/index.json`,
    feed: `${base}feed.xml`,
    jsonFeed: `${base}feed.json`,
    sitemap: `${base}sitemap.xml`,
  };
}

/** The paths of one site. */
export type SitePaths = ReturnType<typeof sitePaths>;

/**
 * The file a page path is written to, relative to the site folder: `/terms/knet-cloud/` →
 * `knet-cloud/index.html` for base `/terms/`.
 * @param base the site's base path
 * @param path a page path from `sitePaths`, or a file path (`/feed.xml`)
 */
export function fileOf(base: string, path: string): string {
  const rel = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\/+/u, '');
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}
