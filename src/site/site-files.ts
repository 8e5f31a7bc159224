/**
 * Every file of the site, rendered from the documents, their diffs and notices, the search index and
 * the built client assets: pure (strings in, a map of file contents out), so the pipeline only writes it.
 */
import type { ClientBuild } from './assets.js';
import { renderFeed } from './feed.js';
import type { Comparisons, SiteDocument } from './model.js';
import type { SiteNotice } from './notices.js';
import type { FileMap } from './output.js';
import { renderComparisonsPage } from './pages/comparisons.js';
import { diffRenderings, PRINTABLE_TABLE, renderDiffPage } from './pages/diff.js';
import { renderHistoryPage } from './pages/history.js';
import { renderHomePage } from './pages/home.js';
import { absoluteUrl, type SiteContext } from './pages/layout.js';
import { renderNotFoundPage } from './pages/not-found.js';
import { renderNoticePage } from './pages/notice.js';
import { renderNoticesPage } from './pages/notices.js';
import { renderSearchPage } from './pages/search.js';
import { renderTermsPage } from './pages/terms.js';
import { basePathOf, fileOf, sitePaths } from '../paths/index.js';
import type { SearchIndex } from './search/types.js';
import { renderRobots, renderSitemap } from './sitemap.js';

/** Everything the site is rendered from. */
export interface SiteInput {
  documents: SiteDocument[];
  /** Every document's pairs of versions with their diffs. */
  comparisons: Comparisons;
  notices: readonly SiteNotice[];
  searchIndex: SearchIndex;
  client: ClientBuild;
  /** Absolute base URL, ending in `/`; null when the site's URL is not configured (no feed, no sitemap). */
  baseUrl: string | null;
  /** The build date (Japan). */
  today: string;
  /** The company or brand named on each document's pages, by document id (default: the front matter's `company`). */
  companies?: Readonly<Record<string, string>>;
  /** The name of the whole site (default: `<company> 利用規約`, the companies joined with ・ when there are several). */
  siteName?: string;
}

/**
 * The site-wide context and, for each document, the context its own pages are rendered with: the same
 * site under the document's own company, so that every company's pages carry that company's name.
 */
function contexts(input: SiteInput, base: string): { site: SiteContext; of: (document: string) => SiteContext } {
  const companyOf = new Map(input.documents.map((d) => [d.id, input.companies?.[d.id] ?? d.shown.ruleSet.meta.company]));
  const companies = [...new Set(companyOf.values())];
  const company = companies.join('・');
  const site: SiteContext = {
    baseUrl: input.baseUrl,
    paths: sitePaths(base),
    siteName: input.siteName ?? `${company} 利用規約`.trim(),
    company,
    documents: input.documents,
    assets: input.client.assets,
  };
  const own = new Map(
    [...companyOf].map(([id, c]) => [id, c === company ? site : { ...site, siteName: `${c} 利用規約`.trim(), company: c }] as const),
  );
  return { site, of: (document) => own.get(document) ?? site };
}

/**
 * Renders the whole site.
 * @param input what to render
 * @returns the files, by path relative to the site folder
 */
export function renderSite(input: SiteInput): FileMap {
  const base = input.baseUrl === null ? '/' : basePathOf(input.baseUrl);
  const { site, of } = contexts(input, base);
  const { paths } = site;
  const files: FileMap = new Map();
  const pages: string[] = [];
  const page = (path: string, content: string) => {
    files.set(fileOf(base, path), content);
    const url = absoluteUrl(site, path);
    if (url !== null) pages.push(url);
  };
  const summaries = input.notices.map((n) => n.summary);

  page(paths.home, renderHomePage(site, summaries));
  for (const doc of input.documents) {
    const noticed = new Set(summaries.filter((n) => n.document === doc.id).map((n) => n.version));
    const own = of(doc.id);
    page(paths.document(doc.id), renderTermsPage(own, doc, doc.shown, true, noticed));
    for (const version of doc.versions) page(paths.version(doc.id, version.ruleSet.meta.version), renderTermsPage(own, doc, version, false, noticed));
    const pairs = input.comparisons.get(doc.id) ?? [];
    const changeCounts = new Map<string, number>();
    for (const { diff, ...pair } of pairs) {
      const from = pair.from.meta.version;
      const to = pair.to.meta.version;
      const { modified, added, removed, moved } = diff.summary;
      changeCounts.set(`${from}...${to}`, modified + added + removed + moved);
      page(paths.diff(doc.id, from, to), renderDiffPage(own, doc, diff));
      files.set(fileOf(base, paths.diff(doc.id, from, to) + PRINTABLE_TABLE), diffRenderings(diff).printable);
    }
    page(paths.history(doc.id), renderHistoryPage(own, doc, changeCounts, noticed));
    page(paths.diffIndex(doc.id), renderComparisonsPage(own, doc, pairs));
  }
  page(paths.notices, renderNoticesPage(site, summaries));
  for (const notice of input.notices) page(paths.notice(notice.summary.document, notice.summary.version), renderNoticePage(of(notice.summary.document), notice.summary, notice.html));
  page(paths.search, renderSearchPage(site));
  files.set(fileOf(base, paths.searchIndex), JSON.stringify(input.searchIndex));
  files.set('404.html', renderNotFoundPage(site));
  // The feed and the sitemap are made of absolute URLs: without the site's URL they are left out, never
  // written with a made-up host.
  const feedUrl = absoluteUrl(site, paths.feed);
  const homeUrl = absoluteUrl(site, paths.home);
  if (feedUrl !== null && homeUrl !== null) {
    files.set(
      fileOf(base, paths.feed),
      renderFeed(
        { url: feedUrl, home: homeUrl, title: `${site.siteName} 更新情報`, author: site.company, fallbackUpdated: `${input.today}T00:00:00+09:00` },
        input.notices.map((n) => ({ xml: n.atom, updated: n.updated })),
      ),
    );
    files.set(fileOf(base, paths.sitemap), renderSitemap(pages));
  }
  files.set('robots.txt', renderRobots(absoluteUrl(site, paths.sitemap)));
  for (const file of input.client.files) files.set(file.path, file.content);
  return files;
}
