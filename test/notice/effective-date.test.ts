/**
 * The earliest effective date under 第４条２ (the previous version's change-notice rule) and the check of
 * a version's effective date against its notice date.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { isTermsError } from '../../src/errors.js';
import { assessEffectiveDate, earliestEffectiveDate } from '../../src/notice/index.js';
import { addDays, formatDuration, lastDayAllowed, timely } from '../../src/period/index.js';
import type { RuleSet } from '../../src/ruleset/schema.js';
import { date, period } from '../period/support.js';
import { realVersions } from './support.js';

let previous: RuleSet;
let next: RuleSet;
beforeAll(async () => {
  ({ previous, next } = await realVersions());
});

/** The previous version with its change-notice rule replaced. */
function withRule(change: { n: number; unit: 'days' | 'weeks' | 'months' | 'years'; firstDay?: 'exclude' | 'include'; event?: 'start-of-day' | 'end-of-day'; urgentException?: boolean }): RuleSet {
  const copy = structuredClone(previous);
  copy.rules = copy.rules.map((r) =>
    r.kind === 'change-notice'
      ? {
          ...r,
          notice: {
            duration: formatDuration(change),
            n: change.n,
            unit: change.unit,
            firstDay: change.firstDay ?? 'exclude',
            event: change.event ?? 'start-of-day',
          },
          urgentException: change.urgentException ?? r.urgentException,
        }
      : r,
  );
  return copy;
}

const withEffective = (effective: string): RuleSet => ({ ...next, meta: { ...next.meta, effective } });

describe('earliestEffectiveDate', () => {
  it('should give 2027-01-01 for a notice on 2026-11-30 under the 2018 terms (periods.md)', () => {
    expect(earliestEffectiveDate(previous, '2026-11-30')).toBe('2027-01-01');
  });

  it('should give 2027-01-06 for a notice on 2026-12-05', () => {
    expect(earliestEffectiveDate(previous, '2026-12-05')).toBe('2027-01-06');
  });

  it('should be the first day whose day-before leaves the whole period, for any period and event (src/period)', () => {
    fc.assert(
      fc.property(date, period, fc.constantFrom('start-of-day', 'end-of-day') as fc.Arbitrary<'start-of-day' | 'end-of-day'>, (notice, p, event) => {
        const earliest = earliestEffectiveDate(withRule({ ...p, event }), notice);
        expect(timely(notice, p.n, p.unit, lastDayAllowed(earliest, event))).toBe(true);
        expect(timely(notice, p.n, p.unit, lastDayAllowed(addDays(earliest, -1), event))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('should count the notice day when the rule says firstDay: include', () => {
    fc.assert(
      fc.property(date, period, (notice, p) => {
        expect(earliestEffectiveDate(withRule({ ...p, firstDay: 'include' }), notice)).toBe(
          earliestEffectiveDate(withRule(p), addDays(notice, -1)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('should refuse a version without a change-notice rule, with exit status 2', () => {
    const bare = { ...previous, rules: previous.rules.filter((r) => r.kind !== 'change-notice') };
    let error: unknown;
    try {
      earliestEffectiveDate(bare, '2026-11-30');
    } catch (e) {
      error = e;
    }
    expect(isTermsError(error) && error.exitCode).toBe(2);
    expect(String(error)).toContain('change-notice');
  });
});

describe('assessEffectiveDate', () => {
  it('should allow the real 2027-01-01 version noticed on 2026-11-30', () => {
    expect(assessEffectiveDate({ previous, next, noticeDate: '2026-11-30' })).toEqual({
      earliest: '2027-01-01',
      effective: '2027-01-01',
      allowed: true,
      urgentApplied: false,
      problem: null,
    });
  });

  it('should refuse a notice given too late, stating the earliest allowed date', () => {
    const result = assessEffectiveDate({ previous, next, noticeDate: '2026-12-05' });
    expect(result.allowed).toBe(false);
    expect(result.problem).toContain('通知日 2026-12-05 では効力発生日は 2027年（令和9年）1月6日 以降でなければなりません');
    expect(result.problem).toContain('第４条第２項');
  });

  it('should allow an urgent change with a reason, where the rule has the urgent exception', () => {
    const result = assessEffectiveDate({ previous, next, noticeDate: '2026-12-05', urgent: true, reason: '脆弱性への緊急対応' });
    expect(result).toMatchObject({ allowed: true, urgentApplied: true, earliest: '2027-01-06' });
  });

  it('should refuse an urgent change without a reason', () => {
    const result = assessEffectiveDate({ previous, next, noticeDate: '2026-12-05', urgent: true, reason: ' ' });
    expect(result.allowed).toBe(false);
    expect(result.problem).toContain('--reason');
  });

  it('should refuse an urgent change where the rule makes no urgent exception', () => {
    const strict = withRule({ n: 1, unit: 'months', urgentException: false });
    const result = assessEffectiveDate({ previous: strict, next, noticeDate: '2026-12-05', urgent: true, reason: '緊急' });
    expect(result.allowed).toBe(false);
    expect(result.problem).toContain('緊急の例外を定めていません');
  });

  it('should refuse even an urgent change noticed on or after its effective date (民法548条の4第3項)', () => {
    const result = assessEffectiveDate({ previous, next: withEffective('2026-12-05'), noticeDate: '2026-12-05', urgent: true, reason: '緊急' });
    expect(result.allowed).toBe(false);
    expect(result.problem).toContain('民法548条の4第3項');
    expect(assessEffectiveDate({ previous, next: withEffective('2026-12-06'), noticeDate: '2026-12-05', urgent: true, reason: '緊急' }).allowed).toBe(true);
  });

  it('should not call an on-time change urgent even when flagged so', () => {
    expect(assessEffectiveDate({ previous, next, noticeDate: '2026-11-30', urgent: true, reason: '緊急' }).urgentApplied).toBe(false);
  });
});
