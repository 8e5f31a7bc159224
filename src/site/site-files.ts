/**
 * Every file of the site, rendered from the documents, their diffs and notices, the search index and
 * the built client assets: pure (strings in, a map of file contents out), so the pipeline only writes it.
 */
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
import { renderComparisonTableHtml } from '../diff/index.js';
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
import { basePathOf, fileOf, sitePaths } from './paths.js';
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
  /** Absolute base URL, ending in `/`. */
  baseUrl: string;
  /** The build date (Japan). */
  today: string;
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
  const base = basePathOf(input.baseUrl);
  const paths = sitePaths(base);
  const company = input.documents[0]?.shown.ruleSet.meta.company ?? '';
  const site: SiteContext = {
    baseUrl: input.baseUrl,
    paths,
    siteName: `${company} 利用規約`.trim(),
    company,
    documents: input.documents,
    assets: input.client.assets,
  };
  const pages: string[] = [];
  const page = (path: string, content: string): SiteFile => {
    pages.push(absoluteUrl(site, path));
    return [fileOf(base, path), content];
  };
  const summaries = input.notices.map((n) => n.summary);
  const allRevisions: RevisionEntry[] = [];
  const absolute = (path: string) => absoluteUrl(site, path);

  yield page(paths.home, renderHomePage(site, summaries));
  for (const doc of input.documents) {
    const noticed = new Set(summaries.filter((n) => n.document === doc.id).map((n) => n.version));
    yield page(paths.document(doc.id), renderTermsPage(site, doc, doc.shown, true, noticed));
    for (const version of doc.versions) {
      yield page(paths.version(doc.id, version.ruleSet.meta.version), renderTermsPage(site, doc, version, false, noticed));
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
      yield page(paths.diff(doc.id, from, to), renderDiffPage(site, doc, diff));
      // The site's copy links back to its diff page (the one in dist/diff/ stands alone).
      yield [fileOf(base, paths.diff(doc.id, from, to) + PRINTABLE_TABLE), renderComparisonTableHtml(diff, { standalone: true, back: { href: paths.diff(doc.id, from, to), label: '← 変更箇所のページに戻る' } })];
    }
    yield page(paths.history(doc.id), renderHistoryPage(site, doc, changeCounts, noticed, pairs));
    yield page(paths.inForce(doc.id), renderInForcePage(site, doc, input.today));
    const revisions = revisionEntries(doc, pairs, paths, absolute, noticed);
    allRevisions.push(...revisions);
    const docFeed = { home: absolute(paths.document(doc.id)), title: `${doc.title} 改定情報`, author: doc.shown.ruleSet.meta.company, fallbackUpdated: `${input.today}T00:00:00+09:00` };
    yield [fileOf(base, paths.documentFeed(doc.id)), renderRevisionAtom({ ...docFeed, url: absolute(paths.documentFeed(doc.id)) }, revisions)];
    yield [fileOf(base, paths.documentJsonFeed(doc.id)), renderRevisionJsonFeed({ ...docFeed, url: absolute(paths.documentJsonFeed(doc.id)) }, revisions)];
    for (const key of articleKeys(doc)) page(clauseHistoryPath(paths, doc.id, key), renderClauseHistoryPage(site, doc, key, pairs));
    yield page(paths.diffIndex(doc.id), renderComparisonsPage(site, doc, pairs));
  }
  yield page(paths.notices, renderNoticesPage(site, summaries));
  for (const notice of input.notices) page(paths.notice(notice.summary.document, notice.summary.version), renderNoticePage(site, notice.summary, notice.html));
  yield page(paths.search, renderSearchPage(site));
  yield [fileOf(base, paths.searchIndex), JSON.stringify(input.searchIndex)];
  yield ['404.html', renderNotFoundPage(site)];
  yield [
    fileOf(base, paths.feed),
    renderFeed(
      { url: absoluteUrl(site, paths.feed), home: absoluteUrl(site, paths.home), title: `${site.siteName} 更新情報`, author: company, fallbackUpdated: `${input.today}T00:00:00+09:00` },
      input.notices.map((n) => ({ xml: n.atom, updated: n.updated })),
    ),
  ];
  yield [
    fileOf(base, paths.jsonFeed),
    renderRevisionJsonFeed(
      { url: absoluteUrl(site, paths.jsonFeed), home: absoluteUrl(site, paths.home), title: `${site.siteName} 改定情報`, author: company, fallbackUpdated: `${input.today}T00:00:00+09:00` },
      allRevisions,
    ),
  ];
  yield [fileOf(base, paths.sitemap), renderSitemap(pages)];
  yield ['robots.txt', renderRobots(absoluteUrl(site, paths.sitemap))];
  for (const file of input.client.files) yield [file.path, file.content];
}
