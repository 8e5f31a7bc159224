/**
 * The grammar of a cross-reference, with named parts (Lawtext's pointer model):
 *
 *     reference := pointer [range] [exclusion]
 *     pointer   := (article [caption] | 附則 | 別表[第N]) [paragraph] [item]  |  paragraph [item]  |  item
 *     article   := 第N条[のM] | 前条 | 次条 | 同条 | 本条 | この条 | 前各条
 *     paragraph := 第N項 | 前項 | 次項 | 同項 | 本項 | この項 | 前各項 | 前二項… | 各項 (not first)
 *     item      := 第N号 | 前号 | 次号 | 同号 | 本号 | この号 | 前各号 | 前二号… | 各号 (not first)
 *     range     := から pointer まで | (乃至 | ないし | 〜 | ～) pointer [まで]
 *     exclusion := （pointer[、及び… pointer]を除く。）
 *
 * Spaces may stand around numbers (第 8 条第 3 項). Parsing is separate from resolving (resolve.ts): a
 * parsed reference is data, kept in the rule set so lint and the site read it instead of the text.
 */
import { NUMBER_CHARS, parseNumber } from '../../numbers/index.js';
import type { Num, ReferencePart } from '../../ruleset/schema.js';

/** A reference found in a sentence, parsed, not yet resolved. */
export interface ParsedReference {
  /** Offsets of the reference in the sentence: `[start, end)`. */
  start: number;
  end: number;
  parts: ReferencePart[];
  /** The caption repeated after the article, brackets included (（解約）), or null. */
  caption: string | null;
  through: ReferencePart[] | null;
  excluding: ReferencePart[][];
}

type Level = ReferencePart['level'];
type Pointer = ReferencePart['pointer'];

const SP = '[ \\u3000]*';
const N = `[${NUMBER_CHARS}]+`;
/** 条 that is not the start of 条件, 条約, 条例. */
const JO = '条(?![件約例])';
const COUNT = '[二三四五六七八九２-９2-9]';

/** Relative words of each level, longest first so 前各項 is read before 前項. */
const WORDS: Record<'article' | 'paragraph' | 'item', ReadonlyArray<readonly [RegExp, Pointer]>> = {
  article: [
    [new RegExp(`前各${JO}`, 'uy'), 'prev-each'],
    [new RegExp(`前${JO}`, 'uy'), 'prev'],
    [new RegExp(`次${JO}`, 'uy'), 'next'],
    [new RegExp(`同${JO}`, 'uy'), 'same'],
    [new RegExp(`(?:本|この)${JO}`, 'uy'), 'here'],
  ],
  paragraph: [
    [/前各項/uy, 'prev-each'],
    [/前項/uy, 'prev'],
    [/次項/uy, 'next'],
    [/同項/uy, 'same'],
    [/(?:本|この)項(?!目)/uy, 'here'],
    [/各項/uy, 'each'],
  ],
  item: [
    [/前各号/uy, 'prev-each'],
    [/前号/uy, 'prev'],
    [/次号/uy, 'next'],
    [/同号/uy, 'same'],
    [/(?:本|この)号/uy, 'here'],
    [/各号/uy, 'each'],
  ],
};
const NAMED_ARTICLE = new RegExp(`第${SP}(?<num>${N})${SP}${JO}(?:${SP}の${SP}(?<branch>${N}))?`, 'uy');
const NAMED_PARAGRAPH = new RegExp(`第${SP}(?<num>${N})${SP}項`, 'uy');
const NAMED_ITEM = new RegExp(`第${SP}(?<num>${N})${SP}号`, 'uy');
const PREV_COUNT = new RegExp(`前(?<count>${COUNT})(?<unit>[項号])`, 'uy');
const SUPPL = new RegExp(`[附付]${SP}則`, 'uy');
const APPENDIX = new RegExp(`別表(?:${SP}第${SP}(?<num>${N}))?`, 'uy');
const CAPTION = /[（(][^（()）\n]*[）)]/uy;
const RANGE_FROM = new RegExp(`${SP}から${SP}`, 'uy');
const RANGE_SIGN = new RegExp(`${SP}(?:乃至|ないし|〜|～)${SP}`, 'uy');
const RANGE_END = /まで/uy;
const EXCLUSION_OPEN = new RegExp(`${SP}[（(]`, 'uy');
const EXCLUSION_JOIN = /(?:、|及び|並びに|又は|若しくは)/uy;
const EXCLUSION_CLOSE = /を除く。?[）)]/uy;
/** Characters a reference can start with, and how it can begin: only there is a parse tried. */
const STARTS = new Set([...'第前次同本こ附付別']);
const BEGINS = new RegExp(`第${SP}[${NUMBER_CHARS}]|前(?:各|${COUNT}|[条項号])|[次同本][条項号]|この[条項号]|[附付]${SP}則|別表`, 'uy');

/** The branch number as written (の２), beside the part whose `num.branch` holds its value. */
const BRANCH_WRITTEN = new WeakMap<ReferencePart, string>();

/** A cursor over a sentence; every reader advances it on success and leaves it on failure. */
class Cursor {
  constructor(
    readonly text: string,
    public at: number,
  ) {}

  /** Matches a sticky pattern here; advances past it. */
  read(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.at;
    const m = pattern.exec(this.text);
    if (m) this.at += m[0].length;
    return m;
  }
}

function written(text: string): Num | null {
  const value = parseNumber(text);
  return value === null ? null : { value, written: text };
}

function part(level: Level, pointer: Pointer, num: Num | null = null, count: number | null = null): ReferencePart {
  return { level, pointer, num, count };
}

function readArticle(c: Cursor): ReferencePart | null {
  const named = c.read(NAMED_ARTICLE);
  if (named) {
    const num = written(named.groups?.['num'] ?? '');
    const branchText = named.groups?.['branch'];
    const branch = branchText === undefined ? null : parseNumber(branchText);
    if (!num || (branchText !== undefined && branch === null)) return null;
    const article = part('article', 'named', branch === null ? num : { ...num, branch });
    if (branchText !== undefined) BRANCH_WRITTEN.set(article, branchText);
    return article;
  }
  for (const [word, pointer] of WORDS.article) if (c.read(word)) return part('article', pointer);
  return null;
}

function readLevel(c: Cursor, level: 'paragraph' | 'item', first: boolean): ReferencePart | null {
  const named = c.read(level === 'paragraph' ? NAMED_PARAGRAPH : NAMED_ITEM);
  if (named) {
    const num = written(named.groups?.['num'] ?? '');
    return num && part(level, 'named', num);
  }
  const start = c.at;
  const counted = c.read(PREV_COUNT);
  if (counted) {
    if ((counted.groups?.['unit'] === '項') === (level === 'paragraph')) {
      return part(level, 'prev-count', null, parseNumber(counted.groups?.['count'] ?? '') ?? 2);
    }
    c.at = start;
  }
  for (const [word, pointer] of WORDS[level]) {
    if (pointer === 'each' && first) continue;
    if (c.read(word)) return part(level, pointer);
  }
  return null;
}

/** A pointer: the parts from the outermost level down, and the caption after its article. */
function readPointer(c: Cursor): { parts: ReferencePart[]; caption: string | null } | null {
  const parts: ReferencePart[] = [];
  let caption: string | null = null;
  if (c.read(SUPPL)) parts.push(part('suppl', 'named'));
  else {
    const appendix = c.read(APPENDIX);
    if (appendix) {
      const n = appendix.groups?.['num'];
      return { parts: [part('appendix', 'named', n === undefined ? null : written(n))], caption: null };
    }
    const article = readArticle(c);
    if (article) {
      parts.push(article);
      const save = c.at;
      const bracket = c.read(CAPTION);
      if (bracket && !/を除く。?[）)]$/u.test(bracket[0])) caption = bracket[0];
      else c.at = save;
    }
  }
  const paragraph = readLevel(c, 'paragraph', parts.length === 0);
  if (paragraph) parts.push(paragraph);
  const item = readLevel(c, 'item', parts.length === 0);
  if (item) parts.push(item);
  return parts.length ? { parts, caption } : null;
}

function readRange(c: Cursor): ReferencePart[] | null {
  const start = c.at;
  const from = c.read(RANGE_FROM);
  if (!from && !c.read(RANGE_SIGN)) return null;
  const end = readPointer(c);
  if (end && (c.read(RANGE_END) || !from)) return end.parts;
  c.at = start;
  return null;
}

function readExclusion(c: Cursor): ReferencePart[][] {
  const start = c.at;
  if (!c.read(EXCLUSION_OPEN)) return [];
  const excluded: ReferencePart[][] = [];
  for (;;) {
    const pointer = readPointer(c);
    if (!pointer) break;
    excluded.push(pointer.parts);
    if (!c.read(EXCLUSION_JOIN)) break;
  }
  if (excluded.length && c.read(EXCLUSION_CLOSE)) return excluded;
  c.at = start;
  return [];
}

/**
 * Parses the reference starting at `at`, if one does.
 * @param sentence the clause's sentence
 * @param at the offset to read from
 */
export function parseReferenceAt(sentence: string, at: number): ParsedReference | null {
  if (!STARTS.has(sentence[at] ?? '')) return null;
  BEGINS.lastIndex = at;
  if (!BEGINS.test(sentence)) return null;
  const c = new Cursor(sentence, at);
  const pointer = readPointer(c);
  if (!pointer) return null;
  const through = readRange(c);
  const excluding = readExclusion(c);
  return { start: at, end: c.at, parts: pointer.parts, caption: pointer.caption, through, excluding };
}

/** Every reference of a sentence, in text order, without overlaps. */
export function parseReferences(sentence: string): ParsedReference[] {
  const found: ParsedReference[] = [];
  for (let at = 0; at < sentence.length; at++) {
    const ref = parseReferenceAt(sentence, at);
    if (!ref) continue;
    found.push(ref);
    at = ref.end - 1;
  }
  return found;
}

/** The numbers a reference writes, as written, in text order (第３条の２第１項 → ３, ２, １), for style checks. */
export function writtenNumbers(ref: Pick<ParsedReference, 'parts' | 'through' | 'excluding'>): Num[] {
  const out: Num[] = [];
  for (const p of [...ref.parts, ...(ref.through ?? []), ...ref.excluding.flat()]) {
    if (!p.num) continue;
    out.push({ value: p.num.value, written: p.num.written });
    if (p.num.branch !== undefined) out.push({ value: p.num.branch, written: BRANCH_WRITTEN.get(p) ?? String(p.num.branch) });
  }
  return out;
}
