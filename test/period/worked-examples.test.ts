/**
 * Every worked example in shared/spec/periods.md, one test each, through the public API only.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/period/index.js';
import {
  addDays,
  arisesAfter,
  earliestTimelyEvent,
  lastDayAllowed,
  latestTimelyNotice,
  periodEnd,
  timely,
} from '../../src/period/index.js';

describe('periods.md worked examples', () => {
  it('should expose the functions the worked examples use from the public index', () => {
    for (const name of [
      'periodEnd',
      'arisesAfter',
      'timely',
      'latestTimelyNotice',
      'earliestTimelyEvent',
      'lastDayAllowed',
      'addDays',
    ] as const) {
      expect(typeof api[name], name).toBe('function');
    }
  });

  it('should end a two-month period from 2026-04-15 on 2026-06-15', () => {
    expect(periodEnd('2026-04-15', 2, 'months')).toBe('2026-06-15');
  });

  it('should end a two-month period from 2026-11-30 on 2027-01-31, not on the naive 2027-01-30', () => {
    // The first counted day is 12-01, the start of a month, so the period ends at a month's end.
    expect(periodEnd('2026-11-30', 2, 'months')).toBe('2027-01-31');
  });

  it('should end a one-month period from 2027-01-30 on 2027-02-28 because February has no 31st', () => {
    expect(periodEnd('2027-01-30', 1, 'months')).toBe('2027-02-28');
  });

  it('should end a one-month period from 2028-01-29 on the leap day 2028-02-29', () => {
    expect(periodEnd('2028-01-29', 1, 'months')).toBe('2028-02-29');
  });

  it('should run the first term of a contract formed 2025-04-01 from 2025-04-01 to 2026-03-31', () => {
    // 第２条(5) 成立した日から起算して: the day of formation counts.
    const start = '2025-04-01';
    const end = periodEnd(start, 1, 'years', 'include');
    expect([start, end]).toEqual(['2025-04-01', '2026-03-31']);
  });

  it('should put the renewal opt-out deadline of that first term on 2026-01-31 (第13条)', () => {
    const termEnd = periodEnd('2025-04-01', 1, 'years', 'include');
    // The term expires at the end of its last day, so the period may run up to and including it.
    const deadline = latestTimelyNotice(2, 'months', lastDayAllowed(termEnd, 'end-of-day'));
    expect(deadline).toBe('2026-01-31');
    expect(timely('2026-01-31', 2, 'months', termEnd)).toBe(true);
    expect(timely('2026-02-01', 2, 'months', termEnd)).toBe(false);
  });

  it('should make 2027-01-01 the earliest effective date of a terms change notified 2026-11-30 (第４条２)', () => {
    expect(earliestTimelyEvent('2026-11-30', 1, 'months', 'start-of-day')).toBe('2027-01-01');
    // And the day before would not have been timely: new terms apply from 00:00.
    expect(timely('2026-11-30', 1, 'months', lastDayAllowed('2026-12-31', 'start-of-day'))).toBe(
      false,
    );
  });

  it('should end the contract on 2026-06-15 after a cancellation notice arriving 2026-04-15 with no desired date (第14条)', () => {
    expect(periodEnd('2026-04-15', 2, 'months')).toBe('2026-06-15');
    expect(earliestTimelyEvent('2026-04-15', 2, 'months', 'end-of-day')).toBe('2026-06-15');
  });

  it('should let the company terminate from 2026-04-11 for a fee due 2026-03-10 and unpaid (第15条１(8))', () => {
    expect(arisesAfter('2026-03-10', 1, 'months')).toBe('2026-04-11');
  });

  it('should allow measures from 2026-05-09 for an authorized-user violation on 2026-05-01 not cured (第30条２)', () => {
    expect(arisesAfter('2026-05-01', 7, 'days')).toBe('2026-05-09');
    expect(addDays(periodEnd('2026-05-01', 7, 'days'), 1)).toBe('2026-05-09');
  });
});
