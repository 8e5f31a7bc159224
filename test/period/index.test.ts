import { describe, expect, it } from 'vitest';
import * as api from '../../src/period/index.js';

describe('src/period public index', () => {
  it('should export exactly the documented runtime API, nothing more and nothing less', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'FIRST_HOLIDAY_YEAR',
        'LAST_HOLIDAY_YEAR',
        'addDays',
        'arisesAfter',
        'compareDates',
        'compareValidDates',
        'dateInTokyo',
        'dayOfWeek',
        'daysBetween',
        'durationToJapanese',
        'earliestTimelyEvent',
        'formatDateJa',
        'formatDateJaShort',
        'formatDuration',
        'formatIsoDate',
        'formatWareki',
        'hoursBetween',
        'isCalendarDuration',
        'isIsoDate',
        'isoDateKey',
        'isJapaneseHoliday',
        'isLeapYear',
        'japaneseHolidays',
        'lastDayAllowed',
        'lastDayOfMonth',
        'latestTimelyNotice',
        'parseDuration',
        'parseIsoDate',
        'parseTimestamp',
        'periodEnd',
        'timely',
        'toWareki',
        'todayInJapan',
        'warekiToGregorianYear',
      ].sort(),
    );
  });

  it('should export every function as a function and the holiday range as numbers', () => {
    for (const [name, value] of Object.entries(api)) {
      if (name === 'FIRST_HOLIDAY_YEAR' || name === 'LAST_HOLIDAY_YEAR') {
        expect(typeof value, name).toBe('number');
      } else {
        expect(typeof value, name).toBe('function');
      }
    }
  });

  it('should re-export the same function objects as the modules that define them', async () => {
    const period = await import('../../src/period/period.js');
    const wareki = await import('../../src/period/wareki.js');
    expect(api.periodEnd).toBe(period.periodEnd);
    expect(api.toWareki).toBe(wareki.toWareki);
  });
});
