/**
 * The Japanese calendar (和暦): era and era year of a date, and dates written the Japanese way.
 *
 * The era of a date comes from ICU through `Intl.DateTimeFormat` with the Japanese calendar, so a
 * future era is picked up from the runtime's data; the instant formatted is UTC midnight of the
 * date and the formatter's time zone is UTC, so the machine's time zone cannot move it to another
 * day (and across an era boundary such as 2019-04-30/05-01).
 */

import { parseIsoDate, type IsoDate } from './iso-date.js';

/** The eras since Japan adopted the Gregorian calendar. */
export type Era = '明治' | '大正' | '昭和' | '平成' | '令和';

/** An era and a year in it; `year` 1 is the era's first year (元年). */
export interface Wareki {
  readonly era: Era;
  readonly year: number;
}

/**
 * Gregorian year in which each era's first year (元年) fell, and the era's last year number
 * (null while the era lasts). 明治元年 is 1868 although Japan used the Gregorian calendar only from
 * 明治6年 (1873); the year correspondence is the conventional one.
 */
const ERAS: Readonly<Record<Era, { readonly firstYear: number; readonly lastEraYear: number | null }>> = {
  明治: { firstYear: 1868, lastEraYear: 45 },
  大正: { firstYear: 1912, lastEraYear: 15 },
  昭和: { firstYear: 1926, lastEraYear: 64 },
  平成: { firstYear: 1989, lastEraYear: 31 },
  令和: { firstYear: 2019, lastEraYear: null },
};

// 明治6年1月1日: the first day of the Gregorian calendar in Japan. Earlier Gregorian dates have no
// Japanese-calendar date that a document could have used.
const FIRST_GREGORIAN_DAY = { year: 1873, month: 1, day: 1 };

let formatter: Intl.DateTimeFormat | undefined;

function japaneseCalendar(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
    timeZone: 'UTC',
    era: 'long',
    year: 'numeric',
  });
  return formatter;
}

function isEra(s: string): s is Era {
  return Object.hasOwn(ERAS, s);
}

function parseDate(date: IsoDate): { year: number; month: number; day: number } {
  const parsed = parseIsoDate(date);
  if (parsed === null) throw new RangeError(`not a YYYY-MM-DD date: ${String(date)}`);
  return parsed;
}

/**
 * The era and era year of a date.
 *
 * @param date - a `YYYY-MM-DD` date from 1873-01-01 (明治6年) on.
 * @returns e.g. `{ era: '平成', year: 31 }` for 2019-04-30 and `{ era: '令和', year: 1 }` for
 *   2019-05-01.
 * @throws RangeError for an invalid date or one before 1873-01-01; Error when the runtime's ICU
 *   data names an era this module does not know (a new era needs a code change anyway, because
 *   {@link warekiToGregorianYear} must learn it too).
 */
export function toWareki(date: IsoDate): Wareki {
  const { year, month, day } = parseDate(date);
  if (
    year * 10000 + month * 100 + day <
    FIRST_GREGORIAN_DAY.year * 10000 + FIRST_GREGORIAN_DAY.month * 100 + FIRST_GREGORIAN_DAY.day
  ) {
    throw new RangeError(`no Japanese-calendar date before 1873-01-01: ${date}`);
  }
  // `month - 1` is Date.UTC's zero-based month index, not arithmetic on the date.
  const parts = japaneseCalendar().formatToParts(Date.UTC(year, month - 1, day));
  const era = parts.find((part) => part.type === 'era')?.value ?? '';
  const eraYearText = parts.find((part) => part.type === 'year')?.value ?? '';
  // ICU writes the first year of an era as 元 rather than 1.
  const eraYear = eraYearText === '元' ? 1 : Number(eraYearText);
  if (!isEra(era) || !Number.isInteger(eraYear) || eraYear < 1) {
    throw new Error(`unexpected Japanese calendar data for ${date}: ${era}${eraYearText}年`);
  }
  return { era, year: eraYear };
}

/**
 * Writes an era year the way Japanese documents do.
 *
 * @param wareki - an era and a year in it.
 * @returns `令和9年`, and `令和元年` (not `令和1年`) for an era's first year.
 */
export function formatWareki(wareki: Wareki): string {
  return wareki.year === 1 ? `${wareki.era}元年` : `${wareki.era}${wareki.year}年`;
}

/**
 * Writes a date with its Gregorian year and, in parentheses, its era year, the form the terms use.
 *
 * @param date - a `YYYY-MM-DD` date from 1873-01-01 on.
 * @returns e.g. `2027年（令和9年）1月1日`; an era's first year is `元年`:
 *   `2019年（令和元年）5月1日`. Month and day have no leading zero; the parentheses are full-width.
 * @throws RangeError for an invalid date or one before 1873-01-01.
 */
export function formatDateJa(date: IsoDate): string {
  const { year, month, day } = parseDate(date);
  return `${year}年（${formatWareki(toWareki(date))}）${month}月${day}日`;
}

/**
 * Writes a date with its Gregorian year only.
 *
 * @param date - a `YYYY-MM-DD` date.
 * @returns e.g. `2027年1月1日` (no leading zeros).
 * @throws RangeError for an invalid date.
 */
export function formatDateJaShort(date: IsoDate): string {
  const { year, month, day } = parseDate(date);
  return `${year}年${month}月${day}日`;
}

/**
 * The Gregorian year of an era year, to check texts like `2018 年（平成 28 年）` (wrong: 平成28年
 * is 2016).
 *
 * @param era - an era name as written (`明治`, `大正`, `昭和`, `平成`, `令和`).
 * @param year - the era year, an integer from 1, or `'元'` for the first year.
 * @returns the Gregorian year (平成, 28 → 2016; 令和, '元' → 2019), or null for an unknown era, a
 *   year below 1 or not an integer, or a year the era never reached (平成32, 昭和65).
 */
export function warekiToGregorianYear(era: string, year: number | '元'): number | null {
  if (!isEra(era)) return null;
  const eraYear = year === '元' ? 1 : year;
  const { firstYear, lastEraYear } = ERAS[era];
  if (!Number.isSafeInteger(eraYear) || eraYear < 1) return null;
  if (lastEraYear !== null && eraYear > lastEraYear) return null;
  return firstYear + eraYear - 1;
}
