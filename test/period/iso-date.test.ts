import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/period/index.js';
import {
  addDays,
  compareDates,
  compareValidDates,
  dayOfWeek,
  daysBetween,
  formatIsoDate,
  isIsoDate,
  isLeapYear,
  lastDayOfMonth,
  parseIsoDate,
} from '../../src/period/index.js';
import {
  DAYS_IN_RANGE,
  RUNS,
  allDates,
  date,
  refAddDays,
  refMonthLength,
  utcDate,
} from './support.js';

describe('IsoDate arithmetic', () => {
  it('should export the date functions from the public index', () => {
    for (const name of [
      'isIsoDate',
      'parseIsoDate',
      'formatIsoDate',
      'addDays',
      'compareDates',
      'daysBetween',
      'dayOfWeek',
      'lastDayOfMonth',
      'isLeapYear',
    ] as const) {
      expect(typeof api[name], name).toBe('function');
    }
  });

  it('should accept real dates including leap days', () => {
    for (const s of ['2026-04-15', '2028-02-29', '2000-02-29', '1990-01-01', '2100-12-31']) {
      expect(isIsoDate(s), s).toBe(true);
    }
  });

  it('should reject days that do not exist', () => {
    for (const s of ['2026-02-30', '2025-02-29', '2100-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32']) {
      expect(isIsoDate(s), s).toBe(false);
      expect(parseIsoDate(s), s).toBeNull();
    }
  });

  it('should reject strings that are not exactly YYYY-MM-DD', () => {
    for (const s of ['2026-4-15', '20260415', '2026/04/15', ' 2026-04-15', '2026-04-15 ', '2026-04-15T00:00:00Z', '26-04-15', '+2026-04-15', '２０２６-04-15', '', '2026-04-1５']) {
      expect(isIsoDate(s), JSON.stringify(s)).toBe(false);
    }
  });

  it('should parse a date into its three numbers', () => {
    expect(parseIsoDate('2027-01-09')).toEqual({ year: 2027, month: 1, day: 9 });
  });

  it('should format a date with zero padding and refuse dates that do not exist', () => {
    expect(formatIsoDate({ year: 2027, month: 1, day: 9 })).toBe('2027-01-09');
    expect(formatIsoDate({ year: 33, month: 12, day: 31 })).toBe('0033-12-31');
    expect(() => formatIsoDate({ year: 2026, month: 2, day: 30 })).toThrow(RangeError);
    expect(() => formatIsoDate({ year: 10000, month: 1, day: 1 })).toThrow(RangeError);
    expect(() => formatIsoDate({ year: 2026, month: 1.5, day: 1 })).toThrow(RangeError);
  });

  it('should give month lengths by the Gregorian rule', () => {
    expect(lastDayOfMonth(2028, 2)).toBe(29);
    expect(lastDayOfMonth(2027, 2)).toBe(28);
    expect(lastDayOfMonth(2000, 2)).toBe(29);
    expect(lastDayOfMonth(2100, 2)).toBe(28);
    expect(lastDayOfMonth(2026, 4)).toBe(30);
    expect(lastDayOfMonth(2026, 12)).toBe(31);
    expect(() => lastDayOfMonth(2026, 13)).toThrow(RangeError);
    expect(() => lastDayOfMonth(2026, 0)).toThrow(RangeError);
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
  });

  it('should move across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2026-04-15', 0)).toBe('2026-04-15');
    expect(addDays('2026-04-15', 365)).toBe('2027-04-15');
  });

  it('should throw a RangeError when misused', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-02-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => compareDates('2026-1-1', '2026-01-01')).toThrow(RangeError);
    expect(() => daysBetween('2026-01-01', 'tomorrow')).toThrow(RangeError);
    expect(() => dayOfWeek('2025-02-29')).toThrow(RangeError);
  });

  it('should compare dates as -1, 0 or 1', () => {
    expect(compareDates('2026-01-31', '2026-02-01')).toBe(-1);
    expect(compareDates('2026-02-01', '2026-02-01')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
  });

  it('should count signed days between dates', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });

  it('should name the day of the week with 0 for Sunday', () => {
    expect(dayOfWeek('2026-05-03')).toBe(0); // a Sunday
    expect(dayOfWeek('2026-05-04')).toBe(1);
    expect(dayOfWeek('1970-01-01')).toBe(4); // Thursday
    expect(dayOfWeek('1969-12-31')).toBe(3); // before day 0 too
    expect(dayOfWeek('2027-01-01')).toBe(5);
  });

  it('should agree with the UTC calendar of Date on every day from 1990-01-01 to 2100-12-31', () => {
    const dates = allDates();
    expect(dates).toHaveLength(DAYS_IN_RANGE);
    // Mismatches are collected rather than asserted one by one: 40,000 expect calls are slow.
    const mismatches: string[] = [];
    let previous = '1989-12-31';
    for (let k = 0; k < dates.length; k++) {
      const d = dates[k] ?? '';
      if (!isIsoDate(d)) mismatches.push(`${d} rejected`);
      if (addDays(previous, 1) !== d) mismatches.push(`${previous} + 1 is not ${d}`);
      if (daysBetween('1990-01-01', d) !== k) mismatches.push(`${d} is not day ${k}`);
      if (dayOfWeek(d) !== new Date(`${d}T00:00:00Z`).getUTCDay()) mismatches.push(`${d} weekday`);
      previous = d;
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('should agree that a string is an IsoDate exactly when it survives a parse/format round trip', () => {
    const candidate = fc.oneof(
      date,
      fc
        .record({
          y: fc.integer({ min: 1990, max: 2100 }),
          m: fc.integer({ min: 0, max: 13 }),
          d: fc.integer({ min: 0, max: 32 }),
        })
        .map(
          ({ y, m, d }) =>
            `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        ),
      fc.string(),
    );
    fc.assert(
      fc.property(candidate, (s) => {
        const parsed = parseIsoDate(s);
        expect(isIsoDate(s)).toBe(parsed !== null);
        if (parsed !== null) {
          expect(formatIsoDate(parsed)).toBe(s);
          expect(parsed.day).toBeLessThanOrEqual(refMonthLength(parsed.year, parsed.month));
        }
      }),
      RUNS,
    );
  });

  it('should make addDays and daysBetween inverses of each other', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -20000, max: 20000 }), (d, n) => {
        const moved = addDays(d, n);
        expect(daysBetween(d, moved)).toBe(n);
        expect(addDays(moved, -n)).toBe(d);
        expect(compareDates(d, moved)).toBe(n < 0 ? 1 : n > 0 ? -1 : 0);
      }),
      RUNS,
    );
  });

  it('should step day by day exactly like an independent calendar', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -400, max: 400 }), (d, n) => {
        expect(addDays(d, n)).toBe(refAddDays(d, n));
      }),
      RUNS,
    );
  });

  it('should sort dates as a comparator exactly as their YYYY-MM-DD strings sort', () => {
    // What lets compareDates replace a hand-written `a.date < b.date ? -1 : …` without changing any order.
    fc.assert(
      fc.property(fc.array(date, { maxLength: 30 }), (dates) => {
        expect([...dates].sort(compareDates)).toEqual([...dates].sort());
        dates.forEach((b, i) => {
          const a = dates[i - 1] ?? b;
          expect(compareDates(a, b)).toBe(a < b ? -1 : a > b ? 1 : 0);
          // The checker's unparsed comparator gives the same answer on valid dates.
          expect(compareValidDates(a, b)).toBe(compareDates(a, b));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('should compare like the Date UTC calendar for any two dates in range', () => {
    const index = fc.integer({ min: 0, max: DAYS_IN_RANGE - 1 });
    fc.assert(
      fc.property(index, index, (i, j) => {
        expect(compareDates(utcDate(i), utcDate(j))).toBe(Math.sign(i - j));
        expect(daysBetween(utcDate(i), utcDate(j))).toBe(j - i);
      }),
      RUNS,
    );
  });
});

describe('isoDateKey', () => {
  it('should read exactly the YYYY-MM-DD shape into YYYYMMDD, real day or not, and -1 for anything else', () => {
    expect(api.isoDateKey('2026-04-15')).toBe(20260415);
    expect(api.isoDateKey('0000-01-01')).toBe(101);
    expect(api.isoDateKey('2026-02-30')).toBe(20260230);
    for (const s of ['2026-4-15', '20260415', '2026/04/15', ' 2026-04-15', '2026-04-15 ', '+2026-04-15', '２０２６-04-15', '', '2026-04-1５', '2026-04-1a']) {
      expect(api.isoDateKey(s), JSON.stringify(s)).toBe(-1);
    }
  });

  it('should agree with the pattern on any string shaped like a date, and order dates as their text orders them', () => {
    const chars = fc.constantFrom('0', '1', '2', '9', '-', 'a', '/', '５', ' ');
    const strings = fc.array(chars, { minLength: 8, maxLength: 12 }).map((c) => c.join(''));
    fc.assert(
      fc.property(strings, (s) => {
        const key = api.isoDateKey(s);
        expect(key >= 0).toBe(/^\d{4}-\d{2}-\d{2}$/u.test(s));
        if (key >= 0) expect(key).toBe(Number(s.replaceAll('-', '')));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(Math.sign(api.isoDateKey(a) - api.isoDateKey(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
      RUNS,
    );
  });
});
