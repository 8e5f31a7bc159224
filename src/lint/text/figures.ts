/**
 * Figures written in the text: durations (２ヶ月, ２ケ月, 2ヵ月, 二箇月, ２ヶ年, 24時間, ７日間), fractions
 * (60分の1), amounts and counts (100円, 5%, 3回), and bare numbers (24で除した). These are what an
 * annotation must agree with; numbers that only name a clause (第15条第１項第８号) or a date are not.
 */
import type { DurationUnit } from '../../period/index.js';
import { parseNumber, toHalfwidthDigits } from '../../numbers/index.js';
import type { LintContext, SentenceClause } from '../context.js';
import { findDates } from './dates.js';

interface FigureBase {
  offset: number;
  length: number;
  /** As written: `２ヶ月`, `60分の1`, `24`. */
  written: string;
}

/** One figure of the text. */
export type Figure =
  | (FigureBase & { kind: 'duration'; n: number; unit: DurationUnit })
  | (FigureBase & { kind: 'fraction'; numerator: number; denominator: number })
  | (FigureBase & { kind: 'amount'; n: number; unit: string })
  | (FigureBase & { kind: 'number'; n: number });

const DIGITS = '[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?';
const KANJI = '[〇一二三四五六七八九十百千]+';
const SPACE = '[ 　]?';
const FRACTION = new RegExp(`^${SPACE}分の${SPACE}(${DIGITS}|${KANJI})`, 'u');

/** Units after a number; `kanji` says whether a 漢数字 before it makes a figure (一部 and 十分 do not). */
const UNITS: Array<{ pattern: RegExp; unit: DurationUnit | string; duration: boolean; kanji: boolean }> = [
  { pattern: /^[ 　]?[ヶケヵカか箇個]月間?/u, unit: 'months', duration: true, kanji: true },
  { pattern: /^[ 　]?[ヶケヵカか箇個]?年間?/u, unit: 'years', duration: true, kanji: true },
  { pattern: /^[ 　]?週間/u, unit: 'weeks', duration: true, kanji: true },
  { pattern: /^[ 　]?営業日/u, unit: '営業日', duration: false, kanji: true },
  { pattern: /^[ 　]?日間/u, unit: 'days', duration: true, kanji: true },
  { pattern: /^[ 　]?日/u, unit: 'days', duration: true, kanji: false },
  { pattern: /^[ 　]?時間/u, unit: 'hours', duration: true, kanji: true },
  { pattern: /^[ 　]?分間/u, unit: 'minutes', duration: true, kanji: true },
  { pattern: /^[ 　]?分/u, unit: 'minutes', duration: true, kanji: false },
  { pattern: /^[ 　]?円/u, unit: '円', duration: false, kanji: true },
  { pattern: /^[ 　]?(?:[%％]|パーセント)/u, unit: '%', duration: false, kanji: false },
  { pattern: /^[ 　]?(?:回|件|名|人|倍)/u, unit: '', duration: false, kanji: false },
];

function value(written: string): number | null {
  const half = toHalfwidthDigits(written).replace(/[,，]/gu, '').replace('．', '.');
  return /^[0-9]+(?:\.[0-9]+)?$/u.test(half) ? Number(half) : parseNumber(written);
}

/**
 * The figures of a text, skipping numbers that start inside a masked range.
 * @param text a clause's sentence
 * @param masked `[start, end)` ranges to skip (references, dates)
 */
export function findFigures(text: string, masked: ReadonlyArray<readonly [number, number]> = []): Figure[] {
  const out: Figure[] = [];
  const isMasked = (i: number) => masked.some(([s, e]) => i >= s && i < e);
  const re = new RegExp(`${DIGITS}|${KANJI}`, 'gu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const offset = m.index;
    const n = value(m[0]);
    if (isMasked(offset) || n === null) continue;
    const kanji = !/[0-9０-９]/u.test(m[0]);
    const rest = text.slice(offset + m[0].length);
    const fraction = FRACTION.exec(rest);
    const numerator = fraction ? value(fraction[1] as string) : null;
    if (fraction && numerator !== null) {
      const length = m[0].length + fraction[0].length;
      out.push({ kind: 'fraction', numerator, denominator: n, offset, length, written: text.slice(offset, offset + length) });
      re.lastIndex = offset + length;
      continue;
    }
    const unit = UNITS.find((u) => (!kanji || u.kanji) && u.pattern.test(rest));
    const unitText = unit ? ((unit.pattern.exec(rest) as RegExpExecArray)[0]) : '';
    // 翌月10日, 2027年1月1日: a day of a month is a date, not a period.
    if (unit?.unit === 'days' && /[月年][ 　]?$/u.test(text.slice(0, offset))) continue;
    const base = { offset, length: m[0].length + unitText.length, written: m[0] + unitText };
    if (unit?.duration) out.push({ ...base, kind: 'duration', n, unit: unit.unit as DurationUnit });
    else if (unit) out.push({ ...base, kind: 'amount', n, unit: unit.unit });
    else if (!kanji) out.push({ ...base, kind: 'number', n });
  }
  return out;
}

/** 第N条, 第M項, 第K号, 第N章, 第N条のM: numbers that name a part of a document, not a figure. */
const PART_NUMBER = /第[0-9０-９〇一二三四五六七八九十百千]+(?:条(?:の[0-9０-９〇一二三四五六七八九十]+)?|項|号|章)/gu;

/**
 * The figures of a clause's own sentence, without the numbers of its references (as the compiler
 * found them), of any other 第N条-style designation, and of its dates.
 * @param clause the clause
 * @param context the lint context (for the clause's references)
 */
export function figuresOf(clause: SentenceClause, context: LintContext): Figure[] {
  const text = clause.sentence;
  const masked: Array<[number, number]> = context.referencesIn(clause.id).map((r) => [r.offset, r.offset + r.text.length]);
  for (const m of text.matchAll(PART_NUMBER)) masked.push([m.index, m.index + m[0].length]);
  for (const d of findDates(text)) masked.push([d.offset, d.offset + d.length]);
  return findFigures(text, masked);
}
