import { parseCircled, parseIroha, parseNumber } from '../numbers/index.js';
import { LEVELS, type LevelName } from '../ruleset/levels.js';

/** A label written at the start of a clause's text, and the number it stands for. */
export interface WrittenLabel {
  /** The label exactly as written, trailing spaces included (`（１） `). */
  written: string;
  /** The number as written inside the label (`9`, `２`, `イ`). */
  number: string;
  value: number;
}

function read(m: RegExpExecArray | null, value: (s: string) => number | null): WrittenLabel | null {
  if (!m) return null;
  const number = m[2] ?? m[3] ?? '';
  const n = m[3] && parseCircled(m[3]) !== null ? parseCircled(m[3]) : value(number);
  return n === null ? null : { written: m[0], number, value: n };
}

/** An explicit 項 label at the start of a sentence (`2．`), or null. */
export function readParagraphLabel(sentence: string): WrittenLabel | null {
  return read(LEVELS[0].label.exec(sentence), parseNumber);
}

/** An explicit 号 label at the start of a sentence (`（9）`, `⑴`), or null. */
export function readItemLabel(sentence: string): WrittenLabel | null {
  return read(LEVELS[1].label.exec(sentence), parseNumber);
}

/** An explicit sub-item label (`（イ）`, `イ　`), or null. */
export function readSubitemLabel(sentence: string): WrittenLabel | null {
  const m = LEVELS[2].label.exec(sentence);
  if (!m) return null;
  const number = (m[2] ?? m[3] ?? '').trim();
  const value = parseIroha(number);
  return value === null ? null : { written: m[0], number, value };
}

/** The label reader of a level. */
export function readLabel(level: LevelName, sentence: string): WrittenLabel | null {
  return level === 'paragraph' ? readParagraphLabel(sentence) : level === 'item' ? readItemLabel(sentence) : readSubitemLabel(sentence);
}
