/**
 * Redlines at morpheme granularity: both texts are split into words with the tokenizer, the word lists
 * are diffed (jsdiff's `diffArrays`), and the result is tidied into runs a person reads at a glance:
 * `解約希望日の[-２ヶ月-]{+３ヶ月+}前まで`, never `[-２-]{+３+}ヶ月` nor a character soup.
 */
import { diffArrays } from 'diff';
import type { Token, Tokenizer } from '../tokenize/index.js';
import { differenceKind } from './normalize.js';
import type { Segment } from './types.js';

/**
 * Splits a text (without whitespace) into the words a redline is made of; kuromoji's `wordUnits` at build
 * time, or words recorded by it (the site's compare page, which has no dictionary).
 */
export type Segmenter = (text: string) => string[];

/**
 * Redlines two texts (a clause's sentence in each version). Words are found in the texts without their
 * whitespace, so that a space dropped between 2018 and 年 neither changes how kuromoji splits the words
 * nor turns 2018 年 into a rewritten word: spaces show as their own changes (`2018[- -]年`).
 * @param segment splits a text into words (see {@link segmentedText} for the texts it is given)
 * @returns runs whose equal and deleted texts give `oldText`, equal and inserted texts `newText`
 */
export function redlineTexts(segment: Segmenter, oldText: string, newText: string): Segment[] {
  if (oldText === newText) return redlineChars(oldText, newText);
  const a = stripWhitespace(oldText);
  const b = stripWhitespace(newText);
  if (a.text === b.text) return redlineChars(oldText, newText);
  const out: Segment[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const s of redlineUnits(segment(a.text), segment(b.text))) {
    const oldEnd = s.op === 'insert' ? oldAt : oldAt + s.text.length;
    const newEnd = s.op === 'delete' ? newAt : newAt + s.text.length;
    const oldSlice = oldText.slice(a.at(oldAt), a.at(oldEnd));
    const newSlice = newText.slice(b.at(newAt), b.at(newEnd));
    if (s.op === 'equal') out.push(...redlineChars(oldSlice, newSlice));
    else out.push({ op: s.op, text: s.op === 'delete' ? oldSlice : newSlice });
    oldAt = oldEnd;
    newAt = newEnd;
  }
  return refineEditorial(out);
}

/** Character-level redline, for changes too small for words: spaces, widths, a label's number. */
export function redlineChars(oldText: string, newText: string): Segment[] {
  if (oldText === newText) return oldText === '' ? [] : [{ op: 'equal', text: oldText }];
  const segments: Segment[] = [];
  for (const change of diffArrays([...oldText], [...newText])) {
    segments.push({ op: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value.join('') });
  }
  return normalizeRuns(segments);
}

/**
 * The text a sentence's redline asks the segmenter to split: the sentence without its whitespace. Whoever
 * records words for later (the site) records them for these texts.
 * @param sentence a clause's sentence
 */
export function segmentedText(sentence: string): string {
  return stripWhitespace(sentence).text;
}

/**
 * The segmenter of a loaded tokenizer.
 * @param tokenizer kuromoji
 */
export function tokenizerSegmenter(tokenizer: Tokenizer): Segmenter {
  return (text) => wordUnits(tokenizer, text);
}

/** A text without whitespace, and where each of its offsets is in the original (a space joins what precedes it). */
function stripWhitespace(text: string): { text: string; at: (offset: number) => number } {
  const starts: number[] = [];
  let stripped = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (/\s/u.test(c)) continue;
    starts.push(i);
    stripped += c;
  }
  return { text: stripped, at: (offset) => (offset === 0 ? 0 : (starts[offset] ?? text.length)) };
}

/**
 * Splits text into the units a redline is made of: kuromoji's morphemes, except that a number is kept
 * whole with its prefix and counter (第36条, ２ヶ月, 2018), since a reader sees each as one word.
 * @returns strings whose concatenation is `text`
 */
export function wordUnits(tokenizer: Tokenizer, text: string): string[] {
  if (text === '') return [];
  const tokens = tokenizer.tokenize(text);
  const units: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    if (isNumberPrefix(tokens[j]) && isNumber(tokens[j + 1])) j++;
    if (isNumber(tokens[j])) {
      while (isNumber(tokens[j + 1])) j++;
      if (isCounter(tokens[j + 1])) j++;
    }
    units.push(tokens.slice(i, j + 1).map((t) => t.surface_form).join(''));
    i = j + 1;
  }
  return units;
}

const isNumber = (t: Token | undefined): boolean => t?.pos === '名詞' && t.pos_detail_1 === '数';
const isNumberPrefix = (t: Token | undefined): boolean => t?.pos === '接頭詞' && t.pos_detail_1 === '数接続';
const isCounter = (t: Token | undefined): boolean => t?.pos_detail_1 === '接尾' && t.pos_detail_2 === '助数詞';

/**
 * Redlines two unit lists.
 * @returns equal, delete and insert runs; within a change, the deletion comes before the insertion
 */
export function redlineUnits(oldUnits: string[], newUnits: string[]): Segment[] {
  const segments: Segment[] = [];
  for (const change of diffArrays(oldUnits, newUnits)) {
    const op = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    segments.push({ op, text: change.value.join('') });
  }
  return tidy(segments);
}

/** Brackets and punctuation mark where a phrase begins or ends: a change never swallows them. */
const PUNCTUATION_ONLY = /^\p{P}+$/u;

/**
 * Puts each change's deletions before its insertions, merges adjacent runs of the same kind, and folds
 * into the change a short equal run of words squeezed between two changes (`[-A-]{+B+}の[-C-]{+D+}`
 * becomes one change): a reader would otherwise piece the new wording together from fragments.
 */
export function tidy(segments: Segment[]): Segment[] {
  let current = normalizeRuns(segments);
  for (;;) {
    const folded: Segment[] = [];
    let changed = false;
    for (let i = 0; i < current.length; i++) {
      const s = current[i] as Segment;
      const before = changeAround(current, i, -1);
      const after = changeAround(current, i, 1);
      const foldable = s.op === 'equal' && !PUNCTUATION_ONLY.test(s.text);
      if (foldable && before > 0 && after > 0 && s.text.length <= Math.min(before, after)) {
        folded.push({ op: 'delete', text: s.text }, { op: 'insert', text: s.text });
        changed = true;
      } else {
        folded.push(s);
      }
    }
    if (!changed) return current;
    current = normalizeRuns(folded);
  }
}

/**
 * Redlines again, character by character, each change that is only whitespace, width or punctuation, so
 * that it shows as what it is (`（[-9-]{+９+}）`, `2018[- -]年`) rather than as a rewritten word.
 */
function refineEditorial(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segments.length; ) {
    const s = segments[i] as Segment;
    if (s.op === 'equal') {
      out.push(s);
      i++;
      continue;
    }
    const deleted = s.op === 'delete' ? s.text : '';
    const next = segments[i + 1];
    const inserted = s.op === 'insert' ? s.text : next?.op === 'insert' ? next.text : '';
    i += s.op === 'delete' && next?.op === 'insert' ? 2 : 1;
    if (deleted && inserted && differenceKind(deleted, inserted) !== 'wording') {
      out.push(...redlineChars(deleted, inserted));
    } else {
      if (deleted) out.push({ op: 'delete', text: deleted });
      if (inserted) out.push({ op: 'insert', text: inserted });
    }
  }
  return normalizeRuns(out);
}

/** Length of the longer side (deleted or inserted text) of the change next to `i` in a direction, 0 if none. */
function changeAround(segments: Segment[], i: number, step: 1 | -1): number {
  let deleted = 0;
  let inserted = 0;
  for (let k = i + step; k >= 0 && k < segments.length; k += step) {
    const s = segments[k] as Segment;
    if (s.op === 'equal') break;
    if (s.op === 'delete') deleted += s.text.length;
    else inserted += s.text.length;
  }
  return Math.max(deleted, inserted);
}

/** Within each run of changes, one deletion then one insertion; adjacent equal runs joined; empties dropped. */
function normalizeRuns(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  let deleted = '';
  let inserted = '';
  const flush = (): void => {
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (const s of segments) {
    if (s.text === '') continue;
    if (s.op === 'delete') deleted += s.text;
    else if (s.op === 'insert') inserted += s.text;
    else {
      flush();
      const last = out.at(-1);
      if (last?.op === 'equal') last.text += s.text;
      else out.push({ op: 'equal', text: s.text });
    }
  }
  flush();
  return out;
}

/** The redline as plain text: `[-deleted-]{+inserted+}` (wdiff's notation). */
export function renderRedlineText(segments: readonly Segment[]): string {
  return segments.map((s) => (s.op === 'equal' ? s.text : s.op === 'delete' ? `[-${s.text}-]` : `{+${s.text}+}`)).join('');
}
