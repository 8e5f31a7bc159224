/**
 * The build pipeline behind `terms build`: compile every version, diff the pairs it pre-renders, build
 * the notices, the search index and the client assets, render the site, and write it all into the
 * output folder (`rules/`, `diff/`, `notices/`, `site/`), each piece swapped in whole.
 */
import { join } from 'node:path';
import { compareVersions } from '../diff/compare.js';
import { recordedSegmenter, type RecordedWords } from '../diff/words.js';
import type { Cache } from '../cache/store.js';
import { withTokens } from '../tokenize/cached.js';
import { getTokenizer, releaseTokenizer, type Tokenizer } from '../tokenize/index.js';
import { diagnosticAt, type Diagnostic } from '../diagnostics/index.js';
import { TermsError } from '../errors.js';
import { normalizeBaseUrl } from '../notice/index.js';
import type { IsoDate } from '../period/index.js';
import { compileProject, type CompiledVersion } from '../project/compile-all.js';
import { CONFIG_FILE, type ProjectConfig } from '../project/config.js';
import { displayPath } from '../project/sources.js';
import { buildClientCached } from './client-cache.js';
import { searchIndexCached, wordsCached } from './derived-cache.js';
import { buildSiteModel, versionPairs, type Comparison, type Comparisons, type SiteDocument } from './model.js';
import { dataFiles } from './data-files.js';
import { buildSiteNotices } from './notices.js';
import { writePieces, type Files } from './output.js';
import { basePathOf, RESERVED_NAMES, sitePaths } from '../paths/index.js';
import { siteFiles } from './site-files.js';
import { writeChanged, type BuildMemo, type WrittenFiles } from './watch.js';

/** What to build and where. */
export interface BuildOptions {
  /** The project folder: paths in messages are relative to it. */
  cwd: string;
  /** The terms folder. */
  termsDir: string;
  /** The output folder (`dist`). */
  outDir: string;
  /**
   * The site's absolute base URL (for the sitemap, the feed and the notices' links): `--base-url`, else
   * `site.url` of terms.config.json. Null when neither is given: the site is built with root-relative links
   * only, and the feed, the sitemap and the notices (which need absolute URLs) are left out with a warning.
   */
  baseUrl: string | null;
  /** The build date in Japan: which version is in force. */
  today: IsoDate;
  /** The project's configuration (the company named on each document's pages, the site's name). */
  config?: ProjectConfig;
  /** Tokens kept between runs (src/tokenize/cached.ts); kuromoji for every text when absent. */
  cache?: Cache | null;
  /**
   * A watch's rebuild (`terms build --watch`): its memo of diffs and search index, kept between rebuilds;
   * files are then written only where their bytes change (`writeChanged`), and the dictionary stays loaded
   * for the next edit.
   */
  watch?: BuildMemo;
}

/** The warning of a build without the site's URL (rule `site/no-url`, on terms.config.json). */
export const NO_SITE_URL =
  'サイトの URL が設定されていません（terms.config.json の site.url または --base-url）。feed.xml・sitemap.xml・お知らせは作成せず、robots.txt に Sitemap を書きません / ' +
  'no site URL (site.url in terms.config.json, or --base-url): feed.xml, sitemap.xml and the notices are left out, and robots.txt names no sitemap';

/** Milliseconds spent in each step. */
export interface BuildTimings {
  compile: number;
  diff: number;
  notices: number;
  search: number;
  client: number;
  render: number;
  write: number;
  total: number;
}

/** What a build did. */
export interface BuildResult {
  /** False when the terms did not compile: nothing was written. */
  ok: boolean;
  /**
   * Every problem: the compile's, and those that did not stop the build (`site/no-url`: no site URL;
   * `site/notice`: a notice that could not be made).
   */
  diagnostics: Diagnostic[];
  timings: BuildTimings;
  counts: { versions: number; diffs: number; notices: number; pages: number };
  /** Where the site was written. */
  siteDir: string;
  /** A watch's rebuild: the files it wrote and removed (the others were already as they are). */
  changed?: WrittenFiles;
}

function stopwatch() {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const ms = now - last;
    last = now;
    return Math.round(ms);
  };
}

/**
 * The words of every version of every document, for the compare page (one tokenizing of each distinct
 * clause text: it grows with what the versions say, not with their pairs).
 * @param documents the documents
 * @param tokenizer the tokenizer (kuromoji when absent)
 */
export async function wordsOf(documents: readonly SiteDocument[], tokenizer?: Tokenizer, cache: Cache | null = null): Promise<Map<string, RecordedWords>> {
  const tokens = tokenizer ?? (await getTokenizer());
  return new Map(documents.map((d) => [d.id, wordsCached(d.versions.map((v) => v.ruleSet), tokens, cache)]));
}

/**
 * Diffs the pairs of versions the site pre-renders (`versionPairs`) of every document, with the words
 * recorded for the compare page: each clause text is tokenized once, whatever the number of pairs.
 * @param documents the documents
 * @param words their recorded words (`wordsOf`), made when not given
 * @param memo a watch's memo: a pair whose two versions did not change is not diffed again
 */
export async function diffAll(documents: readonly SiteDocument[], words?: ReadonlyMap<string, RecordedWords>, memo?: BuildMemo): Promise<Comparisons> {
  const recorded = words ?? (await wordsOf(documents));
  const comparisons = new Map<string, Comparison[]>();
  for (const doc of documents) {
    const segment = recordedSegmenter(recorded.get(doc.id) ?? {});
    const list: Comparison[] = [];
    for (const pair of versionPairs(doc)) {
      const compare = () => compareVersions(pair.from, pair.to, segment);
      // The words are the tokens of the two versions' texts: the rule sets alone decide the diff.
      const diff = memo ? await memo.get(['diff', JSON.stringify(pair.from), JSON.stringify(pair.to)], compare) : compare();
      list.push({ ...pair, diff });
    }
    comparisons.set(doc.id, list);
  }
  return comparisons;
}

/**
 * Builds everything: compiles the terms folder, then the site (`buildSite`).
 * @param options what to build and where
 * @returns what was built; `ok: false` (and nothing written) when the terms do not compile
 * @throws TermsError (exit 2) for an unreadable terms folder, a bad base URL or a document named like a
 *   site page
 */
export async function buildAll(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const compiled = await compileProject(options.termsDir, options.cwd, options.cache ?? null).catch((error: NodeJS.ErrnoException) => {
    if (typeof error.code !== 'string') throw error;
    throw new TermsError(`規約のフォルダを読めません / cannot read the terms folder ${displayPath(options.termsDir, options.cwd)}: ${error.code}`, 2);
  });
  const compile = Math.round(performance.now() - started);
  if (compiled.diagnostics.some((d) => d.severity === 'error')) {
    const timings: BuildTimings = { compile, diff: 0, notices: 0, search: 0, client: 0, render: 0, write: 0, total: compile };
    const counts = { versions: compiled.versions.length, diffs: 0, notices: 0, pages: 0 };
    return { ok: false, diagnostics: compiled.diagnostics, timings, counts, siteDir: join(options.outDir, 'site') };
  }
  const result = await buildSite(compiled.versions, options, compiled.diagnostics);
  result.timings.compile = compile;
  result.timings.total += compile;
  return result;
}

/**
 * Builds the site (and the rule sets, diffs and notices beside it) from compiled versions.
 * @param versions every version of the terms folder, compiled without error
 * @param options what to build and where
 * @param diagnostics the compile's warnings, reported with the build's own
 * @throws TermsError (exit 2) when there is no version, for a bad base URL or a document named like a
 *   site page
 */
export async function buildSite(versions: readonly CompiledVersion[], options: BuildOptions, diagnostics: readonly Diagnostic[] = []): Promise<BuildResult> {
  const lap = stopwatch();
  const started = performance.now();
  const baseUrl = options.baseUrl === null ? null : normalizeBaseUrl(options.baseUrl);
  const timings: BuildTimings = { compile: 0, diff: 0, notices: 0, search: 0, client: 0, render: 0, write: 0, total: 0 };
  const siteDir = join(options.outDir, 'site');
  const problems: Diagnostic[] = [...diagnostics];
  const counts = { versions: versions.length, diffs: 0, notices: 0, pages: 0 };
  if (versions.length === 0) {
    throw new TermsError(`規約がありません / no terms found in ${displayPath(options.termsDir, options.cwd)} (terms/<doc>/<YYYY-MM-DD>.md)`, 2);
  }
  const documents = buildSiteModel(
    versions.map((v) => v.ruleSet),
    options.today,
  );
  const clash = documents.find((d) => RESERVED_NAMES.includes(d.id));
  if (clash) throw new TermsError(`文書名 ${clash.id} はサイトのページ名と重なります / document id "${clash.id}" is reserved by the site (${RESERVED_NAMES.join(', ')})`, 2);

  const base = baseUrl === null ? '/' : basePathOf(baseUrl);
  const paths = sitePaths(base);
  // Everything that needs tokens, in one pure computation: from the cache alone when it has every text.
  const searchInputs = documents.map((d) => ({ ruleSet: d.shown.ruleSet, url: paths.document(d.id) }));
  const synonyms = options.config?.synonyms ?? {};
  const memo = options.watch;
  const cache = options.cache ?? null;
  const { words, searchIndex } = await withTokens(cache, async (tokenizer) => {
    const search = () => searchIndexCached(searchInputs, synonyms, tokenizer, cache);
    return {
      words: await wordsOf(documents, tokenizer, cache),
      searchIndex: memo ? await memo.get(['search', JSON.stringify(searchInputs), JSON.stringify(synonyms)], search) : await search(),
    };
  });
  await cache?.flush();
  timings.search = lap();
  const comparisons = await diffAll(documents, words, memo);
  timings.diff = lap();
  if (baseUrl === null) problems.push(diagnosticAt(CONFIG_FILE, 'warning', 'site/no-url', NO_SITE_URL));
  const warnings: string[] = [];
  const notices = baseUrl === null ? [] : buildSiteNotices(documents, comparisons, baseUrl, warnings);
  problems.push(...warnings.map(noticeDiagnostic));
  timings.notices = lap();
  // The dictionary is needed no more: Vite and the pages get its memory. A watch keeps it for the next edit.
  if (!memo) releaseTokenizer();
  const client = await buildClientCached(base, cache);
  await cache?.flush();
  timings.client = lap();
  const companies = Object.fromEntries(
    Object.entries(options.config?.documents ?? {}).flatMap(([id, d]) => (d.company === null ? [] : [[id, d.company] as const])),
  );
  const siteName = options.config?.siteName ?? undefined;
  // Pages are rendered as they are written (a generator): rendering and writing are timed together.
  const pages: string[] = [];
  const input = { documents, comparisons, words, notices, searchIndex, client, baseUrl, today: options.today, companies, ...(siteName ? { siteName } : {}) };
  const site = (function* counted() {
    for (const file of siteFiles(input)) {
      if (file[0].endsWith('.html')) pages.push(file[0]);
      yield file;
    }
  })();
  const pieces = new Map<string, Files>([...Object.entries(dataFiles(documents, comparisons, notices)), ['site', site]]);
  const changed = memo ? await writeChanged(options.outDir, pieces) : await writePieces(options.outDir, pieces);
  memo?.settle();
  timings.render = lap();
  timings.total = Math.round(performance.now() - started);
  counts.diffs = [...comparisons.values()].reduce((n, list) => n + list.length, 0);
  counts.notices = notices.length;
  counts.pages = pages.length;
  return { ok: true, diagnostics: problems, timings, counts, siteDir, ...(changed ? { changed } : {}) };
}

/**
 * A notice's warning (`<source>: <message>`, src/site/notices.ts) as a diagnostic on its version's file.
 * @param warning the warning
 */
function noticeDiagnostic(warning: string): Diagnostic {
  const at = warning.indexOf(': ');
  return at < 0 ? diagnosticAt(CONFIG_FILE, 'warning', 'site/notice', warning) : diagnosticAt(warning.slice(0, at), 'warning', 'site/notice', warning.slice(at + 2));
}
