/**
 * The checker's caches of dates answer as the function they remember, whatever the dates asked, and
 * remember: a date asked again is not computed again while its year keeps its place.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoizeDate, memoizeDateBy } from '../../src/check/memo.js';

/** Dates of any four-digit year (more than the 128 places for years), also some that do not exist, and text that is no date. */
const dateLike = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 39 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.string({ maxLength: 12 }),
);

describe('memoizeDate', () => {
  it('should answer as the function does, for any dates in any order', () => {
    fc.assert(
      fc.property(fc.array(dateLike, { maxLength: 2_000, size: 'max' }), (dates) => {
        const fn = (date: string) => `${date}!`;
        const memo = memoizeDate(fn);
        for (const date of dates) expect(memo(date)).toBe(fn(date));
      }),
      { numRuns: 50 },
    );
  });

  it('should compute a date once while its year keeps its place, and again once another year takes it', () => {
    const calls: string[] = [];
    const memo = memoizeDate((date) => {
      calls.push(date);
      return date.length;
    });
    for (const date of ['2026-12-01', '2026-12-01', '2154-12-01', '2026-12-01', '2026-12-01', '1898-12-01']) memo(date);
    // 2154 is 128 years from 2026: it takes that year's place, and 2026 then takes it back.
    expect(calls).toEqual(['2026-12-01', '2154-12-01', '2026-12-01', '1898-12-01']);
    // 1898 took 2026's place too; a year in another place is still remembered.
    memo('2025-01-31');
    memo('2025-01-31');
    expect(calls.at(-1)).toBe('2025-01-31');
    expect(calls).toHaveLength(5);
  });

  it('should remember undefined and null as answers too, and leave text that is no date to the function', () => {
    const calls: string[] = [];
    const memo = memoizeDate((date) => {
      calls.push(date);
      return date === '2026-01-01' ? undefined : null;
    });
    for (const date of ['2026-01-01', '2026-01-01', '2026-01-02', '2026-01-02', '2026-13-01', '2026-13-01', 'soon', 'soon']) memo(date);
    expect(calls).toEqual(['2026-01-01', '2026-01-02', '2026-13-01', '2026-13-01', 'soon', 'soon']);
  });
});

describe('memoizeDateBy', () => {
  it('should keep a cache per object, answering as the function does', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), dateLike), { maxLength: 500 }), (asks) => {
        const objects = [{ n: 0 }, { n: 1 }, { n: 2 }, { n: 3 }];
        const fn = (o: { n: number }, date: string) => `${o.n}:${date}`;
        const memo = memoizeDateBy(fn);
        for (const [i, date] of asks) expect(memo(objects[i] as { n: number }, date)).toBe(fn(objects[i] as { n: number }, date));
      }),
      { numRuns: 50 },
    );
  });
});
