/**
 * ISO 8601 durations as the rule set writes the terms' periods (`P2M`, `P1Y`, `P7D`, `PT24H`).
 *
 * Only single-unit durations are accepted. The terms state each period in one unit, and a mixed
 * duration such as `P1M2D` has no single legal meaning: 民法143条 counts months by the calendar and
 * days one by one, and the order in which the two are applied changes the end date. Fractions and
 * negative values have no meaning for a notice period either, so both are rejected.
 */

import type { PeriodUnit } from './period.js';

/** The units a duration can have: the calendar units of a period, plus hours and minutes. */
export type DurationUnit = PeriodUnit | 'hours' | 'minutes';

/**
 * A single-unit duration: `n` (a non-negative integer) of `unit`. `{ n: 2, unit: 'months' }` is
 * `P2M`. Hours and minutes are elapsed time between timestamps (an outage's length), not periods
 * counted by the calendar, so they cannot be passed to `periodEnd`.
 */
export interface Duration {
  readonly n: number;
  readonly unit: DurationUnit;
}

/** A duration whose unit is counted by the calendar and so can be passed to `periodEnd`. */
export interface CalendarDuration extends Duration {
  readonly unit: PeriodUnit;
}

// Date part (Y, M, W, D) or time part (H, M after T), exactly one component. No leading zeros,
// so every accepted string is the canonical one formatDuration writes back.
const DURATION = /^P(?:(0|[1-9]\d*)([YMWD])|T(0|[1-9]\d*)([HM]))$/;

const DATE_UNITS: Readonly<Record<string, PeriodUnit>> = {
  Y: 'years',
  M: 'months',
  W: 'weeks',
  D: 'days',
};
const TIME_UNITS: Readonly<Record<string, DurationUnit>> = { H: 'hours', M: 'minutes' };

const DESIGNATORS: Readonly<Record<DurationUnit, string>> = {
  years: 'Y',
  months: 'M',
  weeks: 'W',
  days: 'D',
  hours: 'TH',
  minutes: 'TM',
};

const JAPANESE: Readonly<Record<DurationUnit, string>> = {
  years: '年',
  months: 'ヶ月',
  weeks: '週間',
  days: '日',
  hours: '時間',
  minutes: '分',
};

/**
 * Reads a single-unit ISO 8601 duration.
 *
 * @param s - the candidate string, e.g. `P2M`, `P1Y`, `P7D`, `P2W`, `PT24H`, `PT30M`.
 * @returns the duration, or null for anything else: non-ISO text (`2 months`), mixed units
 *   (`P1M2D`, `P1DT12H`), fractions (`P1.5M`), signs (`-P1M`), leading zeros (`P02M`), lower case
 *   (`p2m`), an empty `P`/`PT`, or a number too large to be exact.
 */
export function parseDuration(s: string): Duration | null {
  if (typeof s !== 'string') return null;
  const match = DURATION.exec(s);
  if (match === null) return null;
  const [, dateValue, dateDesignator, timeValue, timeDesignator] = match;
  const digits = dateValue ?? timeValue;
  const unit =
    dateDesignator !== undefined
      ? DATE_UNITS[dateDesignator]
      : timeDesignator !== undefined
        ? TIME_UNITS[timeDesignator]
        : undefined;
  if (digits === undefined || unit === undefined) return null;
  const n = Number(digits);
  return Number.isSafeInteger(n) ? { n, unit } : null;
}

function assertDuration(d: Duration): void {
  if (!Number.isSafeInteger(d.n) || d.n < 0) {
    throw new RangeError(`duration must be a non-negative integer: ${String(d.n)}`);
  }
  if (!Object.hasOwn(DESIGNATORS, d.unit)) {
    throw new RangeError(`unknown duration unit: ${String(d.unit)}`);
  }
}

/**
 * Writes a duration in ISO 8601; the inverse of {@link parseDuration}.
 *
 * @param d - a duration with a non-negative integer `n`.
 * @returns e.g. `P2M` for two months, `PT24H` for 24 hours.
 * @throws RangeError when `n` is not a non-negative integer or the unit is unknown.
 */
export function formatDuration(d: Duration): string {
  assertDuration(d);
  const designator = DESIGNATORS[d.unit];
  return designator.startsWith('T') ? `PT${d.n}${designator.slice(1)}` : `P${d.n}${designator}`;
}

/**
 * Writes a duration the way Japanese text states it, with ASCII digits.
 *
 * @param d - a duration with a non-negative integer `n`.
 * @returns `2ヶ月` (P2M), `1年` (P1Y), `7日` (P7D), `2週間` (P2W), `24時間` (PT24H), `30分` (PT30M).
 * @throws RangeError when `n` is not a non-negative integer or the unit is unknown.
 */
export function durationToJapanese(d: Duration): string {
  assertDuration(d);
  return `${d.n}${JAPANESE[d.unit]}`;
}

/**
 * Whether a duration is counted by the calendar (days, weeks, months, years) rather than elapsed
 * time, i.e. whether it can be used as a period with `periodEnd`.
 *
 * @param d - a parsed duration.
 * @returns true for days, weeks, months and years; false for hours and minutes.
 */
export function isCalendarDuration(d: Duration): d is CalendarDuration {
  return d.unit === 'days' || d.unit === 'weeks' || d.unit === 'months' || d.unit === 'years';
}
