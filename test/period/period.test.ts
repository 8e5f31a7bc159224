import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/period/index.js';
import {
  addDays,
  arisesAfter,
  compareDates,
  isIsoDate,
  lastDayOfMonth,
  parseIsoDate,
  periodEnd,
  type PeriodUnit,
} from '../../src/period/index.js';
import {
  RUNS,
  allDates,
  date,
  lengthFor,
  period,
  refPeriodEnd,
} from './support.js';

const firstDay = fc.constantFrom('exclude', 'include') as fc.Arbitrary<'exclude' | 'include'>;

/** Months since year 0, to compare how far apart two dates' months are. */
function monthIndex(d: string): number {
  const parsed = parseIsoDate(d);
  if (parsed === null) throw new Error(`bad date ${d}`);
  return parsed.year * 12 + parsed.month - 1;
}

describe('periodEnd and arisesAfter', () => {
  it('should export periodEnd and arisesAfter from the public index', () => {
    expect(typeof api.periodEnd).toBe('function');
    expect(typeof api.arisesAfter).toBe('function');
  });

  it('should not count the first day of a period in days unless told to', () => {
    expect(periodEnd('2026-05-01', 7, 'days')).toBe('2026-05-08');
    expect(periodEnd('2026-05-01', 7, 'days', 'include')).toBe('2026-05-07');
    expect(periodEnd('2026-05-01', 1, 'days')).toBe('2026-05-02');
  });

  it('should end a week period the day before the same weekday', () => {
    // 2026-05-01 is a Friday: counting starts Saturday 05-02, so the week ends Friday 05-08.
    expect(periodEnd('2026-05-01', 1, 'weeks')).toBe('2026-05-08');
    expect(periodEnd('2026-05-01', 2, 'weeks', 'include')).toBe('2026-05-14');
  });

  it('should end a period starting on the first of a month at the end of a month', () => {
    expect(periodEnd('2026-12-01', 2, 'months', 'include')).toBe('2027-01-31');
    expect(periodEnd('2026-01-31', 1, 'months')).toBe('2026-02-28');
    expect(periodEnd('2027-01-01', 1, 'years', 'include')).toBe('2027-12-31');
  });

  it('should end a period on the last day of a month that has no corresponding day', () => {
    expect(periodEnd('2026-03-30', 1, 'months')).toBe('2026-04-30'); // no 04-31
    expect(periodEnd('2025-12-30', 2, 'months')).toBe('2026-02-28'); // no 02-31
    expect(periodEnd('2027-12-29', 2, 'months')).toBe('2028-02-29'); // leap year: 02-30 missing
    expect(periodEnd('2027-12-28', 2, 'months')).toBe('2028-02-28'); // 02-29 exists: day before
  });

  it('should count years by the calendar across a leap day', () => {
    // Counting starts on the leap day; 2029 has no 02-29, so the year ends on 02-28.
    expect(periodEnd('2028-02-28', 1, 'years')).toBe('2029-02-28');
    // Counting starts 2027-03-01: ends the day before 2028-03-01, the leap day.
    expect(periodEnd('2027-02-28', 1, 'years')).toBe('2028-02-29');
    expect(periodEnd('2028-02-29', 1, 'years', 'include')).toBe('2029-02-28');
    expect(periodEnd('2099-06-15', 1, 'years')).toBe('2100-06-15');
  });

  it('should treat n = 0 as an empty period ending the day before its first counted day', () => {
    for (const unit of ['days', 'weeks', 'months', 'years'] as const) {
      expect(periodEnd('2026-04-15', 0, unit), unit).toBe('2026-04-15');
      expect(periodEnd('2026-04-15', 0, unit, 'include'), unit).toBe('2026-04-14');
      expect(arisesAfter('2026-04-15', 0, unit), unit).toBe('2026-04-16');
    }
  });

  it('should throw a RangeError for invalid arguments', () => {
    expect(() => periodEnd('2026-02-30', 1, 'months')).toThrow(RangeError);
    expect(() => periodEnd('2026-02-01', -1, 'months')).toThrow(RangeError);
    expect(() => periodEnd('2026-02-01', 1.5, 'months')).toThrow(RangeError);
    expect(() => periodEnd('2026-02-01', Number.NaN, 'days')).toThrow(RangeError);
    expect(() => periodEnd('2026-02-01', 1, 'hours' as PeriodUnit)).toThrow(RangeError);
    expect(() => periodEnd('2026-02-01', 1, 'months', 'inclusive' as 'include')).toThrow(
      RangeError,
    );
    expect(() => periodEnd('9999-06-01', 1, 'years')).toThrow(RangeError);
    expect(() => arisesAfter('2026-02-01', -7, 'days')).toThrow(RangeError);
  });

  it('should make arisesAfter the day after the period, first day excluded', () => {
    expect(arisesAfter('2026-03-10', 1, 'months')).toBe('2026-04-11');
    expect(arisesAfter('2026-01-31', 1, 'months')).toBe('2026-03-01');
    expect(arisesAfter('2026-05-01', 7, 'days')).toBe('2026-05-09');
    fc.assert(
      fc.property(date, period, (from, { unit, n }) => {
        expect(arisesAfter(from, n, unit)).toBe(addDays(periodEnd(from, n, unit), 1));
      }),
      RUNS,
    );
  });

  it('should agree with a slow month-by-month reference implementation', () => {
    fc.assert(
      fc.property(date, period, firstDay, (from, { unit, n }, first) => {
        expect(periodEnd(from, n, unit, first)).toBe(refPeriodEnd(from, n, unit, first));
      }),
      RUNS,
    );
  });

  it('should agree with the reference on every date 1990–2100 for the periods the terms use', () => {
    const cases = [
      [1, 'months'],
      [2, 'months'],
      [3, 'months'],
      [1, 'years'],
      [7, 'days'],
    ] as const;
    const mismatches: string[] = [];
    for (const from of allDates()) {
      for (const [n, unit] of cases) {
        for (const first of ['exclude', 'include'] as const) {
          const actual = periodEnd(from, n, unit, first);
          const expected = refPeriodEnd(from, n, unit, first);
          if (actual !== expected) mismatches.push(`${from} ${n} ${unit} ${first}: ${actual} ≠ ${expected}`);
        }
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('should be monotone in the starting date', () => {
    fc.assert(
      fc.property(date, period, firstDay, (from, { unit, n }, first) => {
        const today = periodEnd(from, n, unit, first);
        const tomorrow = periodEnd(addDays(from, 1), n, unit, first);
        expect(compareDates(today, tomorrow)).toBeLessThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('should be strictly increasing in the number of units', () => {
    fc.assert(
      fc.property(date, period, firstDay, (from, { unit, n }, first) => {
        const shorter = periodEnd(from, n, unit, first);
        const longer = periodEnd(from, n + 1, unit, first);
        expect(compareDates(shorter, longer)).toBe(-1);
      }),
      RUNS,
    );
  });

  it('should end month and year periods on a real date no later than the last day of the target month', () => {
    const calendarUnit = fc.constantFrom('months', 'years') as fc.Arbitrary<'months' | 'years'>;
    fc.assert(
      fc.property(
        date,
        calendarUnit.chain((unit) => lengthFor(unit).map((n) => ({ unit, n }))),
        firstDay,
        (from, { unit, n }, first) => {
          const end = periodEnd(from, n, unit, first);
          expect(isIsoDate(end)).toBe(true);
          const start = first === 'exclude' ? addDays(from, 1) : from;
          const months = unit === 'months' ? n : 12 * n;
          const startDay = parseIsoDate(start)?.day ?? 0;
          const target = monthIndex(start) + months;
          const targetLength = lastDayOfMonth(Math.floor(target / 12), (target % 12) + 1);
          const endDay = parseIsoDate(end)?.day ?? 0;
          if (startDay > targetLength) {
            // No corresponding day: exactly the target month's last day.
            expect(monthIndex(end)).toBe(target);
            expect(endDay).toBe(targetLength);
          } else {
            // The day before the corresponding day, which exists.
            expect(addDays(end, 1)).toBe(
              `${String(Math.floor(target / 12)).padStart(4, '0')}-${String((target % 12) + 1).padStart(2, '0')}-${String(startDay).padStart(2, '0')}`,
            );
          }
        },
      ),
      RUNS,
    );
  });

  it('should chain day and week periods: n + m days end where m days after n days end', () => {
    const days = fc.integer({ min: 0, max: 400 });
    fc.assert(
      fc.property(date, days, days, (from, n, m) => {
        expect(periodEnd(periodEnd(from, n, 'days'), m, 'days')).toBe(periodEnd(from, n + m, 'days'));
        expect(periodEnd(from, n, 'weeks')).toBe(periodEnd(from, 7 * n, 'days'));
      }),
      RUNS,
    );
  });

  it('should count the first day exactly when the period runs from the day before with it excluded', () => {
    fc.assert(
      fc.property(date, period, (from, { unit, n }) => {
        expect(periodEnd(from, n, unit, 'include')).toBe(periodEnd(addDays(from, -1), n, unit));
      }),
      RUNS,
    );
  });

  it('should make a year period the same as twelve months', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 5 }), firstDay, (from, n, first) => {
        expect(periodEnd(from, n, 'years', first)).toBe(periodEnd(from, 12 * n, 'months', first));
      }),
      RUNS,
    );
  });
});
