import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/period/index.js';
import {
  addDays,
  compareDates,
  earliestTimelyEvent,
  lastDayAllowed,
  latestTimelyNotice,
  periodEnd,
  timely,
  type EventAnchor,
  type FirstDay,
  type PeriodUnit,
} from '../../src/period/index.js';
import { RUNS, allDates, date, period } from './support.js';

const anchor = fc.constantFrom('start-of-day', 'end-of-day') as fc.Arbitrary<EventAnchor>;
const firstDay = fc.constantFrom('exclude', 'include') as fc.Arbitrary<FirstDay>;

describe('notice periods', () => {
  it('should export the notice functions from the public index', () => {
    for (const name of ['lastDayAllowed', 'timely', 'latestTimelyNotice', 'earliestTimelyEvent'] as const) {
      expect(typeof api[name], name).toBe('function');
    }
  });

  it('should allow a period up to the day before an event that happens at 00:00 (第４条２, 第16条)', () => {
    expect(lastDayAllowed('2027-01-01', 'start-of-day')).toBe('2026-12-31');
    expect(lastDayAllowed('2026-03-01', 'start-of-day')).toBe('2026-02-28');
  });

  it('should allow a period up to and including an event day that ends at 24:00 (第13条, 第14条)', () => {
    expect(lastDayAllowed('2026-03-31', 'end-of-day')).toBe('2026-03-31');
  });

  it('should throw a RangeError for an unknown anchor or an invalid date', () => {
    expect(() => lastDayAllowed('2027-01-01', 'noon' as EventAnchor)).toThrow(RangeError);
    expect(() => lastDayAllowed('2027-02-29', 'end-of-day')).toThrow(RangeError);
    expect(() => earliestTimelyEvent('2026-11-30', 1, 'months', 'midnight' as EventAnchor)).toThrow(
      RangeError,
    );
    expect(() => latestTimelyNotice(-1, 'months', '2026-03-31')).toThrow(RangeError);
    expect(() => latestTimelyNotice(1, 'fortnights' as PeriodUnit, '2026-03-31')).toThrow(RangeError);
    expect(() => timely('2026-01-31', 2, 'months', '2026-02-30')).toThrow(RangeError);
  });

  it('should find a discontinuation on 2026-12-01 notified on 2026-10-01 one day late (第16条)', () => {
    const limit = lastDayAllowed('2026-12-01', 'start-of-day');
    expect(timely('2026-10-01', 2, 'months', limit)).toBe(false);
    expect(latestTimelyNotice(2, 'months', limit)).toBe('2026-09-30');
    expect(timely('2026-09-30', 2, 'months', limit)).toBe(true);
  });

  it('should find a desired cancellation date 2026-02-28 too early for a notice of 2026-01-20 (第14条)', () => {
    expect(timely('2026-01-20', 2, 'months', lastDayAllowed('2026-02-28', 'end-of-day'))).toBe(false);
    expect(earliestTimelyEvent('2026-01-20', 2, 'months', 'end-of-day')).toBe('2026-03-20');
  });

  it('should compute the latest timely notice for month ends', () => {
    // A term ending 2026-02-28: notices from 12-28 to 12-31 all give a period ending 02-28 (no
    // 02-29..02-31 for the first three, and 12-31 counts from 01-01, a month's start).
    expect(latestTimelyNotice(2, 'months', '2026-02-28')).toBe('2025-12-31');
    expect(periodEnd('2025-12-28', 2, 'months')).toBe('2026-02-28');
    expect(periodEnd('2025-12-29', 2, 'months')).toBe('2026-02-28');
    expect(periodEnd('2025-12-31', 2, 'months')).toBe('2026-02-28');
    expect(periodEnd('2026-01-01', 2, 'months')).toBe('2026-03-01');
    expect(latestTimelyNotice(1, 'months', '2026-04-30')).toBe('2026-03-31');
    // A notice on the leap day counts from 03-01, so its year ends 2029-02-28.
    expect(latestTimelyNotice(1, 'years', '2029-02-28')).toBe('2028-02-29');
    expect(latestTimelyNotice(7, 'days', '2026-05-08')).toBe('2026-05-01');
    expect(latestTimelyNotice(2, 'weeks', '2026-05-15')).toBe('2026-05-01');
  });

  it('should treat a zero-length requirement as "no later than the last allowed day"', () => {
    for (const unit of ['days', 'weeks', 'months', 'years'] as const) {
      expect(latestTimelyNotice(0, unit, '2026-03-31'), unit).toBe('2026-03-31');
      expect(timely('2026-03-31', 0, unit, '2026-03-31'), unit).toBe(true);
      expect(timely('2026-04-01', 0, unit, '2026-03-31'), unit).toBe(false);
      expect(earliestTimelyEvent('2026-03-31', 0, unit, 'start-of-day'), unit).toBe('2026-04-01');
      expect(earliestTimelyEvent('2026-03-31', 0, unit, 'end-of-day'), unit).toBe('2026-03-31');
    }
  });

  it('should make the latest timely notice timely and the day after it not', () => {
    fc.assert(
      fc.property(date, period, (limit, { unit, n }) => {
        const latest = latestTimelyNotice(n, unit, limit);
        expect(timely(latest, n, unit, limit)).toBe(true);
        expect(timely(addDays(latest, 1), n, unit, limit)).toBe(false);
      }),
      RUNS,
    );
  });

  it('should give the latest timely notice for every last allowed day 1990–2100', () => {
    const cases = [
      [1, 'months'],
      [2, 'months'],
      [3, 'months'],
      [1, 'years'],
      [7, 'days'],
      [1, 'weeks'],
    ] as const;
    const mismatches: string[] = [];
    for (const limit of allDates()) {
      for (const [n, unit] of cases) {
        const latest = latestTimelyNotice(n, unit, limit);
        if (!timely(latest, n, unit, limit) || timely(addDays(latest, 1), n, unit, limit)) {
          mismatches.push(`${n} ${unit} by ${limit}: ${latest}`);
        }
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('should make a notice timely exactly when it is no later than the latest timely notice', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -100, max: 100 }), period, (limit, offset, { unit, n }) => {
        const latest = latestTimelyNotice(n, unit, limit);
        const notice = addDays(latest, offset);
        expect(timely(notice, n, unit, limit)).toBe(offset <= 0);
      }),
      RUNS,
    );
  });

  it('should make the earliest timely event timely and the day before it not', () => {
    fc.assert(
      fc.property(date, period, anchor, (notice, { unit, n }, when) => {
        const earliest = earliestTimelyEvent(notice, n, unit, when);
        expect(timely(notice, n, unit, lastDayAllowed(earliest, when))).toBe(true);
        expect(timely(notice, n, unit, lastDayAllowed(addDays(earliest, -1), when))).toBe(false);
      }),
      RUNS,
    );
  });

  it('should make earliestTimelyEvent and latestTimelyNotice agree on which notices are timely', () => {
    fc.assert(
      fc.property(date, date, period, anchor, (notice, event, { unit, n }, when) => {
        const limit = lastDayAllowed(event, when);
        const byNotice = compareDates(notice, latestTimelyNotice(n, unit, limit)) <= 0;
        const byEvent = compareDates(earliestTimelyEvent(notice, n, unit, when), event) <= 0;
        expect(byEvent).toBe(byNotice);
        expect(timely(notice, n, unit, limit)).toBe(byNotice);
      }),
      RUNS,
    );
  });

  it('should count the notice day itself when the terms say so (firstDay: include): one day later every way', () => {
    // A one-month notice counted from its own day: given 2026-12-01, the month ends 2026-12-31.
    expect(timely('2026-12-01', 1, 'months', '2026-12-31', 'include')).toBe(true);
    expect(timely('2026-12-01', 1, 'months', '2026-12-31')).toBe(false);
    expect(earliestTimelyEvent('2026-11-30', 1, 'months', 'start-of-day', 'include')).toBe('2026-12-30');
    expect(latestTimelyNotice(1, 'months', '2026-12-31', 'include')).toBe('2026-12-01');
    fc.assert(
      fc.property(date, date, period, anchor, firstDay, (notice, event, { unit, n }, when, first) => {
        const limit = lastDayAllowed(event, when);
        const latest = latestTimelyNotice(n, unit, limit, first);
        expect(timely(latest, n, unit, limit, first)).toBe(true);
        expect(timely(addDays(latest, 1), n, unit, limit, first)).toBe(false);
        const earliest = earliestTimelyEvent(notice, n, unit, when, first);
        expect(timely(notice, n, unit, lastDayAllowed(earliest, when), first)).toBe(true);
        expect(timely(notice, n, unit, lastDayAllowed(addDays(earliest, -1), when), first)).toBe(false);
        expect(compareDates(notice, latest) <= 0).toBe(compareDates(earliest, event) <= 0);
        if (first === 'include') expect(timely(notice, n, unit, limit, 'include')).toBe(timely(addDays(notice, -1), n, unit, limit));
      }),
      RUNS,
    );
  });
});
