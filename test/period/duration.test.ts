import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/period/index.js';
import {
  durationToJapanese,
  formatDuration,
  isCalendarDuration,
  parseDuration,
  periodEnd,
  type Duration,
  type DurationUnit,
} from '../../src/period/index.js';
import { RUNS } from './support.js';

const unit = fc.constantFrom(
  'days',
  'weeks',
  'months',
  'years',
  'hours',
  'minutes',
) as fc.Arbitrary<DurationUnit>;
const duration: fc.Arbitrary<Duration> = fc.record({
  n: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  unit,
});

describe('ISO 8601 durations', () => {
  it('should export the duration functions from the public index', () => {
    for (const name of ['parseDuration', 'formatDuration', 'durationToJapanese', 'isCalendarDuration'] as const) {
      expect(typeof api[name], name).toBe('function');
    }
  });

  it('should read the single-unit durations the terms use', () => {
    expect(parseDuration('P2M')).toEqual({ n: 2, unit: 'months' });
    expect(parseDuration('P1Y')).toEqual({ n: 1, unit: 'years' });
    expect(parseDuration('P7D')).toEqual({ n: 7, unit: 'days' });
    expect(parseDuration('P2W')).toEqual({ n: 2, unit: 'weeks' });
    expect(parseDuration('PT24H')).toEqual({ n: 24, unit: 'hours' });
    expect(parseDuration('PT30M')).toEqual({ n: 30, unit: 'minutes' });
    expect(parseDuration('P0D')).toEqual({ n: 0, unit: 'days' });
  });

  it('should return null for text that is not an ISO 8601 duration', () => {
    for (const s of ['2 months', '2ヶ月', 'P', 'PT', 'P2', '2M', 'P2m', 'p2m', ' P2M', 'P2M ', 'P２M', '', 'PT24']) {
      expect(parseDuration(s), JSON.stringify(s)).toBeNull();
    }
  });

  it('should reject durations this project cannot give one legal meaning', () => {
    for (const s of [
      'P1M2D', // months and days: the order of counting changes the end
      'P1Y2M',
      'P1DT12H',
      'PT1H30M',
      'P1W2D',
      'P1.5M', // fractions
      'P1,5M',
      'PT0.5H',
      '-P1M', // negative
      'P-1M',
      'P02M', // non-canonical
      'P1H', // hours need the T
      'PT1D',
      'P99999999999999999999D', // not exactly representable
    ]) {
      expect(parseDuration(s), s).toBeNull();
    }
  });

  it('should write durations back in ISO 8601', () => {
    expect(formatDuration({ n: 2, unit: 'months' })).toBe('P2M');
    expect(formatDuration({ n: 1, unit: 'years' })).toBe('P1Y');
    expect(formatDuration({ n: 7, unit: 'days' })).toBe('P7D');
    expect(formatDuration({ n: 2, unit: 'weeks' })).toBe('P2W');
    expect(formatDuration({ n: 24, unit: 'hours' })).toBe('PT24H');
    expect(formatDuration({ n: 30, unit: 'minutes' })).toBe('PT30M');
  });

  it('should write durations in Japanese', () => {
    expect(durationToJapanese({ n: 2, unit: 'months' })).toBe('2ヶ月');
    expect(durationToJapanese({ n: 1, unit: 'years' })).toBe('1年');
    expect(durationToJapanese({ n: 7, unit: 'days' })).toBe('7日');
    expect(durationToJapanese({ n: 2, unit: 'weeks' })).toBe('2週間');
    expect(durationToJapanese({ n: 24, unit: 'hours' })).toBe('24時間');
    expect(durationToJapanese({ n: 30, unit: 'minutes' })).toBe('30分');
  });

  it('should throw a RangeError when asked to write an invalid duration', () => {
    expect(() => formatDuration({ n: -1, unit: 'days' })).toThrow(RangeError);
    expect(() => formatDuration({ n: 1.5, unit: 'months' })).toThrow(RangeError);
    expect(() => formatDuration({ n: 1, unit: 'seconds' as DurationUnit })).toThrow(RangeError);
    expect(() => durationToJapanese({ n: Number.NaN, unit: 'days' })).toThrow(RangeError);
    expect(() => durationToJapanese({ n: 1, unit: 'toString' as DurationUnit })).toThrow(RangeError);
  });

  it('should tell calendar durations, usable as periods, from elapsed time', () => {
    const months = parseDuration('P2M');
    const hours = parseDuration('PT24H');
    expect(months !== null && isCalendarDuration(months)).toBe(true);
    expect(hours !== null && isCalendarDuration(hours)).toBe(false);
    if (months !== null && isCalendarDuration(months)) {
      expect(periodEnd('2026-04-15', months.n, months.unit)).toBe('2026-06-15');
    }
  });

  it('should read back every duration it writes', () => {
    fc.assert(
      fc.property(duration, (d) => {
        expect(parseDuration(formatDuration(d))).toEqual(d);
        expect(durationToJapanese(d).startsWith(String(d.n))).toBe(true);
      }),
      RUNS,
    );
  });

  it('should accept only canonical strings, so writing back what it reads gives the same string', () => {
    const candidate = fc.oneof(
      fc.string(),
      fc.stringMatching(/^-?P(T?)\d{1,3}[YMWDH]$/),
      fc
        .tuple(fc.constantFrom('P', 'PT', 'p', '-P'), fc.nat(), fc.constantFrom('Y', 'M', 'W', 'D', 'H', 'S'))
        .map(([p, n, u]) => `${p}${n}${u}`),
    );
    fc.assert(
      fc.property(candidate, (s) => {
        const parsed = parseDuration(s);
        if (parsed !== null) expect(formatDuration(parsed)).toBe(s);
      }),
      RUNS,
    );
  });
});
