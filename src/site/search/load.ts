/**
 * The search index as the browser holds it: the parsed JSON with its lookups built once (keys as a Map,
 * postings decoded, texts normalised), and the query split into terms by longest match against the keys.
 * See ./types.ts for the approach.
 */
import { toHiragana } from './kana.js';
import { normalizeKey } from './normalize.js';
import type { SearchIndex } from './types.js';

/** A part of a query: a term of the index, or text no key covers (searched literally). */
export type QueryPart = { kind: 'term'; term: number; text: string } | { kind: 'literal'; text: string };

/** The index ready for queries. */
export interface LoadedIndex {
  raw: SearchIndex;
  keys: Map<string, number>;
  longestKey: number;
  readings: Map<string, number>;
  longestReading: number;
  /** Each term's clauses: clause position → occurrences. */
  postings: Array<Map<number, number>>;
  /** Each clause's text, normalised (for literal parts). */
  normalized: string[];
  /** Each article's caption, normalised. */
  captions: string[];
  averageLength: number;
  /** Each term with the terms a query for it also finds (itself first). */
  alternatives: (term: number) => number[];
  /** The clauses carrying the rule for a term. */
  governs: Map<number, number[]>;
  /** Articles by number key (`14`, `4_2`), in every document. */
  articlesByNumber: Map<string, number[]>;
}

/**
 * Prepares a parsed index for queries.
 * @param raw the index as read from `/search/index.json`
 */
export function loadIndex(raw: SearchIndex): LoadedIndex {
  const keys = new Map(Object.entries(raw.keys));
  let longestKey = 1;
  for (const key of keys.keys()) longestKey = Math.max(longestKey, key.length);
  const readings = new Map(Object.entries(raw.readings));
  let longestReading = 1;
  for (const key of readings.keys()) longestReading = Math.max(longestReading, key.length);
  const postings = raw.postings.map((flat) => {
    const map = new Map<number, number>();
    for (let i = 0; i + 1 < flat.length; i += 2) map.set(flat[i] as number, flat[i + 1] as number);
    return map;
  });
  const total = raw.clauses.reduce((n, c) => n + c.length, 0);
  const synonyms = new Map(Object.entries(raw.synonyms).map(([k, v]) => [Number(k), v]));
  const articlesByNumber = new Map<string, number[]>();
  raw.articles.forEach((a, i) => {
    if (a.num !== undefined) articlesByNumber.set(a.num, [...(articlesByNumber.get(a.num) ?? []), i]);
  });
  return {
    alternatives: (term) => [term, ...(synonyms.get(term) ?? [])],
    governs: new Map(Object.entries(raw.governs).map(([k, v]) => [Number(k), v])),
    articlesByNumber,
    raw,
    keys,
    longestKey,
    readings,
    longestReading,
    postings,
    normalized: raw.clauses.map((c) => normalizeKey(c.text)),
    captions: raw.articles.map((a) => normalizeKey(a.caption)),
    averageLength: raw.clauses.length ? total / raw.clauses.length : 1,
  };
}

const KANA_WORD = /^[\u3041-\u309f\u30a1-\u30fcー]+$/u;
/** A reading shorter than this meets particles and inflections by accident (た, す). */
const SHORTEST_READING = 2;

/**
 * Reads a word written all in kana by the index's readings (かいやくする → 解約 + する): null unless readings
 * and words the index skips cover it whole, with at least one term.
 */
function readKana(index: LoadedIndex, word: string): QueryPart[] | null {
  const text = toHiragana(word);
  const parts: QueryPart[] = [];
  for (let i = 0; i < text.length; ) {
    let matched = 0;
    for (let len = Math.min(Math.max(index.longestReading, index.longestKey), text.length - i); len > 0 && matched === 0; len--) {
      const piece = text.slice(i, i + len);
      const term = len >= SHORTEST_READING ? index.readings.get(piece) : undefined;
      if (term !== undefined) {
        if (!parts.some((p) => p.kind === 'term' && p.term === term)) parts.push({ kind: 'term', term, text: word.slice(i, i + len) });
        matched = len;
      } else if (index.keys.get(piece) === -1) {
        matched = len;
      }
    }
    if (matched === 0) return null;
    i += matched;
  }
  return parts.length ? parts : null;
}

/**
 * Splits a query into terms by longest match against the index's keys; words the index knows but does not
 * search (particles, する …) are dropped, runs of unknown characters become literal parts. A word written
 * all in kana that the readings cover whole is read by them (かいやく → 解約).
 * @param index the loaded index
 * @param query what the reader typed
 */
export function parseQuery(index: LoadedIndex, query: string): QueryPart[] {
  const parts: QueryPart[] = [];
  const push = (part: QueryPart) => {
    if (part.kind === 'literal' || !parts.some((p) => p.kind === 'term' && p.term === part.term)) parts.push(part);
  };
  for (const word of query.split(/\s+/u)) {
    const text = normalizeKey(word);
    const read = KANA_WORD.test(text) ? readKana(index, text) : null;
    if (read) read.forEach(push);
    else parseWord(index, text).forEach(push);
  }
  return parts;
}

/** One word of a query (normalised) by longest match against the keys. */
function parseWord(index: LoadedIndex, text: string): QueryPart[] {
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
      if (id >= 0) parts.push({ kind: 'term', term: id, text: text.slice(i, i + len) });
      matched = len;
      break;
    }
    if (matched === 0) literal += text[i];
    i += Math.max(matched, 1);
  }
  flush();
  return parts;
}
