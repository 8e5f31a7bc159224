/**
 * Queries that name an article: 第14条, 第十四条, １４条, 14条, 第4条の2, 第15条第１項第８号. Readers type article
 * numbers in any width and in 漢数字; such a query goes straight to the article (or the clause it names)
 * instead of to the articles that merely cite it. Runs in the browser: no dictionary, only src/numbers.
 */
import { NUMBER_CHARS, parseNumber } from '../../numbers/index.js';

/** An article (and optionally a paragraph and item) named by a query. */
export interface ArticleQuery {
  /** The article's number, with its branch (第4条の2 → `4_2`). */
  article: string;
  paragraph: number | null;
  item: number | null;
}

const N = `[${NUMBER_CHARS}]+`;
const PATTERN = new RegExp(`^第?(${N})条(?:の(${N}))?(?:第?(${N})項)?(?:第?(${N})号)?$`, 'u');

/**
 * Reads an article citation from a query, or null when the query is something else.
 * @param query what the reader typed (white space is ignored)
 */
export function parseArticleQuery(query: string): ArticleQuery | null {
  const m = PATTERN.exec(query.normalize('NFKC').replace(/\s+/gu, ''));
  if (!m) return null;
  const article = parseNumber(m[1] ?? '');
  if (article === null) return null;
  const branch = m[2] === undefined ? null : parseNumber(m[2]);
  const number = (s: string | undefined) => (s === undefined ? null : parseNumber(s));
  return { article: branch === null ? String(article) : `${article}_${branch}`, paragraph: number(m[3]), item: number(m[4]) };
}

/**
 * The number key the index keeps for an article (`14`, `4_2`).
 * @param num the article's number as the rule set holds it
 */
export function articleNumberKey(num: { value: number; branch?: number }): string {
  return num.branch === undefined ? String(num.value) : `${num.value}_${num.branch}`;
}
