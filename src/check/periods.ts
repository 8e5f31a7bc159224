/**
 * The period law of src/period applied to a rule's period as the rule set states it (`{n, unit,
 * firstDay, event}`), so that every caller uses the rule's first-day and event anchors, never its own.
 * Results are memoized per period and date: a batch asks the same questions about the same days.
 */
import type { DurationValue, Period } from '../annotation/schema.js';
import {
  addDays,
  durationToJapanese,
  earliestTimelyEvent,
  lastDayAllowed,
  latestTimelyNotice,
  periodEnd,
  timely,
  type PeriodUnit,
} from '../period/index.js';
import { memoizeDate, memoizeDateBy } from './memo.js';

/**
 * The unit of a calendar period. prepareTerms refuses rule sets whose periods are in hours or minutes,
 * so the cast cannot lie.
 * @param value a period or duration from a prepared rule
 */
export function calendarUnit(value: DurationValue): PeriodUnit {
  return value.unit as PeriodUnit;
}

/**
 * The last day of a period that runs from `from`, counting the first day as the rule says.
 * @param from the date the period runs from
 * @param period the rule's period
 */
export function endOf(from: string, period: Period): string {
  return endOfMemo(period, from);
}
const endOfMemo = memoizeDateBy((period: Period, from: string) => periodEnd(from, period.n, calendarUnit(period), period.firstDay));

/**
 * The first day something holds that "arises after the period has passed" (１ケ月以上経過しても, ７日間経過後).
 * @param from the date the period runs from (the due date, the violation)
 * @param period the rule's period
 */
export function arisesAfterPeriod(from: string, period: Period): string {
  return nextDay(endOf(from, period));
}

/**
 * Whether a notice leaves the rule's period before an event, the event taking effect at the start or at
 * the end of its day as the rule says.
 * @param notice the day the notice arrived
 * @param period the rule's notice period
 * @param eventDate the day of the event (effective date, last day of the term, desired date…)
 */
export function noticeTimely(notice: string, period: Period, eventDate: string): boolean {
  return timely(notice, period.n, calendarUnit(period), limitFor(period, eventDate), period.firstDay);
}
const limitFor = memoizeDateBy((period: Period, eventDate: string) => lastDayAllowed(eventDate, period.event));

/**
 * The latest day a notice can arrive and leave the rule's period before an event.
 * @param period the rule's notice period
 * @param eventDate the day of the event
 */
export function latestNotice(period: Period, eventDate: string): string {
  return latestMemo(period, eventDate);
}
const latestMemo = memoizeDateBy((period: Period, eventDate: string) => latestTimelyNotice(period.n, calendarUnit(period), limitFor(period, eventDate), period.firstDay));

/**
 * The earliest event date a notice arriving on `notice` can announce and leave the rule's period.
 * @param notice the day the notice arrived
 * @param period the rule's notice period
 */
export function earliestEvent(notice: string, period: Period): string {
  return earliestMemo(period, notice);
}
const earliestMemo = memoizeDateBy((period: Period, notice: string) => earliestTimelyEvent(notice, period.n, calendarUnit(period), period.event, period.firstDay));

/** The day after a date. */
export const nextDay = memoizeDate((date: string) => addDays(date, 1));
/** The day before a date. */
export const previousDay = memoizeDate((date: string) => addDays(date, -1));

/**
 * A period as Japanese text says it: `2ヶ月`, `7日`, `24時間`.
 * @param value the rule's period or duration
 */
export function japanese(value: DurationValue): string {
  return durationToJapanese({ n: value.n, unit: value.unit });
}
