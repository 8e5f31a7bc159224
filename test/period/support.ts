/**
 * Test support for the period module: date generators and an independent, deliberately slow
 * reference calendar. Nothing here imports src/period, so a bug there cannot hide in the oracle.
 */

import fc from 'fast-check';

/** A calendar date as the reference calendar holds it. */
export interface RefDate {
  y: number;
  m: number;
  d: number;
}

/** The inclusive range the property tests cover. */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

const MS_PER_DAY = 86_400_000;

/** Month length from the Gregorian rule, written independently of src/period/civil.ts. */
export function refMonthLength(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const length = lengths[m - 1];
  if (length === undefined) throw new Error(`bad month ${m}`);
  return length;
}

export function refParse(s: string): RefDate {
  const [y, m, d] = s.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) throw new Error(`bad date ${s}`);
  return { y, m, d };
}

export function refFormat({ y, m, d }: RefDate): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The next day, by carrying day → month → year. */
export function refNext({ y, m, d }: RefDate): RefDate {
  if (d < refMonthLength(y, m)) return { y, m, d: d + 1 };
  if (m < 12) return { y, m: m + 1, d: 1 };
  return { y: y + 1, m: 1, d: 1 };
}

/** The previous day, by borrowing. */
export function refPrev({ y, m, d }: RefDate): RefDate {
  if (d > 1) return { y, m, d: d - 1 };
  if (m > 1) return { y, m: m - 1, d: refMonthLength(y, m - 1) };
  return { y: y - 1, m: 12, d: 31 };
}

/** Moves by `n` days one day at a time. */
export function refAddDays(s: string, n: number): string {
  let date = refParse(s);
  for (let i = 0; i < n; i++) date = refNext(date);
  for (let i = 0; i > n; i--) date = refPrev(date);
  return refFormat(date);
}

/**
 * periodEnd written straight from the words of 民法140条・143条, stepping day by day and month by
 * month: no day numbers, no closed forms.
 */
export function refPeriodEnd(
  from: string,
  n: number,
  unit: 'days' | 'weeks' | 'months' | 'years',
  firstDay: 'exclude' | 'include' = 'exclude',
): string {
  const start = firstDay === 'exclude' ? refNext(refParse(from)) : refParse(from);
  if (unit === 'days' || unit === 'weeks') {
    const count = unit === 'days' ? n : 7 * n;
    // The last day is the (count)th counted day; an empty period ends the day before the start.
    if (count === 0) return refFormat(refPrev(start));
    let date = start;
    for (let i = 1; i < count; i++) date = refNext(date);
    return refFormat(date);
  }
  let { y, m } = start;
  const months = unit === 'months' ? n : 12 * n;
  for (let i = 0; i < months; i++) {
    if (m === 12) {
      y += 1;
      m = 1;
    } else {
      m += 1;
    }
  }
  const length = refMonthLength(y, m);
  if (start.d > length) return refFormat({ y, m, d: length });
  return refFormat(refPrev({ y, m, d: start.d }));
}

/** The date `k` days after 1990-01-01, through `Date.UTC` (UTC only, so no time zone enters). */
export function utcDate(k: number): string {
  return new Date(Date.UTC(FIRST_YEAR, 0, 1) + k * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Number of days from 1990-01-01 to 2100-12-31 inclusive. */
export const DAYS_IN_RANGE =
  (Date.UTC(LAST_YEAR, 11, 31) - Date.UTC(FIRST_YEAR, 0, 1)) / MS_PER_DAY + 1;

/** Every date from 1990-01-01 to 2100-12-31, in order (for exhaustive checks). */
export function allDates(): string[] {
  const dates: string[] = [];
  for (let k = 0; k < DAYS_IN_RANGE; k++) dates.push(utcDate(k));
  return dates;
}

/** Any date 1990-01-01..2100-12-31, uniformly. */
export const anyDate = fc.integer({ min: 0, max: DAYS_IN_RANGE - 1 }).map(utcDate);

/** A date in the last four days of a month, where 143条2's month-end rule bites. */
export const monthEndDate = fc
  .record({
    y: fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }),
    m: fc.integer({ min: 1, max: 12 }),
    back: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ y, m, back }) => refFormat({ y, m, d: refMonthLength(y, m) - back }));

/** Dates for property tests: uniform, plus a heavy share of month ends and Februaries. */
export const date = fc.oneof(anyDate, monthEndDate);

/** Units that `periodEnd` accepts. */
export const periodUnit = fc.constantFrom('days', 'weeks', 'months', 'years') as fc.Arbitrary<
  'days' | 'weeks' | 'months' | 'years'
>;

/** A plausible period length for a unit, so results stay inside the tested years. */
export function lengthFor(unit: 'days' | 'weeks' | 'months' | 'years'): fc.Arbitrary<number> {
  switch (unit) {
    case 'days':
      return fc.integer({ min: 0, max: 400 });
    case 'weeks':
      return fc.integer({ min: 0, max: 60 });
    case 'months':
      return fc.integer({ min: 0, max: 36 });
    case 'years':
      return fc.integer({ min: 0, max: 5 });
  }
}

/** A (unit, n) pair with n suited to the unit. */
export const period = periodUnit.chain((unit) => lengthFor(unit).map((n) => ({ unit, n })));

/** fast-check settings for the period properties: more runs than the default. */
export const RUNS = { numRuns: 1000 } as const;
