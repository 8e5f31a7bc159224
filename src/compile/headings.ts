/**
 * Heading grammar: 章, 条, 附則, the heading of a history block. A heading is read by its text, at any
 * Markdown depth; the grammar fragments are shared with the importer (ruleset/levels.ts).
 */
import { parseNumber } from '../numbers/index.js';
import { HEADING } from '../ruleset/levels.js';
import type { Num } from '../ruleset/schema.js';

/** A 章 heading: `第１章 総則`, `第3章:遵守事項、禁止事項`. */
export interface ChapterHeading {
  num: Num;
  /** The heading as written. */
  title: string;
}

/** A 条 heading: `第14条（契約者からの利用契約の解約） {#cancellation-by-customer}`. */
export interface ArticleHeading {
  num: Num;
  /** 第14条 as written (with の２ for branch articles). */
  title: string;
  caption: { text: string; written: string } | null;
  key: string | null;
  /** How the caption was written when it is not `（…）`: doubled brackets, or none at all. */
  captionProblem: 'double' | 'unbracketed' | null;
}

const N = HEADING.number;
const CHAPTER = new RegExp(`^第(${N})章(?:${HEADING.chapterSeparator}(.*))?$`, 'u');
const ARTICLE = new RegExp(
  `^(第(${N})条(?:の(${N}))?)(?:[ 　]*(${HEADING.caption})|[ 　]+([^（(\\s{][^{]*?))?[ 　]*(?:\\{#([^}\\s]*)\\})?$`,
  'u',
);
const SUPPL = new RegExp(`^${HEADING.suppl}$`, 'u');
const HISTORY = new RegExp(`^(?:制定[・･、]?改定|制定[・･、]?改正|改定|改正|改訂|変更|制定)(?:の)?(?:履歴|経過|記録)$|^沿革$`, 'u');
const DOUBLE = /^[（(][ 　]*[（(](.*)[）)][ 　]*[）)]$/u;

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
  const bracketed = m[4] ?? null;
  const bare = m[5]?.trim() || null;
  let caption: ArticleHeading['caption'] = null;
  let captionProblem: ArticleHeading['captionProblem'] = null;
  if (bracketed) {
    const double = DOUBLE.exec(bracketed);
    caption = { written: bracketed, text: double ? (double[1] ?? '') : bracketed.slice(1, -1) };
    if (double) captionProblem = 'double';
  } else if (bare) {
    // 第1条　目的: the caption without brackets, kept as written (with the space before it).
    const written = (text.trim().slice((m[1] ?? '').length).match(/^[ 　]+/u)?.[0] ?? '') + bare;
    caption = { written, text: bare };
    captionProblem = 'unbracketed';
  }
  return { num, title: m[1] ?? '', caption, key: m[6] ?? null, captionProblem };
}

/** Whether a heading opens the supplementary provisions (付則 / 附則 / 附 則 / 附則（…）), and its label as written. */
export function readSupplHeading(text: string): string | null {
  return SUPPL.test(text.trim()) ? text.trim() : null;
}

/** Whether a heading opens a history block: 制定・改定の履歴, 改定履歴, 沿革. */
export function isHistoryHeading(text: string): boolean {
  return HISTORY.test(text.trim().replace(/^[【［\[]|[】］\]]$/gu, ''));
}

/** Id of an article: art-14, art-3_2 for 第３条の２. */
export function articleId(num: Num): string {
  return `art-${num.value}${num.branch ? `_${num.branch}` : ''}`;
}

/** What a heading's text makes it. */
export type HeadingKind =
  | { kind: 'chapter'; chapter: ChapterHeading }
  | { kind: 'article'; article: ArticleHeading }
  | { kind: 'suppl'; label: string }
  | { kind: 'history' }
  | { kind: 'other' };

/** Reads a heading by its text. */
export function classifyHeading(text: string): HeadingKind {
  const suppl = readSupplHeading(text);
  if (suppl) return { kind: 'suppl', label: suppl };
  const chapter = readChapterHeading(text);
  if (chapter) return { kind: 'chapter', chapter };
  const article = readArticleHeading(text);
  if (article) return { kind: 'article', article };
  if (isHistoryHeading(text)) return { kind: 'history' };
  return { kind: 'other' };
}

/**
 * Whether a paragraph's text is a heading written as a paragraph (`第1章　総則`, `**第3条（目的）**`):
 * one short line, no sentence end, and a 章 / 条 with caption / 附則 by the grammar.
 */
export function paragraphHeading(text: string): HeadingKind | null {
  const t = text.trim();
  if (t.includes('\n') || t.length > 60 || /[。]/u.test(t)) return null;
  const read = classifyHeading(t);
  if (read.kind === 'chapter' || read.kind === 'suppl') return read;
  if (read.kind === 'article' && read.article.caption && read.article.captionProblem === null) return read;
  return null;
}
