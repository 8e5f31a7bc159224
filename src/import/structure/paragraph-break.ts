/**
 * Is a line that starts no clause a new 項, or the rest of the clause before it? Plain text often
 * writes each 項 as a line ending in 「。」 with no 「２．」, and Markdown as a paragraph of its own
 * (indented under a list item, after the item's 号). The decision weighs, in this order:
 * - nesting: a Markdown block outside the list item of the clause before cannot continue it;
 * - labels: in an article whose later 項 are labelled (`２．`), an unlabelled line is part of a 項;
 * - the text: 「前項」 at the start of a line, or an article that the document's references say has
 *   more 項 than found so far, means a new 項; 「ただし」 continues the 項 before;
 * - line structure: a real break (an empty line, a new Markdown block) after a sentence end is a
 *   paragraph end; so is a line end in a text whose lines are whole paragraphs, or after a line
 *   clearly shorter than the layout's width.
 * A split that rests on line structure alone, and a join after a sentence end, are reported.
 */
import type { ImportedClause, InputLine } from '../types.js';
import { endsSentence } from './evidence.js';
import type { BuildState } from './state.js';

/** What to do with the line: start a new 項, or join it to `owner` (the last clause when absent). */
export interface BreakDecision {
  split: boolean;
  /** Why, when the decision is not certain (reported), else null. */
  report: string | null;
  owner?: ImportedClause;
}

const CUE = /^(?:前[二三四五六七八九十各]?項|前各号|第[0-9０-９一二三四五六七八九十]+項|本条|この条|当該)/u;
const PROVISO = /^(?:ただし|但し|但書)/u;

const JOIN: BreakDecision = { split: false, report: null };
const SPLIT: BreakDecision = { split: true, report: null };

/**
 * The Markdown nesting of the line against the open clauses: the clause whose list item holds it
 * (null: none, it stands at the article's level), or undefined when the line carries no nesting.
 */
function holder(state: BuildState, l: InputLine): ImportedClause | null | undefined {
  if (l.breakBefore !== 'hard' || l.marker) return undefined;
  const lastDepth = state.open[state.open.length - 1]?.depth;
  if (lastDepth === null || lastDepth === undefined) return undefined;
  const depth = l.listDepth ?? -1;
  const last = state.open[state.open.length - 1]?.clause;
  // A second block of the list item the last clause came from: under a 項 a new 項, under a 号 more of it.
  if (depth === lastDepth && last) return last.level === 'paragraph' ? null : last;
  if (depth > lastDepth) return undefined;
  const inside = [...state.open].reverse().find((o) => o.depth !== null && o.depth <= depth);
  return inside ? inside.clause : null;
}

/**
 * Decides whether a line that starts no clause begins a new 項.
 * @param state the structure pass's state (the body has a last clause)
 * @param l the line
 */
export function judgeBreak(state: BuildState, l: InputLine): BreakDecision {
  const target = state.last;
  // A line without a letter or digit (`_`) is stray furniture: the join refuses it.
  if (!target || l.breakBefore === 'wrap' || !/[\p{L}\p{N}]/u.test(l.text)) return JOIN;
  const nested = holder(state, l);
  if (nested !== undefined) {
    // A block indented under a 号 continues that 号; under a 項 or the article it is a new 項.
    return nested !== null && nested.level !== 'paragraph' ? { split: false, report: null, owner: nested } : SPLIT;
  }
  // A 項 numbered by labels (`２．`) holds more than one line: an unlabelled line continues it.
  if (state.levels[0]?.family !== null && state.levels[0]?.family !== undefined) return JOIN;
  // An article whose later 項 are labelled further on: its unlabelled lines are sentences of a 項.
  if (state.article && state.evidence.labelled.has(state.article.num.value)) return JOIN;
  const paragraphs = state.container?.paragraphs.length ?? 0;
  const required = state.article ? (state.evidence.required.get(state.article.num.value) ?? 0) : 0;
  const ended = endsSentence(target.text);
  const { width, unwrapped } = state.evidence;
  const short = width !== null && state.lastLineLength < width * 0.8;
  if (PROVISO.test(l.text)) return ended ? { split: false, report: '「ただし」で始まる行は前の項の続きとしました' } : JOIN;
  if (CUE.test(l.text) && (ended || target.level !== 'paragraph')) return SPLIT;
  if (target.level !== 'paragraph') {
    if (l.breakBefore === 'hard' && ended) return SPLIT;
    if (unwrapped && endsSentence(l.text)) return { split: true, report: '号の後の行（行ごとに段落の文書）' };
    if (short && endsSentence(l.text)) return { split: true, report: '号の後の短い行に続く行' };
    return JOIN;
  }
  if (!ended) return JOIN;
  if (required > paragraphs) return SPLIT;
  if (l.breakBefore === 'hard') return SPLIT;
  if (unwrapped) return { split: true, report: '文末の改行（行ごとに段落の文書）' };
  if (short) return { split: true, report: '文末で終わる短い行の後' };
  return { split: false, report: '文末の改行ですが、行の折り返しかもしれません' };
}
