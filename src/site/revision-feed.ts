/**
 * Each document's own feeds of revisions (`/<doc>/feed.xml`, Atom; `/<doc>/feed.json`, JSON Feed 1.1) and
 * the site's JSON Feed (`/feed.json`): one entry per version — its enactment, then each revision — linking
 * to the page a person reads to see what changed (the diff page with its redline and 新旧対照表), with the
 * version's text and its notice as related links. The site's Atom feed stays the notices' own.
 */
import { formatDateJa } from '../period/index.js';
import { renderFeed } from './feed.js';
import { escapeHtml } from './html.js';
import type { Comparison, SiteDocument } from './model.js';
import type { SitePaths } from './paths.js';

/** One entry, whatever the feed's format. */
export interface RevisionEntry {
  /** Absolute URL of the page to read (also the entry's id). */
  url: string;
  title: string;
  summary: string;
  /** RFC 3339, in Japan: the day the revision was made known (its notice date), else its effective date. */
  published: string;
  related: Array<{ url: string; title: string }>;
  author: string;
}

/** What a feed says about itself. */
export interface RevisionFeedInfo {
  /** The feed's absolute URL. */
  url: string;
  /** The page it stands for. */
  home: string;
  title: string;
  author: string;
  /** When there are no entries: the build date's start in Japan. */
  fallbackUpdated: string;
}

function dateJa(date: string): string {
  try {
    return formatDateJa(date);
  } catch {
    return date;
  }
}

/**
 * The entries of one document, newest first.
 * @param doc the document
 * @param comparisons its comparisons (the consecutive ones are the revisions)
 * @param paths the site's paths
 * @param absolute turns a site path into an absolute URL
 * @param noticed the versions that have a published notice
 */
export function revisionEntries(
  doc: SiteDocument,
  comparisons: readonly Comparison[],
  paths: SitePaths,
  absolute: (path: string) => string,
  noticed: ReadonlySet<string>,
): RevisionEntry[] {
  const entries = doc.versions.map((v, i): RevisionEntry => {
    const { meta } = v.ruleSet;
    const previous = doc.versions[i - 1]?.ruleSet;
    const version = { url: absolute(paths.version(doc.id, meta.version)), title: `${meta.title}（${meta.version} 版）` };
    const notice = noticed.has(meta.version) ? [{ url: absolute(paths.notice(doc.id, meta.version)), title: 'お知らせ' }] : [];
    const published = `${meta.noticeDate ?? meta.effective}T00:00:00+09:00`;
    if (!previous) {
      return { url: version.url, title: `${meta.title}を制定（${dateJa(meta.effective)}から適用）`, summary: `${meta.company}は、${meta.title}を定めました。${dateJa(meta.effective)}から適用します。`, published, related: notice, author: meta.company };
    }
    const diff = comparisons.find((c) => c.from === previous && c.to === v.ruleSet)?.diff;
    const changed = (diff?.summary.articles ?? []).filter((a) => a.status !== 'unchanged').map((a) => `${a.label}${a.caption ? `（${a.caption}）` : ''}`);
    return {
      url: absolute(paths.diff(doc.id, previous.meta.version, meta.version)),
      title: `${meta.title}の改定（${dateJa(meta.effective)}から適用）`,
      summary: `${meta.company}は、${meta.title}を改定します。改定後の規約は${dateJa(meta.effective)}から適用されます。${changed.length ? `変更する条：${changed.join('、')}。` : ''}`,
      published,
      related: [version, ...notice],
      author: meta.company,
    };
  });
  return entries.sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
}

/** An entry as an Atom `<entry>`. */
function atomEntry(entry: RevisionEntry): string {
  const x = escapeHtml;
  return [
    '<entry>',
    `  <id>${x(entry.url)}</id>`,
    `  <title type="text">${x(entry.title)}</title>`,
    `  <published>${x(entry.published)}</published>`,
    `  <updated>${x(entry.published)}</updated>`,
    `  <author><name>${x(entry.author)}</name></author>`,
    `  <link rel="alternate" type="text/html" href="${x(entry.url)}"/>`,
    ...entry.related.map((r) => `  <link rel="related" type="text/html" href="${x(r.url)}" title="${x(r.title)}"/>`),
    `  <summary type="text">${x(entry.summary)}</summary>`,
    '</entry>',
  ].join('\n');
}

/**
 * Renders entries as an Atom feed.
 * @param info the feed's metadata
 * @param entries its entries
 */
export function renderRevisionAtom(info: RevisionFeedInfo, entries: readonly RevisionEntry[]): string {
  return renderFeed(info, entries.map((e) => ({ xml: atomEntry(e), updated: e.published })));
}

/**
 * Renders entries as a JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).
 * @param info the feed's metadata
 * @param entries its entries
 */
export function renderRevisionJsonFeed(info: RevisionFeedInfo, entries: readonly RevisionEntry[]): string {
  const sorted = [...entries].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: info.title,
    home_page_url: info.home,
    feed_url: info.url,
    language: 'ja',
    authors: [{ name: info.author }],
    items: sorted.map((e) => ({
      id: e.url,
      url: e.url,
      title: e.title,
      content_text: [e.summary, ...e.related.map((r) => `${r.title}：${r.url}`)].join('\n'),
      summary: e.summary,
      date_published: e.published,
      authors: [{ name: e.author }],
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
