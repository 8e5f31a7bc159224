/**
 * What the whole input says about 項 boundaries before any line is placed: how many 項 the document's
 * own references say each article has (第4条第4項 anywhere means 第4条 has four; 前項 in an article means
 * it has two at least), and whether the text's lines are whole paragraphs or wrapped by a layout (so
 * that a line ending in 「。」 is a paragraph end, or may be one).
 */
import { NUMBER_CHARS, parseNumber } from '../../numbers/index.js';
import type { InputLine } from '../types.js';
import { readArticleLine, readLabels } from './classify.js';

/** The evidence the structure pass weighs at a line end inside an article. */
export interface Evidence {
  /** Article number → the least number of 項 the document's references say it has. */
  required: Map<number, number>;
  /** Articles whose later 項 carry labels (`２．`, `2.` in a list): their 項 are told by the labels. */
  labelled: Set<number>;
  /** Most lines that continue a clause follow a sentence end: the lines are whole paragraphs. */
  unwrapped: boolean;
  /** Length of a full line of the layout (the longest line broken mid-sentence), or null when unknown. */
  width: number | null;
}

const N = `[${NUMBER_CHARS}]+`;
const S = '[ 　]*';
const ARTICLE_PARAGRAPH = new RegExp(`第${S}(${N})${S}条(?:${S}の${S}${N})?${S}(?:[（(][^（）()]*[）)])?${S}第${S}(${N})${S}項`, 'gu');
const OWN_PARAGRAPH = new RegExp(`(?<![条号章節])第${S}(${N})${S}項`, 'gu');
const PREVIOUS = /前([二三四五六七八九十２-９2-9]?|各)項/gu;

/** Whether a text ends a sentence (`。`, `．`, `！`, `？`, a closing bracket after one). */
export function endsSentence(text: string): boolean {
  return /[。．！？!?]["」』）)]*\s*$/u.test(text);
}

/**
 * Reads the evidence of a document.
 * @param lines the input lines
 */
export function readEvidence(lines: readonly InputLine[]): Evidence {
  const required = new Map<number, number>();
  const labelled = new Set<number>();
  const need = (article: number | null, count: number): void => {
    if (article !== null && count > (required.get(article) ?? 0)) required.set(article, count);
  };
  let current: number | null = null;
  let wrapped = 0;
  let whole = 0;
  let width = 0;
  lines.forEach((l, i) => {
    const heading = l.heading !== null || l.bold;
    const article = l.breakBefore !== 'wrap' ? readArticleLine(l.text, { heading, captionAbove: false, expected: null }) : null;
    if (article) current = article.num.value;
    const text = article ? article.rest : l.text;
    const numbersParagraph = readLabels(l.text).some((c) => c.family === 'dot-number' && (c.value ?? 0) >= 2) || (l.marker?.ordered === true && l.marker.depth === 0 && (l.marker.value ?? 0) >= 2);
    if (current !== null && !article && l.breakBefore !== 'wrap' && numbersParagraph) labelled.add(current);
    for (const m of text.matchAll(ARTICLE_PARAGRAPH)) need(parseNumber(m[1] ?? ''), parseNumber(m[2] ?? '') ?? 0);
    for (const m of text.replace(ARTICLE_PARAGRAPH, '').matchAll(OWN_PARAGRAPH)) need(current, parseNumber(m[1] ?? '') ?? 0);
    for (const m of text.matchAll(PREVIOUS)) {
      const n = m[1] === '' || m[1] === '各' ? 1 : (parseNumber(m[1] ?? '') ?? 1);
      need(current, n + 1);
    }
    // Line structure: a line followed by one that starts no clause either ends a sentence (a whole
    // paragraph per line) or was broken by the layout.
    const next = lines[i + 1];
    if (!article && !heading && next && next.breakBefore === 'line' && next.heading === null && !next.marker && readLabels(next.text).every((c) => !c.strong)) {
      if (endsSentence(l.text)) whole++;
      else {
        wrapped++;
        width = Math.max(width, [...l.text].length);
      }
    }
  });
  return { required, labelled, unwrapped: whole > 0 && wrapped <= whole * 0.2, width: wrapped >= 3 ? width : null };
}
