/**
 * Answers a query from the search index, in the browser (site/search.ts) and in Node (tests, bench):
 * no tokenizer, no dictionary. The query is split by longest match against the index's keys (see
 * ./types.ts), clauses are scored with BM25 over the query's terms (all of them required, any of them when
 * no clause has all), and clauses are grouped into articles. An article's heading (caption) containing the
 * query, the article defining the query as a term, and the clause carrying the rule for it (an annotation
 * whose subject names it) weigh most: 「解約」 finds 第14条（契約者からの利用契約の解約） first, 「反社会的勢力」
 * the 第28条 that defines it, 「減額」 the clause with the sla-credit rule. A term also finds its synonyms from
 * the configuration (SLA → サービスレベル). A query that names an article (第14条, 第十四条, 14条) opens it first.
 */
import { parseArticleQuery } from './article-query.js';
import { highlightRanges } from './highlight.js';
import { parseQuery, type LoadedIndex, type QueryPart } from './load.js';
import { countOccurrences, normalizeKey } from './normalize.js';
import type { IndexedArticle, IndexedClause, IndexedDocument } from './types.js';

/** A clause in a result, with the ranges of its text to highlight. */
export interface ClauseHit {
  clause: IndexedClause;
  score: number;
  /** [start, end) ranges in `clause.text`, ordered, not overlapping. */
  ranges: Array<[number, number]>;
}

/** One result: an article, the clauses that matched, and where to go. */
export interface SearchResult {
  document: IndexedDocument;
  article: IndexedArticle;
  score: number;
  /** Ranges of the caption to highlight. */
  captionRanges: Array<[number, number]>;
  /** Matching clauses, best first. */
  hits: ClauseHit[];
  /** The page and anchor to open: the best clause, or the article when only its caption matched. */
  url: string;
}

const K1 = 1.2;
const B = 0.75;
const CAPTION_WEIGHT = 2;
const DEFINITION_BOOST = 10;
const GOVERNS_BOOST = 5;
/** A synonym counts for less than the word typed: 「解約」 finds 解約 before 解除. */
const SYNONYM_WEIGHT = 0.5;
const NAMED_ARTICLE_BOOST = 1000;
const OTHER_CLAUSES_WEIGHT = 0.25;

/** Each part's clauses with their occurrence counts. */
function partPostings(index: LoadedIndex, part: QueryPart): Map<number, number> {
  const out = new Map<number, number>();
  if (part.kind === 'term') {
    index.alternatives(part.term).forEach((term, i) => {
      const weight = i === 0 ? 1 : SYNONYM_WEIGHT;
      for (const [clause, n] of index.postings[term] ?? []) out.set(clause, (out.get(clause) ?? 0) + weight * n);
    });
    return out;
  }
  index.normalized.forEach((text, i) => {
    const n = countOccurrences(text, part.text);
    if (n) out.set(i, n);
  });
  return out;
}

/** The strings to highlight for a part: the term's forms as written, or the literal text. */
function partForms(index: LoadedIndex, part: QueryPart): string[] {
  return part.kind === 'term' ? index.alternatives(part.term).flatMap((t) => index.raw.forms[t] ?? []) : [part.text];
}

/**
 * The clauses that carry the rule for every term of the query (none when a part is literal text), found by
 * the terms themselves, else by their synonyms (then `direct` is false and they weigh less).
 */
function governedClauses(index: LoadedIndex, parts: readonly QueryPart[]): { clauses: Set<number>; direct: boolean } {
  const by = (terms: (term: number) => number[]) => {
    let governed: number[] | null = null;
    for (const part of parts) {
      if (part.kind !== 'term') return new Set<number>();
      const these = new Set(terms(part.term).flatMap((t) => index.governs.get(t) ?? []));
      governed = (governed ?? [...these]).filter((c) => these.has(c));
    }
    return new Set(governed ?? []);
  };
  const direct = by((t) => [t]);
  return direct.size ? { clauses: direct, direct: true } : { clauses: by(index.alternatives), direct: false };
}

/** The article positions a query names (第14条 → every document's 第14条), with the clause id to open. */
function namedArticles(index: LoadedIndex, query: string): Map<number, string> {
  const named = parseArticleQuery(query);
  const out = new Map<number, string>();
  if (!named) return out;
  for (const a of index.articlesByNumber.get(named.article) ?? []) {
    const article = index.raw.articles[a];
    if (!article) continue;
    const suffix = `${named.paragraph !== null ? `-p${named.paragraph}` : ''}${named.paragraph !== null && named.item !== null ? `-i${named.item}` : ''}`;
    const wanted = `${article.id}${suffix}`;
    out.set(a, suffix && index.raw.clauses.some((c) => c.id === wanted) ? wanted : article.id);
  }
  return out;
}

/**
 * Searches the index.
 * @param index the loaded index
 * @param query what the reader typed
 * @param limit the most results to return
 * @returns articles, best first (empty for an empty query or no match)
 */
export function search(index: LoadedIndex, query: string, limit = 20): SearchResult[] {
  const parts = parseQuery(index, query);
  const named = namedArticles(index, query);
  if (parts.length === 0 && named.size === 0) return [];
  const { raw } = index;
  const lists = parts.map((p) => partPostings(index, p));
  const idf = lists.map((l) => Math.log(1 + (raw.clauses.length - l.size + 0.5) / (l.size + 0.5)));
  const forms = parts.flatMap((p) => partForms(index, p));

  const scoreClauses = (required: number) => {
    const scores = new Map<number, number>();
    for (const c of new Set(lists.flatMap((l) => [...l.keys()]))) {
      let score = 0;
      let matched = 0;
      const length = raw.clauses[c]?.length ?? 1;
      lists.forEach((list, i) => {
        const tf = list.get(c);
        if (!tf) return;
        matched++;
        score += ((idf[i] ?? 0) * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / index.averageLength));
      });
      if (matched >= required) scores.set(c, (score * matched) / parts.length);
    }
    return scores;
  };
  let clauseScores = scoreClauses(parts.length);
  if (clauseScores.size === 0) clauseScores = scoreClauses(1);

  // Articles: those with matching clauses, and those whose caption alone matches.
  const byArticle = new Map<number, Array<{ clause: IndexedClause; score: number }>>();
  for (const [c, score] of clauseScores) {
    const clause = raw.clauses[c];
    if (clause) byArticle.set(clause.article, [...(byArticle.get(clause.article) ?? []), { clause, score }]);
  }
  const inCaption = (a: number, forms: readonly string[]) => forms.some((f) => index.captions[a]?.includes(normalizeKey(f)));
  const captionScores = raw.articles.map((_, a) =>
    parts.reduce((s, p, i) => {
      const weight = inCaption(a, p.kind === 'term' ? (raw.forms[p.term] ?? []) : [p.text]) ? 1 : inCaption(a, partForms(index, p)) ? SYNONYM_WEIGHT : 0;
      return s + weight * CAPTION_WEIGHT * (idf[i] ?? 0);
    }, 0),
  );
  captionScores.forEach((s, a) => {
    if (s > 0 && !byArticle.has(a)) byArticle.set(a, []);
  });
  // The clause carrying the rule for the query joins its article's hits even if its text does not say it.
  const governing = new Map<number, IndexedClause>();
  const governed = governedClauses(index, parts);
  for (const c of governed.clauses) {
    const clause = raw.clauses[c];
    if (!clause) continue;
    const hits = byArticle.get(clause.article) ?? [];
    if (!hits.some((h) => h.clause === clause)) hits.push({ clause, score: 0 });
    byArticle.set(clause.article, hits);
    if (!governing.has(clause.article)) governing.set(clause.article, clause);
  }
  for (const a of named.keys()) if (!byArticle.has(a)) byArticle.set(a, []);
  // The article defining the query as a term comes first, and its result opens the definition.
  const defining = new Map<number, IndexedClause>();
  // As typed, or as the terms write it (a reading typed in kana: はんしゃかいてきせいりょく → 反社会的勢力).
  const written = normalizeKey(parts.map((p) => (p.kind === 'term' ? (raw.terms[p.term] ?? p.text) : p.text)).join(''));
  for (const c of raw.definitions[parts.map((p) => p.text).join('')] ?? raw.definitions[written] ?? []) {
    const clause = raw.clauses[c];
    if (clause && byArticle.has(clause.article)) defining.set(clause.article, clause);
  }

  const ranked = [...byArticle].map(([a, hits]) => {
    hits.sort((x, y) => y.score - x.score);
    const best = hits[0]?.score ?? 0;
    const rest = hits.slice(1).reduce((s, h) => s + h.score, 0);
    const boost = (defining.has(a) ? DEFINITION_BOOST : 0) + (governing.has(a) ? GOVERNS_BOOST * (governed.direct ? 1 : SYNONYM_WEIGHT) : 0) + (named.has(a) ? NAMED_ARTICLE_BOOST : 0);
    return { a, hits, score: best + OTHER_CLAUSES_WEIGHT * rest + (captionScores[a] ?? 0) + boost };
  });
  ranked.sort((x, y) => y.score - x.score || x.a - y.a);
  const results: SearchResult[] = [];
  for (const { a, hits, score } of ranked.slice(0, limit)) {
    const article = raw.articles[a];
    const document = article ? raw.documents[article.doc] : undefined;
    if (!article || !document) continue;
    const target = named.get(a) ?? defining.get(a)?.id ?? governing.get(a)?.id ?? hits[0]?.clause.id ?? article.id;
    results.push({
      document,
      article,
      score,
      captionRanges: highlightRanges(article.caption, forms),
      hits: hits.map((h) => ({ ...h, ranges: highlightRanges(h.clause.text, forms) })),
      url: `${document.url}#${target}`,
    });
  }
  return results;
}
