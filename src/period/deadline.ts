/**
 * Notice periods: whether a notice leaves the required period before an event, the latest timely
 * notice, and the earliest event a notice can announce (periods.md, `timely`).
 */

import { fromDayNumber, lastDayOfMonth, toDayNumber } from './civil.js';
import { compareDates, dayNumberOf, isoDateOf, type IsoDate } from './iso-date.js';
import { assertPeriod, periodEnd, type FirstDay, type PeriodUnit } from './period.js';

/**
 * When in its day an event takes effect: `start-of-day` (00:00, e.g. new terms apply from the
 * effective date, a service is withdrawn from the discontinuation date) or `end-of-day` (24:00,
 * e.g. a term expires at the end of its last day, a cancellation takes effect on the desired date).
 */
export type EventAnchor = 'start-of-day' | 'end-of-day';

function assertAnchor(anchor: EventAnchor): void {
  if (anchor !== 'start-of-day' && anchor !== 'end-of-day') {
    throw new RangeError(`anchor must be 'start-of-day' or 'end-of-day': ${String(anchor)}`);
  }
}

/**
 * The last day the required period may end on for an event on `eventDate` (the table in periods.md).
 *
 * @param eventDate - the day of the event (effective date, term's last day, desired end date…).
 * @param anchor - `start-of-day` when the event happens at 00:00 of `eventDate`, so the whole period
 *   must be over by the end of the day before; `end-of-day` when it happens at the end of the day.
 * @returns `eventDate − 1 day` for `start-of-day`, `eventDate` for `end-of-day`.
 * @throws RangeError for an invalid date or anchor.
 */
export function lastDayAllowed(eventDate: IsoDate, anchor: EventAnchor): IsoDate {
  assertAnchor(anchor);
  const day = dayNumberOf(eventDate, 'eventDate');
  return isoDateOf(anchor === 'start-of-day' ? day - 1 : day);
}

/**
 * Whether a notice given on `notice` leaves a period of `n` units before the event.
 *
 * @param notice - the day the notice was given (arrived); its own day is not counted (140条) unless
 *   the terms say it is.
 * @param n - the required period, a non-negative integer number of units.
 * @param unit - `days`, `weeks`, `months` or `years`.
 * @param lastDayAllowed - the last day the period may end on (see {@link lastDayAllowed}).
 * @param firstDay - `exclude` (民法140条) or `include` when the terms count the notice's own day.
 * @returns true when `periodEnd(notice, n, unit, firstDay) <= lastDayAllowed`.
 * @throws RangeError for invalid arguments.
 */
export function timely(
  notice: IsoDate,
  n: number,
  unit: PeriodUnit,
  lastDayAllowed: IsoDate,
  firstDay: FirstDay = 'exclude',
): boolean {
  return compareDates(periodEnd(notice, n, unit, firstDay), lastDayAllowed) <= 0;
}

/**
 * The latest day a notice can be given and still leave the required period: the largest `N` with
 * `timely(N, n, unit, lastDayAllowed)`. Computed in closed form, not by searching.
 *
 * @param n - the required period, a non-negative integer number of units.
 * @param unit - `days`, `weeks`, `months` or `years`.
 * @param lastDayAllowed - the last day the period may end on (see {@link lastDayAllowed}).
 * @param firstDay - `exclude` (民法140条) or `include` when the terms count the notice's own day.
 * @returns the latest timely notice date, e.g. (2, months, 2026-03-31) → 2026-01-31.
 * @throws RangeError for invalid arguments.
 */
export function latestTimelyNotice(n: number, unit: PeriodUnit, lastDayAllowed: IsoDate, firstDay: FirstDay = 'exclude'): IsoDate {
  assertPeriod(n, unit);
  assertFirstDay(firstDay);
  const limit = dayNumberOf(lastDayAllowed, 'lastDayAllowed');
  // Counting the notice's own day is counting from the day before without it: one day later.
  const shift = firstDay === 'include' ? 1 : 0;
  switch (unit) {
    case 'days':
      // periodEnd(N, n days) = N + n.
      return isoDateOf(limit - n + shift);
    case 'weeks':
      return isoDateOf(limit - 7 * n + shift);
    case 'months':
      return isoDateOf(dayNumberOf(latestForMonths(limit, n)) + shift);
    case 'years':
      return isoDateOf(dayNumberOf(latestForMonths(limit, 12 * n)) + shift);
  }
}

function assertFirstDay(firstDay: FirstDay): void {
  if (firstDay !== 'exclude' && firstDay !== 'include') throw new RangeError(`firstDay must be 'exclude' or 'include': ${String(firstDay)}`);
}

/**
 * Closed form for months. A period whose first counted day is (month m, day d) ends the day before
 * (m + k, d), or on the last day of m + k when that day does not exist; both are non-decreasing in
 * the start. So the period ends by L exactly when its first counted day is at most
 * (month of L+1 − k, min(day of L+1, that month's length)), and the notice is the day before that.
 */
function latestForMonths(limit: number, months: number): IsoDate {
  const after = fromDayNumber(limit + 1);
  const source = after.year * 12 + (after.month - 1) - months;
  const year = Math.floor(source / 12);
  const month = (source % 12) + 1;
  if (year < 0) throw new RangeError('the latest timely notice falls before 0000-01-01');
  const day = Math.min(after.day, lastDayOfMonth(year, month));
  return isoDateOf(toDayNumber({ year, month, day }) - 1);
}

/**
 * The earliest event date a notice given on `notice` can announce and still be timely.
 *
 * @param notice - the day the notice was given.
 * @param n - the required period, a non-negative integer number of units.
 * @param unit - `days`, `weeks`, `months` or `years`.
 * @param anchor - when in its day the event takes effect (see {@link EventAnchor}).
 * @param firstDay - `exclude` (民法140条) or `include` when the terms count the notice's own day.
 * @returns the smallest `E` with `timely(notice, n, unit, lastDayAllowed(E, anchor), firstDay)`, e.g. a
 *   terms change notified 2026-11-30 with one month's notice, effective at 00:00 → 2027-01-01.
 * @throws RangeError for invalid arguments.
 */
export function earliestTimelyEvent(
  notice: IsoDate,
  n: number,
  unit: PeriodUnit,
  anchor: EventAnchor,
  firstDay: FirstDay = 'exclude',
): IsoDate {
  assertAnchor(anchor);
  const end = dayNumberOf(periodEnd(notice, n, unit, firstDay));
  // A 00:00 event needs the whole period over by the day before it, hence one day later.
  return isoDateOf(anchor === 'start-of-day' ? end + 1 : end);
}
