import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/period/index.js';
import {
  FIRST_HOLIDAY_YEAR,
  LAST_HOLIDAY_YEAR,
  addDays,
  dayOfWeek,
  isJapaneseHoliday,
  japaneseHolidays,
  periodEnd,
} from '../../src/period/index.js';
import { RUNS, anyDate } from './support.js';

const datesOf = (year: number): string[] => japaneseHolidays(year).map((h) => h.date);

describe('Japanese national holidays', () => {
  it('should export the holiday functions and range from the public index', () => {
    expect(typeof api.isJapaneseHoliday).toBe('function');
    expect(typeof api.japaneseHolidays).toBe('function');
    expect([FIRST_HOLIDAY_YEAR, LAST_HOLIDAY_YEAR]).toEqual([1990, 2150]);
  });

  it('should list the 2026 holidays, with a 振替休日 on 5/6 and a 国民の休日 on 9/22', () => {
    expect(japaneseHolidays(2026)).toEqual([
      { date: '2026-01-01', name: '元日' },
      { date: '2026-01-12', name: '成人の日' },
      { date: '2026-02-11', name: '建国記念の日' },
      { date: '2026-02-23', name: '天皇誕生日' },
      { date: '2026-03-20', name: '春分の日' },
      { date: '2026-04-29', name: '昭和の日' },
      { date: '2026-05-03', name: '憲法記念日' },
      { date: '2026-05-04', name: 'みどりの日' },
      { date: '2026-05-05', name: 'こどもの日' },
      { date: '2026-05-06', name: '振替休日' },
      { date: '2026-07-20', name: '海の日' },
      { date: '2026-08-11', name: '山の日' },
      { date: '2026-09-21', name: '敬老の日' },
      { date: '2026-09-22', name: '国民の休日' },
      { date: '2026-09-23', name: '秋分の日' },
      { date: '2026-10-12', name: 'スポーツの日' },
      { date: '2026-11-03', name: '文化の日' },
      { date: '2026-11-23', name: '勤労感謝の日' },
    ]);
  });

  it('should list the 2019 holidays of the imperial succession, with no 天皇誕生日', () => {
    expect(datesOf(2019)).toEqual([
      '2019-01-01', '2019-01-14', '2019-02-11', '2019-03-21', '2019-04-29', '2019-04-30',
      '2019-05-01', '2019-05-02', '2019-05-03', '2019-05-04', '2019-05-05', '2019-05-06',
      '2019-07-15', '2019-08-11', '2019-08-12', '2019-09-16', '2019-09-23', '2019-10-14',
      '2019-10-22', '2019-11-03', '2019-11-04', '2019-11-23',
    ]);
    expect(isJapaneseHoliday('2019-04-30')).toBe('国民の休日');
    expect(isJapaneseHoliday('2019-05-01')).toBe('天皇の即位の日');
    expect(isJapaneseHoliday('2019-10-22')).toBe('即位礼正殿の儀');
    expect(isJapaneseHoliday('2019-12-23')).toBeNull();
  });

  it('should move 海の日, スポーツの日 and 山の日 for the Olympics in 2020 and 2021', () => {
    expect(datesOf(2020)).toEqual([
      '2020-01-01', '2020-01-13', '2020-02-11', '2020-02-23', '2020-02-24', '2020-03-20',
      '2020-04-29', '2020-05-03', '2020-05-04', '2020-05-05', '2020-05-06', '2020-07-23',
      '2020-07-24', '2020-08-10', '2020-09-21', '2020-09-22', '2020-11-03', '2020-11-23',
    ]);
    expect(datesOf(2021)).toEqual([
      '2021-01-01', '2021-01-11', '2021-02-11', '2021-02-23', '2021-03-20', '2021-04-29',
      '2021-05-03', '2021-05-04', '2021-05-05', '2021-07-22', '2021-07-23', '2021-08-08',
      '2021-08-09', '2021-09-20', '2021-09-23', '2021-11-03', '2021-11-23',
    ]);
    expect(isJapaneseHoliday('2020-07-24')).toBe('スポーツの日');
    expect(isJapaneseHoliday('2021-10-11')).toBeNull();
  });

  it('should apply the substitute and sandwiched-day rules as they stood before 2007', () => {
    expect(isJapaneseHoliday('1990-04-30')).toBe('振替休日'); // みどりの日 on a Sunday
    expect(isJapaneseHoliday('1990-11-12')).toBe('即位礼正殿の儀');
    expect(isJapaneseHoliday('1990-12-24')).toBe('振替休日');
    expect(isJapaneseHoliday('1993-06-09')).toBe('結婚の儀');
    expect(isJapaneseHoliday('1998-05-04')).toBe('振替休日'); // 5/3 on a Sunday
    expect(isJapaneseHoliday('2006-05-04')).toBe('国民の休日');
    expect(isJapaneseHoliday('2003-05-04')).toBeNull(); // a sandwiched Sunday stayed a Sunday
    expect(isJapaneseHoliday('1999-10-10')).toBe('体育の日');
    expect(isJapaneseHoliday('1995-07-20')).toBeNull(); // 海の日 began in 1996
  });

  it('should apply the substitute and sandwiched-day rules as they stand since 2007', () => {
    expect(isJapaneseHoliday('2008-05-06')).toBe('振替休日'); // 5/4 Sunday, 5/5 holiday
    expect(isJapaneseHoliday('2009-09-22')).toBe('国民の休日');
    expect(isJapaneseHoliday('2015-09-22')).toBe('国民の休日');
    expect(isJapaneseHoliday('2007-04-29')).toBe('昭和の日');
    expect(isJapaneseHoliday('2007-04-30')).toBe('振替休日');
    expect(isJapaneseHoliday('2016-08-11')).toBe('山の日');
  });

  it('should match the equinox days announced in the 官報', () => {
    const announced = [
      ['2000-03-20', '2000-09-23'],
      ['2012-03-20', '2012-09-22'],
      ['2024-03-20', '2024-09-22'],
      ['2025-03-20', '2025-09-23'],
      ['2026-03-20', '2026-09-23'],
      ['2027-03-21', '2027-09-23'],
    ];
    for (const [spring, autumn] of announced) {
      expect(isJapaneseHoliday(spring ?? ''), spring).toBe('春分の日');
      expect(isJapaneseHoliday(autumn ?? ''), autumn).toBe('秋分の日');
    }
  });

  it('should return null for ordinary days, including Sundays', () => {
    expect(isJapaneseHoliday('2026-05-07')).toBeNull();
    expect(isJapaneseHoliday('2026-05-10')).toBeNull(); // a Sunday
  });

  it('should throw a RangeError outside the years it knows and for invalid dates', () => {
    expect(() => isJapaneseHoliday('1989-05-03')).toThrow(RangeError);
    expect(() => japaneseHolidays(2151)).toThrow(RangeError);
    expect(() => japaneseHolidays(2026.5)).toThrow(RangeError);
    expect(() => isJapaneseHoliday('2026-02-30')).toThrow(RangeError);
  });

  it('should never move a deadline that falls on a holiday (民法142条 does not apply)', () => {
    // A two-month period from 2026-03-05 ends on こどもの日 and stays there.
    const end = periodEnd('2026-03-05', 2, 'months');
    expect(end).toBe('2026-05-05');
    expect(isJapaneseHoliday(end)).toBe('こどもの日');
  });

  it('should list each year in order, within the year, with every Sunday holiday followed by a substitute', () => {
    for (let year = FIRST_HOLIDAY_YEAR; year <= LAST_HOLIDAY_YEAR; year++) {
      const holidays = japaneseHolidays(year);
      const dates = holidays.map((h) => h.date);
      expect(dates.every((d) => d.startsWith(`${year}-`)), String(year)).toBe(true);
      expect([...dates].sort(), String(year)).toEqual(dates);
      expect(new Set(dates).size, String(year)).toBe(dates.length);
      for (const { date, name } of holidays) {
        if (dayOfWeek(date) !== 0 || name === '国民の休日' || name === '振替休日') continue;
        // The next day that is not a 国民の祝日 must be a holiday too.
        let next = addDays(date, 1);
        while (isJapaneseHoliday(next) !== null && isJapaneseHoliday(next) !== '振替休日') next = addDays(next, 1);
        expect(isJapaneseHoliday(next), `${date} ${name}`).toBe('振替休日');
      }
      const spring = holidays.find((h) => h.name === '春分の日')?.date ?? '';
      const autumn = holidays.find((h) => h.name === '秋分の日')?.date ?? '';
      expect(spring, String(year)).toMatch(/-03-(19|20|21)$/);
      expect(autumn, String(year)).toMatch(/-09-(22|23|24)$/);
    }
  });

  it('should count as many holidays each year from 1990 to 2050 as the published calendar', () => {
    // Holidays per year (国民の祝日, 振替休日, 国民の休日 and the one-off days), 1990 first,
    // as listed by the Cabinet Office calendar and the holiday_jp data set derived from it.
    const expected = [
      19, 17, 14, 16, 14, 16, 19, 16, 15, 17, 15, 19, 18, 15, 15, 16, 16, 19, 17, 17, 16, 15, 18,
      17, 17, 17, 17, 17, 20, 22, 18, 17, 16, 17, 21, 19, 18, 17, 16, 19, 19, 19, 17, 17, 17, 19,
      18, 18, 16, 16, 18, 19, 19, 18, 17, 17, 19, 19, 18, 17, 17,
    ];
    const actual = expected.map((_, i) => japaneseHolidays(1990 + i).length);
    expect(actual).toEqual(expected);
  });

  it('should name a date exactly when it appears in the list for its year', () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        const name = isJapaneseHoliday(d);
        const listed = japaneseHolidays(Number(d.slice(0, 4))).some((h) => h.date === d);
        expect(name !== null).toBe(listed);
        // A holiday name is never an empty string, and ordinary weekdays are never named.
        if (name !== null) expect(name.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});
