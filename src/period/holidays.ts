/**
 * Japanese national holidays (国民の祝日に関する法律), for reporting only.
 *
 * periods.md: a deadline on a Sunday or holiday does not move (民法142条 needs a custom the terms
 * do not establish), but telling the reader that a deadline falls on a holiday is useful. So this
 * file answers "is this a holiday, and which" and nothing in the period rules consults it.
 *
 * The equinox days are fixed each February for the next year by a notice in the 官報; for other
 * years this uses the standard approximation, which agrees with every notice published so far.
 */

import { addDays, dayOfWeek, formatIsoDate, parseIsoDate, type IsoDate } from './iso-date.js';

/** The first year this module knows the law for. */
export const FIRST_HOLIDAY_YEAR = 1990;
/** The last year the equinox formula used here is published for. */
export const LAST_HOLIDAY_YEAR = 2150;

/** A holiday: its date and its name as the law or the 官報 gives it. */
export interface JapaneseHoliday {
  readonly date: IsoDate;
  readonly name: string;
}

// 2007-01-01: the amendment that changed substitute holidays and the "sandwiched day" rule
// (and made 4/29 昭和の日, 5/4 みどりの日).
const REFORM_2007 = 2007;

const SUBSTITUTE = '振替休日';
const CITIZENS = '国民の休日';

/**
 * Days made holidays by special laws. Each law says the day counts as a 国民の祝日 for the
 * substitute and sandwiched-day rules, which is what makes 2019-04-30 and 2019-05-02 holidays.
 */
const ONE_OFF: Readonly<Record<IsoDate, string>> = {
  '1990-11-12': '即位礼正殿の儀',
  '1993-06-09': '結婚の儀',
  '2019-05-01': '天皇の即位の日',
  '2019-10-22': '即位礼正殿の儀',
};

/**
 * Day of month of the spring (month 3) or autumn (month 9) equinox day in `year`.
 *
 * The usual formula is floor(base + 0.242194 (y − 1980) − floor((y − 1980) / 4)); it is computed
 * in millionths so that no floating-point rounding can land on the wrong day.
 */
function equinoxDay(year: number, month: 3 | 9): number {
  const early = year < 2100;
  const base = month === 3 ? (early ? 20_843_100 : 21_851_000) : early ? 23_248_800 : 24_248_800;
  const elapsed = year - 1980;
  return Math.floor((base + 242_194 * elapsed) / 1_000_000) - Math.floor(elapsed / 4);
}

/** Day of month of the `nth` Monday of a month (ハッピーマンデー制度). */
function nthMonday(year: number, month: number, nth: number): number {
  const firstWeekday = dayOfWeek(formatIsoDate({ year, month, day: 1 }));
  const firstMonday = 1 + ((8 - firstWeekday) % 7);
  return firstMonday + 7 * (nth - 1);
}

/** The 国民の祝日 (and days deemed to be one) of a year, before substitutes and sandwiched days. */
function nationalHolidays(year: number): Map<IsoDate, string> {
  const days = new Map<IsoDate, string>();
  const add = (month: number, day: number, name: string): void => {
    days.set(formatIsoDate({ year, month, day }), name);
  };

  add(1, 1, '元日');
  add(1, year < 2000 ? 15 : nthMonday(year, 1, 2), '成人の日');
  add(2, 11, '建国記念の日');
  if (year >= 2020) add(2, 23, '天皇誕生日');
  add(3, equinoxDay(year, 3), '春分の日');
  add(4, 29, year < REFORM_2007 ? 'みどりの日' : '昭和の日');
  add(5, 3, '憲法記念日');
  if (year >= REFORM_2007) add(5, 4, 'みどりの日');
  add(5, 5, 'こどもの日');
  // 2020 and 2021 moved 海の日, スポーツの日 and 山の日 around the Tokyo Olympics.
  if (year === 2020) add(7, 23, '海の日');
  else if (year === 2021) add(7, 22, '海の日');
  else if (year >= 2003) add(7, nthMonday(year, 7, 3), '海の日');
  else if (year >= 1996) add(7, 20, '海の日');
  if (year === 2020) add(8, 10, '山の日');
  else if (year === 2021) add(8, 8, '山の日');
  else if (year >= 2016) add(8, 11, '山の日');
  add(9, year < 2003 ? 15 : nthMonday(year, 9, 3), '敬老の日');
  add(9, equinoxDay(year, 9), '秋分の日');
  if (year < 2000) add(10, 10, '体育の日');
  else if (year < 2020) add(10, nthMonday(year, 10, 2), '体育の日');
  else if (year === 2020) add(7, 24, 'スポーツの日');
  else if (year === 2021) add(7, 23, 'スポーツの日');
  else add(10, nthMonday(year, 10, 2), 'スポーツの日');
  add(11, 3, '文化の日');
  add(11, 23, '勤労感謝の日');
  if (year <= 2018) add(12, 23, '天皇誕生日');

  for (const [date, name] of Object.entries(ONE_OFF)) {
    if (date.startsWith(`${year}-`)) days.set(date, name);
  }
  return days;
}

const cache = new Map<number, readonly JapaneseHoliday[]>();

/**
 * Every holiday of a year: 国民の祝日, 振替休日 (a holiday on a Sunday moves a day off to the next
 * non-holiday) and 国民の休日 (a day between two 国民の祝日).
 *
 * @param year - a year from {@link FIRST_HOLIDAY_YEAR} to {@link LAST_HOLIDAY_YEAR}.
 * @returns the holidays in date order. Ordinary Sundays are not listed.
 * @throws RangeError for a year outside that range.
 */
export function japaneseHolidays(year: number): readonly JapaneseHoliday[] {
  if (!Number.isInteger(year) || year < FIRST_HOLIDAY_YEAR || year > LAST_HOLIDAY_YEAR) {
    throw new RangeError(
      `holidays are known for ${FIRST_HOLIDAY_YEAR}–${LAST_HOLIDAY_YEAR} only: ${String(year)}`,
    );
  }
  const cached = cache.get(year);
  if (cached !== undefined) return cached;

  const national = nationalHolidays(year);
  const all = new Map(national);

  for (const date of [...national.keys()].sort()) {
    if (dayOfWeek(date) !== 0) continue;
    // Since 2007 the substitute is the first following day that is not itself a 国民の祝日
    // (5/3 on a Sunday gives 5/6). Before, the law said "the next day", but from 1990 to 2006 the
    // Monday after a Sunday holiday was never a 国民の祝日, so one rule gives both.
    let substitute = addDays(date, 1);
    while (national.has(substitute)) substitute = addDays(substitute, 1);
    all.set(substitute, SUBSTITUTE);
  }

  for (const date of [...national.keys()].sort()) {
    const candidate = addDays(date, 1);
    if (!national.has(addDays(date, 2)) || national.has(candidate)) continue;
    // Before 2007 a sandwiched Sunday or substitute holiday did not also become 国民の休日.
    if (year < REFORM_2007 && (dayOfWeek(candidate) === 0 || all.has(candidate))) continue;
    if (!all.has(candidate)) all.set(candidate, CITIZENS);
  }

  // No rule reaches past 31 December today; the filter keeps a future law change from leaking a
  // day of the next year into this one.
  const list = [...all.entries()]
    .filter(([date]) => date.startsWith(`${year}-`))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, name]) => Object.freeze({ date, name }));
  // Frozen because the same array is handed to every caller from the cache.
  Object.freeze(list);
  cache.set(year, list);
  return list;
}

/**
 * The holiday a date is, if any.
 *
 * @param date - a `YYYY-MM-DD` date in a year from {@link FIRST_HOLIDAY_YEAR} to
 *   {@link LAST_HOLIDAY_YEAR}.
 * @returns the holiday's name (`元日`, `振替休日`, `国民の休日`, …), or null for a day that is not a
 *   holiday; an ordinary Sunday is null too.
 * @throws RangeError for an invalid date or a year outside that range.
 */
export function isJapaneseHoliday(date: IsoDate): string | null {
  const parsed = parseIsoDate(date);
  if (parsed === null) throw new RangeError(`not a YYYY-MM-DD date: ${String(date)}`);
  return japaneseHolidays(parsed.year).find((holiday) => holiday.date === date)?.name ?? null;
}
