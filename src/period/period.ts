/**
 * The end of a period under 民法 第140条・第141条・第143条 (periods.md, "The two primitives").
 */

import { fromDayNumber, lastDayOfMonth, toDayNumber } from './civil.js';
import { addDays, dayNumberOf, formatIsoDate, isoDateOf, type IsoDate } from './iso-date.js';

/** The calendar units a period in the terms is stated in (日・週・月・年). */
export type PeriodUnit = 'days' | 'weeks' | 'months' | 'years';

/**
 * Whether the day a period runs from is counted: `exclude` is 民法140条's 初日不算入 (the default);
 * `include` is for a period that starts at 00:00 or that the terms say is counted (起算して).
 */
export type FirstDay = 'exclude' | 'include';

const PERIOD_UNITS: readonly string[] = ['days', 'weeks', 'months', 'years'];

/**
 * Checks the arguments every period function shares; wrong ones are API misuse, so they throw.
 *
 * @param n - the number of units; must be a non-negative safe integer.
 * @param unit - must be one of {@link PeriodUnit}.
 * @throws RangeError when either is invalid.
 */
export function assertPeriod(n: number, unit: PeriodUnit): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`n must be a non-negative integer: ${String(n)}`);
  }
  if (!PERIOD_UNITS.includes(unit)) throw new RangeError(`unknown period unit: ${String(unit)}`);
}

/**
 * The last day of a period of `n` days, weeks, months or years that runs from `from`.
 *
 * Weeks, months and years follow the calendar (143条1): a period that does not start at the
 * beginning of a month ends the day before the corresponding day (応当日) of the last month, or on
 * that month's last day when it has no such day (143条2). The period ends at the end of the returned
 * day (141条). Holidays never move it (142条 needs a custom the terms do not establish).
 *
 * `n = 0` is an empty period: it ends the day before its first counted day, i.e. on `from` itself
 * when the first day is excluded and on `from − 1 day` when it is included. That keeps
 * `periodEnd(from, n) + 1 day` the start of whatever follows for every `n`, and makes a zero-length
 * notice requirement mean "no later than the last allowed day".
 *
 * @param from - the date the period runs from (the day of the notice, the formation, the due date…).
 * @param n - the number of units, a non-negative integer.
 * @param unit - `days`, `weeks`, `months` or `years`.
 * @param firstDay - `exclude` (default, 初日不算入) counts from the next day; `include` counts `from`.
 * @returns the period's last day, e.g. `periodEnd('2026-11-30', 2, 'months')` is `2027-01-31`.
 * @throws RangeError for an invalid date, `n`, unit or `firstDay`, or a result past 9999-12-31.
 */
export function periodEnd(
  from: IsoDate,
  n: number,
  unit: PeriodUnit,
  firstDay: FirstDay = 'exclude',
): IsoDate {
  assertPeriod(n, unit);
  if (firstDay !== 'exclude' && firstDay !== 'include') {
    throw new RangeError(`firstDay must be 'exclude' or 'include': ${String(firstDay)}`);
  }
  const firstCounted = dayNumberOf(from, 'from') + (firstDay === 'exclude' ? 1 : 0);
  switch (unit) {
    case 'days':
      return isoDateOf(firstCounted + n - 1);
    case 'weeks':
      return isoDateOf(firstCounted + 7 * n - 1);
    case 'months':
      return calendarMonthsEnd(firstCounted, n);
    case 'years':
      // 143条 counts a year by the calendar: the same day twelve months on, leap days included.
      return calendarMonthsEnd(firstCounted, 12 * n);
  }
}

/**
 * The end of a period of `months` calendar months whose first counted day is `firstCounted`.
 */
function calendarMonthsEnd(firstCounted: number, months: number): IsoDate {
  const start = fromDayNumber(firstCounted);
  // Months as a single count since year 0 so that adding never needs a carry loop.
  const target = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(target / 12);
  const month = (target % 12) + 1;
  if (year > 9999) throw new RangeError('the period ends after 9999-12-31');
  const last = lastDayOfMonth(year, month);
  if (start.day > last) {
    // No 応当日 in the last month (e.g. no 02-31): the period ends on that month's last day.
    return formatIsoDate({ year, month, day: last });
  }
  // The day before the 応当日. A start on the 1st lands on the previous month's last day, which is
  // what 143条1 gives for a period that starts at the beginning of a month.
  return isoDateOf(toDayNumber({ year, month, day: start.day }) - 1);
}

/**
 * The first day on which something that "arises after a period has passed" holds
 * (１ケ月以上経過しても, ７日間経過後): the day after the period that runs from `from`, first day
 * excluded.
 *
 * @param from - the date the period runs from (e.g. the due date, the day of the violation).
 * @param n - the number of units, a non-negative integer (0 gives the day after `from`).
 * @param unit - `days`, `weeks`, `months` or `years`.
 * @returns `periodEnd(from, n, unit, 'exclude') + 1 day`, e.g. fee due 2026-03-10, one month →
 *   2026-04-11.
 * @throws RangeError for invalid arguments.
 */
export function arisesAfter(from: IsoDate, n: number, unit: PeriodUnit): IsoDate {
  return addDays(periodEnd(from, n, unit, 'exclude'), 1);
}
