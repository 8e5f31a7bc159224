/**
 * `YYYY-MM-DD` calendar dates in Japan as plain strings.
 *
 * A date-only value in the terms is a day on the Japanese calendar, not an instant: it is never
 * converted through `Date` or UTC, so the machine's time zone cannot shift it by a day.
 */

import { fromDayNumber, isValidCivil, toDayNumber, type CivilDate } from './civil.js';

/** A `YYYY-MM-DD` calendar date in Japan (Asia/Tokyo), e.g. `2026-04-15`. */
export type IsoDate = string;

const MIN_YEAR = 0;
const MAX_YEAR = 9999;

/**
 * Reads a `YYYY-MM-DD` string into its three numbers.
 *
 * @param s - the candidate string.
 * @returns `{ year, month, day }`, or null when `s` is not exactly `YYYY-MM-DD` or names a day that
 *   does not exist (2026-02-30, 2025-02-29, 2026-13-01).
 */
export function parseIsoDate(s: string): CivilDate | null {
  const key = isoDateKey(s);
  if (key < 0) return null;
  const date = { year: Math.floor(key / 10000), month: Math.floor(key / 100) % 100, day: key % 100 };
  return isValidCivil(date) ? date : null;
}

/**
 * A `YYYY-MM-DD` string as one integer, YYYYMMDD, read character by character: callers that look dates
 * up by the million (the checker's caches) hash a small integer instead of a string.
 *
 * @param s - the candidate string.
 * @returns YYYYMMDD when `s` is four digits, `-`, two digits, `-`, two digits (whether or not the day
 *   exists: `2026-02-30` gives 20260230), else -1. Four-digit years only: ISO 8601 needs an agreement
 *   for expanded years, and none of the terms' dates come anywhere near year 10000.
 */
export function isoDateKey(s: string): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d) return -1;
  let key = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = s.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    key = key * 10 + digit;
  }
  return key;
}

/**
 * Whether a string is a real calendar date in `YYYY-MM-DD` form.
 *
 * @param s - the candidate string.
 * @returns true for `2028-02-29`, false for `2025-02-29`, `2026-02-30`, `2026-4-1` or `20260401`.
 */
export function isIsoDate(s: string): boolean {
  return parseIsoDate(s) !== null;
}

/**
 * Writes a calendar date as `YYYY-MM-DD`.
 *
 * @param date - a real calendar date with a year from 0 to 9999.
 * @returns the zero-padded string, e.g. `2027-01-01`.
 * @throws RangeError when the date does not exist or its year has no four-digit form.
 */
export function formatIsoDate(date: CivilDate): IsoDate {
  if (!isValidCivil(date) || date.year < MIN_YEAR || date.year > MAX_YEAR) {
    throw new RangeError(`not a representable calendar date: ${JSON.stringify(date)}`);
  }
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * Validates an argument that must be an {@link IsoDate}; API misuse, so it throws.
 *
 * @param d - the argument.
 * @param name - the parameter's name, for the error message.
 * @returns the date's day number (days since 1970-01-01).
 * @throws RangeError when `d` is not a real `YYYY-MM-DD` date.
 */
export function dayNumberOf(d: IsoDate, name = 'date'): number {
  const parsed = parseIsoDate(d);
  if (parsed === null) throw new RangeError(`${name} is not a YYYY-MM-DD date: ${String(d)}`);
  return toDayNumber(parsed);
}

/**
 * The date of a day number; the inverse of {@link dayNumberOf}.
 *
 * @param dayNumber - days since 1970-01-01.
 * @returns that day as `YYYY-MM-DD`.
 * @throws RangeError when the day falls outside the years 0000–9999.
 */
export function isoDateOf(dayNumber: number): IsoDate {
  return formatIsoDate(fromDayNumber(dayNumber));
}

/**
 * Moves a date by whole days.
 *
 * @param d - the starting date.
 * @param n - the number of days to add (an integer; negative moves back).
 * @returns the date `n` days after `d`.
 * @throws RangeError for an invalid date, a non-integer `n`, or a result outside 0000–9999.
 */
export function addDays(d: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`n must be an integer: ${String(n)}`);
  return isoDateOf(dayNumberOf(d) + n);
}

/**
 * Orders two dates.
 *
 * @param a - the first date.
 * @param b - the second date.
 * @returns -1 when `a` is earlier than `b`, 0 when they are the same day, 1 when `a` is later.
 * @throws RangeError when either argument is not a real `YYYY-MM-DD` date.
 */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const difference = dayNumberOf(a, 'a') - dayNumberOf(b, 'b');
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/**
 * Orders two dates already known to be real `YYYY-MM-DD` dates, as `compareDates` does, without parsing
 * them: such strings order as their dates do, character by character. For hot loops over validated
 * dates (the checker sorts every contract's events); anything else goes through `compareDates`.
 *
 * @param a - the first date (valid).
 * @param b - the second date (valid).
 * @returns -1, 0 or 1, as `compareDates`.
 */
export function compareValidDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The signed number of days from one date to another.
 *
 * @param a - the earlier date (normally).
 * @param b - the later date (normally).
 * @returns `b − a` in days, so `daysBetween(a, addDays(a, n)) === n`; negative when `b` is before `a`.
 * @throws RangeError when either argument is not a real `YYYY-MM-DD` date.
 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumberOf(b, 'b') - dayNumberOf(a, 'a');
}

/**
 * The day of the week of a date.
 *
 * @param d - the date.
 * @returns 0 for Sunday, 1 for Monday, … 6 for Saturday.
 * @throws RangeError when `d` is not a real `YYYY-MM-DD` date.
 */
export function dayOfWeek(d: IsoDate): number {
  // Day 0 (1970-01-01) was a Thursday; the double modulo keeps earlier (negative) days in 0–6.
  return (((dayNumberOf(d) + 4) % 7) + 7) % 7;
}
