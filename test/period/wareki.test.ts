import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/period/index.js';
import {
  addDays,
  formatDateJa,
  formatDateJaShort,
  formatWareki,
  parseIsoDate,
  toWareki,
  warekiToGregorianYear,
} from '../../src/period/index.js';
import { RUNS, anyDate, refFormat } from './support.js';

/** Each era's first day, from the Imperial era-name proclamations (1912 onward). */
const ERA_STARTS = [
  ['1912-07-30', '大正'],
  ['1926-12-25', '昭和'],
  ['1989-01-08', '平成'],
  ['2019-05-01', '令和'],
] as const;

describe('Japanese calendar (wareki)', () => {
  it('should export the wareki functions from the public index', () => {
    for (const name of ['toWareki', 'formatWareki', 'formatDateJa', 'formatDateJaShort', 'warekiToGregorianYear'] as const) {
      expect(typeof api[name], name).toBe('function');
    }
  });

  it('should put 1989-01-07 in 昭和64 and 1989-01-08 in 平成元年', () => {
    expect(toWareki('1989-01-07')).toEqual({ era: '昭和', year: 64 });
    expect(toWareki('1989-01-08')).toEqual({ era: '平成', year: 1 });
  });

  it('should put 2019-04-30 in 平成31 and 2019-05-01 in 令和元年', () => {
    expect(toWareki('2019-04-30')).toEqual({ era: '平成', year: 31 });
    expect(toWareki('2019-05-01')).toEqual({ era: '令和', year: 1 });
  });

  it('should know the 明治/大正 and 大正/昭和 boundaries and the first Gregorian day', () => {
    expect(toWareki('1912-07-29')).toEqual({ era: '明治', year: 45 });
    expect(toWareki('1912-07-30')).toEqual({ era: '大正', year: 1 });
    expect(toWareki('1926-12-24')).toEqual({ era: '大正', year: 15 });
    expect(toWareki('1926-12-25')).toEqual({ era: '昭和', year: 1 });
    expect(toWareki('1873-01-01')).toEqual({ era: '明治', year: 6 });
  });

  it('should count era years from 元年 in the Gregorian year the era began', () => {
    expect(toWareki('2020-01-01')).toEqual({ era: '令和', year: 2 });
    expect(toWareki('2027-01-01')).toEqual({ era: '令和', year: 9 });
    expect(toWareki('2016-06-30')).toEqual({ era: '平成', year: 28 });
    expect(toWareki('2018-12-31')).toEqual({ era: '平成', year: 30 });
  });

  it('should refuse invalid dates and dates before the Gregorian calendar reached Japan', () => {
    expect(() => toWareki('1872-12-31')).toThrow(RangeError);
    expect(() => toWareki('2019-02-29')).toThrow(RangeError);
    expect(() => formatDateJa('1800-01-01')).toThrow(RangeError);
    expect(() => formatDateJaShort('2026-13-01')).toThrow(RangeError);
  });

  it('should write an era year as 元年 for the first year and as a number after', () => {
    expect(formatWareki({ era: '令和', year: 1 })).toBe('令和元年');
    expect(formatWareki({ era: '令和', year: 9 })).toBe('令和9年');
    expect(formatWareki({ era: '平成', year: 31 })).toBe('平成31年');
  });

  it('should write a date with its era year in full-width parentheses', () => {
    expect(formatDateJa('2027-01-01')).toBe('2027年（令和9年）1月1日');
    expect(formatDateJa('2019-05-01')).toBe('2019年（令和元年）5月1日');
    expect(formatDateJa('2019-04-30')).toBe('2019年（平成31年）4月30日');
    expect(formatDateJa('1989-01-08')).toBe('1989年（平成元年）1月8日');
    expect(formatDateJa('2026-12-25')).toBe('2026年（令和8年）12月25日');
  });

  it('should write a date with its Gregorian year only and no leading zeros', () => {
    expect(formatDateJaShort('2027-01-01')).toBe('2027年1月1日');
    expect(formatDateJaShort('2026-12-25')).toBe('2026年12月25日');
  });

  it('should convert an era year to its Gregorian year', () => {
    expect(warekiToGregorianYear('平成', 28)).toBe(2016);
    expect(warekiToGregorianYear('平成', 31)).toBe(2019);
    expect(warekiToGregorianYear('令和', 1)).toBe(2019);
    expect(warekiToGregorianYear('令和', '元')).toBe(2019);
    expect(warekiToGregorianYear('令和', 9)).toBe(2027);
    expect(warekiToGregorianYear('昭和', 64)).toBe(1989);
    expect(warekiToGregorianYear('大正', 15)).toBe(1926);
    expect(warekiToGregorianYear('明治', 45)).toBe(1912);
  });

  it('should reject era years that never existed or that it cannot read', () => {
    expect(warekiToGregorianYear('平成', 32)).toBeNull();
    expect(warekiToGregorianYear('昭和', 65)).toBeNull();
    expect(warekiToGregorianYear('平成', 0)).toBeNull();
    expect(warekiToGregorianYear('平成', 1.5)).toBeNull();
    expect(warekiToGregorianYear('H', 28)).toBeNull();
    expect(warekiToGregorianYear('慶応', 3)).toBeNull();
    expect(warekiToGregorianYear('toString', 1)).toBeNull();
  });

  it('should catch the text "2018 年（平成 28 年）" as inconsistent: 2018 is 平成30', () => {
    expect(warekiToGregorianYear('平成', 28)).not.toBe(2018);
    expect(toWareki('2018-01-01')).toEqual({ era: '平成', year: 30 });
  });

  it('should change era on exactly the first days of 大正, 昭和, 平成 and 令和', () => {
    for (const [first, era] of ERA_STARTS) {
      expect(toWareki(first), first).toEqual({ era, year: 1 });
      expect(toWareki(addDays(first, -1)).era, first).not.toBe(era);
    }
  });

  it('should step era years only on 1 January or on an era change, every day from 1873 to 2100', () => {
    const problems: string[] = [];
    let day = '1873-01-01';
    let previous = toWareki(day);
    while (day !== '2100-12-31') {
      day = addDays(day, 1);
      const current = toWareki(day);
      const newYear = day.endsWith('-01-01');
      const sameEra = current.era === previous.era;
      const ok = sameEra
        ? current.year === previous.year + (newYear ? 1 : 0)
        : current.year === 1 && ERA_STARTS.some(([first]) => first === day);
      if (!ok) problems.push(`${day}: ${JSON.stringify(previous)} → ${JSON.stringify(current)}`);
      previous = current;
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('should make warekiToGregorianYear invert toWareki for any date', () => {
    const modernDate = fc.oneof(
      anyDate,
      fc
        .record({ y: fc.integer({ min: 1873, max: 1989 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
        .map(refFormat),
    );
    fc.assert(
      fc.property(modernDate, (d) => {
        const { era, year } = toWareki(d);
        expect(warekiToGregorianYear(era, year)).toBe(parseIsoDate(d)?.year);
        expect(formatDateJa(d)).toContain(`（${formatWareki({ era, year })}）`);
      }),
      RUNS,
    );
  });
});
