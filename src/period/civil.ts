/**
 * Integer calendar arithmetic on the proleptic Gregorian calendar.
 *
 * Every date computation in this module goes through a day number (days since 1970-01-01), so no
 * result can depend on the machine's time zone or on `Date`'s month rollover rules: a calendar date
 * in Japan is treated as a plain (year, month, day) triple, never as an instant.
 */

/** A calendar date as three integers; `month` is 1–12 and `day` is 1–31. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Whether a Gregorian year has a 29 February.
 *
 * @param year - a Gregorian year (any integer).
 * @returns true when the year is a leap year.
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of the last day of a month (28–31), i.e. the month's length.
 *
 * @param year - a Gregorian year.
 * @param month - a month number, 1 (January) to 12 (December).
 * @returns the last day of that month, e.g. 29 for (2028, 2).
 * @throws RangeError when `year` is not an integer or `month` is not an integer from 1 to 12.
 */
export function lastDayOfMonth(year: number, month: number): number {
  if (!Number.isSafeInteger(year)) throw new RangeError(`invalid year: ${String(year)}`);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`invalid month: ${String(month)}`);
  }
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  // April, June, September and November have 30 days; all other months 31.
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether three integers name a real calendar date (no 2026-02-30, no 2025-02-29).
 *
 * @param date - the candidate date.
 * @returns true when year is an integer, month is 1–12 and day is within that month.
 */
export function isValidCivil(date: CivilDate): boolean {
  const { year, month, day } = date;
  if (!Number.isSafeInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= lastDayOfMonth(year, month);
}

/**
 * Converts a calendar date to a day number (days since 1970-01-01, negative before it).
 *
 * This is Howard Hinnant's `days_from_civil`: counting from 1 March makes the leap day the last
 * day of the (shifted) year, so month lengths follow a fixed pattern and no table is needed.
 *
 * @param date - a valid calendar date (not checked: callers validate first).
 * @returns the day number; 0 for 1970-01-01.
 */
export function toDayNumber(date: CivilDate): number {
  const { month, day } = date;
  const year = month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Converts a day number back to a calendar date; the inverse of {@link toDayNumber}.
 *
 * @param dayNumber - days since 1970-01-01 (an integer).
 * @returns the calendar date of that day.
 */
export function fromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}
