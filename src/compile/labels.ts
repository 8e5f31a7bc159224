import { NUMBER_CHARS, parseCircled, parseIroha, parseNumber } from '../numbers/index.js';

/** A label written at the start of a clause's text, and the number it stands for. */
export interface WrittenLabel {
  /** The label exactly as written, trailing spaces included (`（１） `). */
  written: string;
  /** The number as written inside the label (`9`, `２`, `イ`). */
  number: string;
  value: number;
}

const PARAGRAPH = new RegExp(`^(([${NUMBER_CHARS}]+)[．.])[ 　]*`, 'u');
const ITEM = new RegExp(`^([（(]([${NUMBER_CHARS}]+)[）)]|([⑴-⒇①-⑳]))[ 　]*`, 'u');
const SUBITEM = /^([（(]([ア-ン])[）)]|([イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス])[ 　])[ 　]*/u;

function read(m: RegExpExecArray | null, value: (s: string) => number | null): WrittenLabel | null {
  if (!m) return null;
  const number = m[2] ?? m[3] ?? '';
  const n = m[3] && parseCircled(m[3]) !== null ? parseCircled(m[3]) : value(number);
  return n === null ? null : { written: m[0], number, value: n };
}

/** An explicit 項 label at the start of a sentence (`2．`), or null. */
export function readParagraphLabel(sentence: string): WrittenLabel | null {
  return read(PARAGRAPH.exec(sentence), parseNumber);
}

/** An explicit 号 label at the start of a sentence (`（9）`, `⑴`), or null. */
export function readItemLabel(sentence: string): WrittenLabel | null {
  return read(ITEM.exec(sentence), parseNumber);
}

/** An explicit sub-item label (`（イ）`, `イ　`), or null. */
export function readSubitemLabel(sentence: string): WrittenLabel | null {
  const m = SUBITEM.exec(sentence);
  if (!m) return null;
  const number = (m[2] ?? m[3] ?? '').trim();
  const value = parseIroha(number);
  return value === null ? null : { written: m[0], number, value };
}
