import { NUMBER_CHARS, parseNumber } from '../numbers/index.js';
import type { Num } from '../ruleset/schema.js';

/** A 章 heading: `第１章 総則`. */
export interface ChapterHeading {
  num: Num;
  title: string;
}

/** A 条 heading: `第14条（契約者からの利用契約の解約） {#cancellation-by-customer}`. */
export interface ArticleHeading {
  num: Num;
  /** 第14条 as written (with の２ for branch articles). */
  title: string;
  caption: { text: string; written: string } | null;
  key: string | null;
}

const CHAPTER = new RegExp(`^第([${NUMBER_CHARS}]+)章(?:[ 　]+(.*))?$`, 'u');
const ARTICLE = new RegExp(
  `^(第([${NUMBER_CHARS}]+)条(?:の([${NUMBER_CHARS}]+))?)[ 　]*((?:[（(]).*(?:[）)]))?[ 　]*(?:\\{#([^}\\s]*)\\})?$`,
  'u',
);
const SUPPL = /^(付|附)[ 　]*則(?:[ 　]*[（(].*[）)])?$/u;

/** Reads a chapter heading, or null if the text is not one. */
export function readChapterHeading(text: string): ChapterHeading | null {
  const m = CHAPTER.exec(text.trim());
  const value = m?.[1] ? parseNumber(m[1]) : null;
  if (!m || value === null) return null;
  return { num: { value, written: m[1] ?? '' }, title: text.trim() };
}

/** Reads an article heading, or null if the text does not start like one. */
export function readArticleHeading(text: string): ArticleHeading | null {
  const m = ARTICLE.exec(text.trim());
  if (!m) return null;
  const value = parseNumber(m[2] ?? '');
  if (value === null) return null;
  const num: Num = { value, written: m[2] ?? '' };
  if (m[3]) {
    const branch = parseNumber(m[3]);
    if (branch === null) return null;
    num.branch = branch;
  }
  const captionWritten = m[4] ?? null;
  return {
    num,
    title: m[1] ?? '',
    caption: captionWritten ? { written: captionWritten, text: captionWritten.slice(1, -1) } : null,
    key: m[5] ?? null,
  };
}

/** Whether a heading opens the supplementary provisions (付則 / 附則), and its label. */
export function readSupplHeading(text: string): string | null {
  const m = SUPPL.exec(text.trim());
  return m ? text.trim() : null;
}

/** Id of an article: art-14, art-3_2 for 第３条の２ (built by ruleset/ids.ts). */
export { articleId } from '../ruleset/ids.js';
