/**
 * Builds the search index from the versions in force, tokenizing every sentence and caption with
 * kuromoji at build time (see ./types.ts for the format and how the browser reads it).
 */
import { KIND_SUBJECTS } from '../../annotation/labels.js';
import type { RuleSet } from '../../ruleset/schema.js';
import { getTokenizer, type Tokenizer } from '../../tokenize/index.js';
import { listClauses } from '../render/clauses.js';
import { articleNumberKey } from './article-query.js';
import { toHiragana } from './kana.js';
import { countOccurrences, normalizeKey } from './normalize.js';
import { termsOf } from './terms.js';
import type { SearchIndex } from './types.js';

/** A document to index: its version in force and the page its results link to. */
export interface IndexInput {
  ruleSet: RuleSet;
  url: string;
}

/** What the index is built with besides the documents. */
export interface IndexOptions {
  /**
   * Everyday words and the words of the terms a query for them also finds (`SLA: [サービスレベル]`; write
   * both directions for a two-way pair: `解約: [解除]`, `解除: [解約]`).
   */
  synonyms?: Readonly<Record<string, readonly string[]>>;
  /** The tokenizer (`terms build` passes one that reads cached tokens); kuromoji when absent. */
  tokenizer?: Tokenizer;
}

/** Accumulates terms, their forms and postings. */
class TermTable {
  readonly terms: string[] = [];
  readonly forms: Array<Set<string>> = [];
  readonly postings: Array<Map<number, number>> = [];
  readonly keys = new Map<string, number>();
  /** Readings (hiragana) → term; the first term read so keeps it. */
  readonly readings = new Map<string, number>();
  private readonly ignored = new Set<string>();
  private readonly ids = new Map<string, number>();

  /** The position of a term, adding it when new. */
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.push(term) - 1;
      this.ids.set(term, id);
      this.forms.push(new Set());
      this.postings.push(new Map());
    }
    return id;
  }

  has(term: string): boolean {
    return this.ids.has(term);
  }

  /** The term a lookup key stands for, if any. */
  byKey(key: string): number | undefined {
    return this.keys.get(key);
  }

  /** Records an occurrence of a term (in a clause, or only as a known word when `clause` is null). */
  add(term: string, keys: readonly string[], form: string, clause: number | null, reading?: string): void {
    const id = this.id(term);
    for (const key of keys) this.keys.set(key, id);
    if (reading !== undefined && !this.readings.has(reading)) this.readings.set(reading, id);
    this.forms[id]?.add(form);
    if (clause !== null) {
      const posting = this.postings[id] as Map<number, number>;
      posting.set(clause, (posting.get(clause) ?? 0) + 1);
    }
  }

  ignore(keys: readonly string[]): void {
    for (const key of keys) this.ignored.add(key);
  }

  /** Every key, words that are no term mapped to -1 (a term's key wins). */
  keyTable(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const key of this.ignored) out[key] = -1;
    for (const [key, id] of this.keys) out[key] = id;
    return out;
  }
}

/**
 * Builds the index.
 * @param inputs the documents, each in the version the site shows at its URL
 */
export async function buildSearchIndex(inputs: readonly IndexInput[], options: IndexOptions = {}): Promise<SearchIndex> {
  const tokenizer = options.tokenizer ?? (await getTokenizer());
  const table = new TermTable();
  const index: SearchIndex = { version: 2, documents: [], articles: [], clauses: [], terms: [], forms: [], postings: [], keys: {}, readings: {}, definitions: {}, synonyms: {}, governs: {} };
  const governs = new Map<number, Set<number>>();
  for (const { ruleSet, url } of inputs) {
    const doc = index.documents.push({ id: ruleSet.meta.document, title: ruleSet.meta.title, version: ruleSet.meta.version, url }) - 1;
    const articleIndex = new Map<string, number>();
    for (const article of ruleSet.articles) {
      articleIndex.set(article.id, index.articles.push({ doc, id: article.id, title: article.title, caption: article.caption?.text ?? '', num: articleNumberKey(article.num) }) - 1);
      const caption = termsOf(tokenizer.tokenize(article.caption?.text ?? ''));
      for (const t of caption.terms) table.add(t.term, t.keys, t.form, null, t.reading);
      table.ignore(caption.ignored);
    }
    if (ruleSet.supplProvision) {
      articleIndex.set(ruleSet.supplProvision.id, index.articles.push({ doc, id: ruleSet.supplProvision.id, title: ruleSet.supplProvision.label, caption: '' }) - 1);
    }
    const firstClause = index.clauses.length;
    const positionOf = new Map<string, number>();
    for (const { clause, article, name } of listClauses(ruleSet)) {
      const owner = articleIndex.get(article?.id ?? ruleSet.supplProvision?.id ?? '') ?? 0;
      const { terms, ignored } = termsOf(tokenizer.tokenize(clause.sentence));
      const position = index.clauses.push({ article: owner, id: clause.id, name, text: `${clause.label ?? ''}${clause.sentence}`, length: Math.max(terms.length, 1) }) - 1;
      positionOf.set(clause.id, position);
      for (const t of terms) table.add(t.term, t.keys, t.form, position, t.reading);
      table.ignore(ignored);
    }
    for (const rule of ruleSet.rules) {
      const owner = positionOf.get(rule.clause);
      const subject = KIND_SUBJECTS[rule.kind as keyof typeof KIND_SUBJECTS] ?? '';
      if (owner === undefined || subject === '') continue;
      for (const t of termsOf(tokenizer.tokenize(subject)).terms) {
        table.add(t.term, t.keys, t.form, null, t.reading);
        const id = table.id(t.term);
        governs.set(id, (governs.get(id) ?? new Set()).add(owner));
      }
    }
    for (const definition of ruleSet.definitions) {
      const owner = positionOf.get(definition.clause);
      if (owner === undefined) continue;
      const key = normalizeKey(definition.term);
      index.definitions[key] = [...new Set([...(index.definitions[key] ?? []), owner])];
      if (table.has(definition.term)) continue;
      table.add(definition.term, [key], definition.term, null);
      index.clauses.forEach((c, i) => {
        const n = i >= firstClause ? countOccurrences(c.text, definition.term) : 0;
        for (let k = 0; k < n; k++) table.add(definition.term, [key], definition.term, i);
      });
    }
  }
  for (const [word, targets] of Object.entries(options.synonyms ?? {})) addSynonyms(table, tokenizer, index, word, targets);
  for (const [id, clauses] of governs) index.governs[id] = [...clauses];
  index.terms = table.terms;
  index.forms = table.forms.map((f) => [...f].sort((a, b) => b.length - a.length));
  index.postings = table.postings.map((p) => [...p].flat());
  index.keys = table.keyTable();
  index.readings = Object.fromEntries(table.readings);
  return index;
}

/** The term a word of the configuration stands for: the word itself when the terms use it, else its longest term. */
function termOfWord(table: TermTable, tokenizer: Tokenizer, word: string): number | null {
  const known = table.byKey(normalizeKey(word));
  if (known !== undefined) return known;
  const longest = termsOf(tokenizer.tokenize(word)).terms.sort((a, b) => b.form.length - a.form.length)[0];
  return longest ? (table.byKey(normalizeKey(longest.form)) ?? null) : null;
}

/** Records that a query for `word` also finds `targets` (a word the terms never use becomes a term without clauses). */
function addSynonyms(table: TermTable, tokenizer: Tokenizer, index: SearchIndex, word: string, targets: readonly string[]): void {
  const key = normalizeKey(word);
  if (key === '') return;
  const from = table.byKey(key) ?? table.id(word);
  // The word's reading too (返金 → へんきん), when the dictionary reads it as one word.
  const tokens = tokenizer.tokenize(word);
  const reading = tokens.every((t) => t.reading && t.reading !== '*') ? normalizeKey(toHiragana(tokens.map((t) => t.reading).join(''))) : null;
  table.add(table.terms[from] ?? word, [key], word, null, reading ?? undefined);
  const to = targets.map((t) => termOfWord(table, tokenizer, t)).filter((t): t is number => t !== null && t !== from);
  if (to.length) index.synonyms[from] = [...new Set([...(index.synonyms[from] ?? []), ...to])];
}
