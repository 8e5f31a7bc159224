/**
 * Dates written in the text: `2018年（平成30年）4月20日` (西暦 with 和暦), `平成19年６月19日` (和暦 alone),
 * `2027年1月1日`; digits 全角 or 半角, spaces allowed between the parts (the 2018 付則 has them).
 */
import { parseNumber } from '../../numbers/index.js';

/** A date as written, its parts read as numbers. */
export interface WrittenDate {
  offset: number;
  length: number;
  written: string;
  /** The 西暦 year, or null when only the 和暦 is written. */
  year: number | null;
  /** The era and era year (1 for 元年), or null when only the 西暦 is written. */
  era: string | null;
  eraYear: number | null;
  month: number;
  day: number;
}

const ERA = '明治|大正|昭和|平成|令和';
const N = '[0-9０-９]+|[〇一二三四五六七八九十]+';
const S = '[ 　]*';
const DATE = new RegExp(
  `(?:(?<year>[0-9０-９]{4})${S}年(?:${S}[（(]${S}(?<era1>${ERA})${S}(?<eraYear1>${N}|元)${S}年${S}[）)])?|(?<era2>${ERA})${S}(?<eraYear2>${N}|元)${S}年)` +
    `${S}(?<month>${N})${S}月${S}(?<day>${N})${S}日`,
  'gu',
);

/**
 * Every date written in a text, in order.
 * @param text a clause's sentence
 */
export function findDates(text: string): WrittenDate[] {
  const out: WrittenDate[] = [];
  for (const m of text.matchAll(DATE)) {
    const g = m.groups ?? {};
    const era = g['era1'] ?? g['era2'] ?? null;
    const eraYearText = g['eraYear1'] ?? g['eraYear2'];
    const month = parseNumber(g['month'] ?? '');
    const day = parseNumber(g['day'] ?? '');
    if (month === null || day === null) continue;
    out.push({
      offset: m.index,
      length: m[0].length,
      written: m[0],
      year: g['year'] === undefined ? null : parseNumber(g['year']),
      era,
      eraYear: eraYearText === undefined ? null : eraYearText === '元' ? 1 : parseNumber(eraYearText),
      month,
      day,
    });
  }
  return out;
}
