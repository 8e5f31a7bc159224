/**
 * The search index as the browser holds it: the parsed JSON with its lookups built once (keys as a Map,
 * postings decoded, texts normalised), and the query split into terms by longest match against the keys.
 * See ./types.ts for the approach.
 */
import { normalizeKey } from './normalize.js';
import type { SearchIndex } from './types.js';

/** A part of a query: a term of the index, or text no key covers (searched literally). */
export type QueryPart = { kind: 'term'; term: number; text: string } | { kind: 'literal'; text: string };

/** The index ready for queries. */
export interface LoadedIndex {
  raw: SearchIndex;
  keys: Map<string, number>;
  longestKey: number;
  /** Each term's clauses: clause position → occurrences. */
  postings: Array<Map<number, number>>;
  /** Each clause's text, normalised (for literal parts). */
  normalized: string[];
  /** Each article's caption, normalised. */
  captions: string[];
  averageLength: number;
}

/**
 * Prepares a parsed index for queries.
 * @param raw the index as read from `/search/index.json`
 */
export function loadIndex(raw: SearchIndex): LoadedIndex {
  const keys = new Map(Object.entries(raw.keys));
  let longestKey = 1;
  for (const key of keys.keys()) longestKey = Math.max(longestKey, key.length);
  const postings = raw.postings.map((flat) => {
    const map = new Map<number, number>();
    for (let i = 0; i + 1 < flat.length; i += 2) map.set(flat[i] as number, flat[i + 1] as number);
    return map;
  });
  const total = raw.clauses.reduce((n, c) => n + c.length, 0);
  return {
    raw,
    keys,
    longestKey,
    postings,
    normalized: raw.clauses.map((c) => normalizeKey(c.text)),
    captions: raw.articles.map((a) => normalizeKey(a.caption)),
    averageLength: raw.clauses.length ? total / raw.clauses.length : 1,
  };
}

/**
 * Splits a query into terms by longest match against the index's keys; words the index knows but does not
 * search (particles, する …) are dropped, runs of unknown characters become literal parts.
 * @param index the loaded index
 * @param query what the reader typed
 */
export function parseQuery(index: LoadedIndex, query: string): QueryPart[] {
  const text = normalizeKey(query);
  const parts: QueryPart[] = [];
  let literal = '';
  // Unknown kana alone are inflections the corpus does not have (支払っ|た): skip them, not require them.
  const flush = () => {
    if (literal && !/^[\u3041-\u309fー]+$/u.test(literal)) parts.push({ kind: 'literal', text: literal });
    literal = '';
  };
  for (let i = 0; i < text.length; ) {
    let matched = 0;
    for (let len = Math.min(index.longestKey, text.length - i); len > 0; len--) {
      const id = index.keys.get(text.slice(i, i + len));
      if (id === undefined) continue;
      flush();
      if (id >= 0 && !parts.some((p) => p.kind === 'term' && p.term === id)) parts.push({ kind: 'term', term: id, text: text.slice(i, i + len) });
      matched = len;
      break;
    }
    if (matched === 0) literal += text[i];
    i += Math.max(matched, 1);
  }
  flush();
  return parts;
}
