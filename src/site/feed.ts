/**
 * The Atom feed of changes (`/feed.xml`): one entry per notice, as the notice module renders it, newest
 * first, so that customers can subscribe to revisions of the terms.
 */
import { escapeHtml } from './html.js';

/** One entry: the notice module's `<entry>` element and its update time. */
export interface FeedEntry {
  xml: string;
  /** RFC 3339 timestamp of the entry (`2026-11-30T00:00:00+09:00`). */
  updated: string;
}

/** What the feed says about itself. */
export interface FeedInfo {
  /** The feed's own absolute URL (also its id). */
  url: string;
  /** The site's home page. */
  home: string;
  title: string;
  author: string;
  /** When there are no entries: the build date's start in Japan. */
  fallbackUpdated: string;
}

/**
 * Renders the feed.
 * @param info the feed's metadata
 * @param entries the entries, in any order
 */
export function renderFeed(info: FeedInfo, entries: readonly FeedEntry[]): string {
  const sorted = [...entries].sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated));
  const x = escapeHtml;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
    `  <id>${x(info.url)}</id>`,
    `  <title type="text">${x(info.title)}</title>`,
    `  <updated>${x(sorted[0]?.updated ?? info.fallbackUpdated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(info.url)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(info.home)}"/>`,
    `  <author><name>${x(info.author)}</name></author>`,
    ...sorted.map((e) => e.xml.trim().replace(/^/gmu, '  ')),
    '</feed>',
    '',
  ].join('\n');
}
