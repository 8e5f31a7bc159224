/**
 * Every file of the site, rendered from the documents, their diffs and notices, the search index and
 * the built client assets: pure (strings in, file contents out, one at a time), so the pipeline only
 * writes them.
 */
import { renderComparisonTableHtml } from '../diff/index.js';
import type { RecordedWords } from '../diff/words.js';
import { serializeRuleSet } from '../ruleset/serialize.js';
import type { ClientBuild } from './assets.js';
import { renderFeed } from './feed.js';
import { renderRevisionAtom, renderRevisionJsonFeed, revisionEntries, type RevisionEntry } from './revision-feed.js';
import type { Comparisons, SiteDocument } from './model.js';
import type { SiteNotice } from './notices.js';
import type { FileMap } from './output.js';
import { articleKeys, clauseHistoryPath, renderClauseHistoryPage } from './pages/clause-history.js';
import { renderComparisonsPage } from './pages/comparisons.js';
import { PRINTABLE_TABLE, renderDiffPage } from './pages/diff.js';
import { renderHistoryPage } from './pages/history.js';
import { renderHomePage } from './pages/home.js';
import { renderInForcePage } from './pages/in-force.js';
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
  /** Every document's pre-rendered pairs of versions with their diffs. */
  comparisons: Comparisons;
  /** Every document's recorded words (for the compare page). */
  words: ReadonlyMap<string, RecordedWords>;
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

/** One file of the site: its path relative to the site folder, and its content. */
export type SiteFile = [string, string | Uint8Array];

/**
 * Renders the whole site.
 * @param input what to render
 * @returns the files, by path relative to the site folder
 */
export function renderSite(input: SiteInput): FileMap {
  return new Map(siteFiles(input));
}

/**
 * Renders the site one file at a time, so that a build writes each file as it comes and never holds the
 * whole site (hundreds of versions make hundreds of pages).
 * @param input what to render
 */
export function* siteFiles(input: SiteInput): Generator<SiteFile> {
  const base = input.baseUrl === null ? '/' : basePathOf(input.baseUrl);
  const { site, of } = contexts(input, base);
  const { paths } = site;
  const pages: string[] = [];
  const page = (path: string, content: string): SiteFile => {
    const url = absoluteUrl(site, path);
    if (url !== null) pages.push(url);
    return [fileOf(base, path), content];
  };
  const summaries = input.notices.map((n) => n.summary);
  const allRevisions: RevisionEntry[] = [];

  yield page(paths.home, renderHomePage(site, summaries));
  for (const doc of input.documents) {
    const noticed = new Set(summaries.filter((n) => n.document === doc.id).map((n) => n.version));
    const own = of(doc.id);
    yield page(paths.document(doc.id), renderTermsPage(own, doc, doc.shown, true, noticed));
    for (const version of doc.versions) {
      yield page(paths.version(doc.id, version.ruleSet.meta.version), renderTermsPage(own, doc, version, false, noticed));
      yield [fileOf(base, paths.versionData(doc.id, version.ruleSet.meta.version)), serializeRuleSet(version.ruleSet)];
    }
    yield [fileOf(base, paths.words(doc.id)), JSON.stringify(input.words.get(doc.id) ?? {})];
    const pairs = input.comparisons.get(doc.id) ?? [];
    const changeCounts = new Map<string, number>();
    for (const { diff, ...pair } of pairs) {
      const from = pair.from.meta.version;
      const to = pair.to.meta.version;
      const { modified, added, removed, moved } = diff.summary;
      changeCounts.set(`${from}...${to}`, modified + added + removed + moved);
      yield page(paths.diff(doc.id, from, to), renderDiffPage(own, doc, diff));
      // The site's copy links back to its diff page (the one in dist/diff/ stands alone).
      const back = { href: paths.diff(doc.id, from, to), label: '← 変更箇所のページに戻る' };
      yield [fileOf(base, paths.diff(doc.id, from, to) + PRINTABLE_TABLE), renderComparisonTableHtml(diff, { standalone: true, back })];
    }
    yield page(paths.history(doc.id), renderHistoryPage(own, doc, changeCounts, noticed, pairs));
    yield page(paths.inForce(doc.id), renderInForcePage(own, doc, input.today));
    for (const key of articleKeys(doc)) yield page(clauseHistoryPath(paths, doc.id, key), renderClauseHistoryPage(own, doc, key, pairs));
    yield page(paths.diffIndex(doc.id), renderComparisonsPage(own, doc, pairs));
    // The document's own feeds, made of absolute URLs: only where the site's URL is known.
    const docUrl = absoluteUrl(site, paths.document(doc.id));
    if (docUrl !== null) {
      const absolute = (path: string) => absoluteUrl(site, path) ?? path;
      const revisions = revisionEntries(doc, pairs, paths, absolute, noticed);
      allRevisions.push(...revisions);
      const info = { home: docUrl, title: `${doc.title} 改定情報`, author: own.company, fallbackUpdated: `${input.today}T00:00:00+09:00` };
      yield [fileOf(base, paths.documentFeed(doc.id)), renderRevisionAtom({ ...info, url: absolute(paths.documentFeed(doc.id)) }, revisions)];
      yield [fileOf(base, paths.documentJsonFeed(doc.id)), renderRevisionJsonFeed({ ...info, url: absolute(paths.documentJsonFeed(doc.id)) }, revisions)];
    }
  }
  yield page(paths.notices, renderNoticesPage(site, summaries));
  for (const notice of input.notices) yield page(paths.notice(notice.summary.document, notice.summary.version), renderNoticePage(of(notice.summary.document), notice.summary, notice.html));
  yield page(paths.search, renderSearchPage(site));
  yield [fileOf(base, paths.searchIndex), JSON.stringify(input.searchIndex)];
  yield ['404.html', renderNotFoundPage(site)];
  // The feeds and the sitemap are made of absolute URLs: without the site's URL they are left out, never
  // written with a made-up host.
  const feedUrl = absoluteUrl(site, paths.feed);
  const jsonFeedUrl = absoluteUrl(site, paths.jsonFeed);
  const homeUrl = absoluteUrl(site, paths.home);
  if (feedUrl !== null && jsonFeedUrl !== null && homeUrl !== null) {
    const fallbackUpdated = `${input.today}T00:00:00+09:00`;
    yield [
      fileOf(base, paths.feed),
      renderFeed(
        { url: feedUrl, home: homeUrl, title: `${site.siteName} 更新情報`, author: site.company, fallbackUpdated },
        input.notices.map((n) => ({ xml: n.atom, updated: n.updated })),
      ),
    ];
    yield [fileOf(base, paths.jsonFeed), renderRevisionJsonFeed({ url: jsonFeedUrl, home: homeUrl, title: `${site.siteName} 改定情報`, author: site.company, fallbackUpdated }, allRevisions)];
    yield [fileOf(base, paths.sitemap), renderSitemap(pages)];
  }
  yield ['robots.txt', renderRobots(absoluteUrl(site, paths.sitemap))];
  for (const file of input.client.files) yield [file.path, file.content];
}
