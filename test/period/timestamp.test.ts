import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import * as api from '../../src/period/index.js';
import {
  dateInTokyo,
  hoursBetween,
  parseTimestamp,
  periodEnd,
  todayInJapan,
  toWareki,
} from '../../src/period/index.js';
import { RUNS } from './support.js';

const HOUR = 3_600_000;
const originalTz = process.env['TZ'];

function setTimeZone(tz: string | undefined): void {
  // Node re-reads the zone when TZ is assigned, so local-time Date methods follow it at once.
  if (tz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = tz;
}

describe('timestamps and the date in Japan', () => {
  afterEach(() => setTimeZone(originalTz));

  it('should export the timestamp functions from the public index', () => {
    for (const name of ['parseTimestamp', 'dateInTokyo', 'hoursBetween', 'todayInJapan'] as const) {
      expect(typeof api[name], name).toBe('function');
    }
  });

  it('should read timestamps with an explicit offset as epoch milliseconds', () => {
    expect(parseTimestamp('2026-03-08T09:00:00+09:00')).toBe(Date.UTC(2026, 2, 8, 0, 0, 0));
    expect(parseTimestamp('2026-03-08T00:00:00Z')).toBe(Date.UTC(2026, 2, 8, 0, 0, 0));
    expect(parseTimestamp('2026-03-07T19:00:00-05:00')).toBe(Date.UTC(2026, 2, 8, 0, 0, 0));
    expect(parseTimestamp('2026-03-08T09:00+09:00')).toBe(Date.UTC(2026, 2, 8, 0, 0, 0));
    expect(parseTimestamp('2026-03-08T09:00:00.250+09:00')).toBe(Date.UTC(2026, 2, 8, 0, 0, 0, 250));
    expect(parseTimestamp('2026-03-08T00:00:00.123456789Z')).toBe(Date.UTC(2026, 2, 8, 0, 0, 0, 123));
    expect(parseTimestamp('2026-03-08T05:30:00+05:30')).toBe(Date.UTC(2026, 2, 8, 0, 0, 0));
    expect(parseTimestamp('1969-12-31T23:59:59Z')).toBe(-1000);
  });

  it('should return null for timestamps without an offset or that are not valid ISO 8601', () => {
    for (const s of [
      '2026-03-08T09:00:00',
      '2026-03-08',
      '2026-03-08 09:00:00+09:00',
      '2026-03-08T09:00:00+0900',
      '2026-03-08T09:00:00+09',
      '2026-03-08T9:00:00+09:00',
      '2026-02-30T09:00:00+09:00',
      '2026-03-08T24:00:00+09:00',
      '2026-03-08T23:60:00+09:00',
      '2026-03-08T23:59:60Z',
      '2026-03-08T09:00:00+24:00',
      '2026-03-08T09:00:00+09:60',
      '2026-03-08T09:00:00.Z',
      'March 8, 2026 09:00 JST',
      '',
    ]) {
      expect(parseTimestamp(s), s).toBeNull();
    }
  });

  it('should agree with Date.parse on any timestamp that carries an offset', () => {
    const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
    const timestamp = fc
      .record({
        ms: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 11, 31, 23, 59, 59, 999) }),
        offsetMinutes: fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
        zulu: fc.boolean(),
      })
      .map(({ ms, offsetMinutes, zulu }) => {
        const offset = zulu ? 0 : offsetMinutes;
        // Render the instant's wall-clock time at that offset, via UTC fields only.
        const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
        const sign = offset < 0 ? '-' : '+';
        const abs = Math.abs(offset);
        const suffix = zulu ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
        return `${local}${suffix}`;
      });
    fc.assert(
      fc.property(timestamp, (s) => {
        expect(parseTimestamp(s)).toBe(Date.parse(s));
      }),
      RUNS,
    );
  });

  it('should give the date in Japan, which starts at 15:00 UTC', () => {
    expect(dateInTokyo(Date.UTC(2026, 2, 8, 15, 0, 0))).toBe('2026-03-09');
    expect(dateInTokyo(Date.UTC(2026, 2, 8, 14, 59, 59, 999))).toBe('2026-03-08');
    expect(dateInTokyo(parseTimestamp('2026-03-08T00:00:00+09:00') ?? Number.NaN)).toBe('2026-03-08');
    expect(dateInTokyo(parseTimestamp('2026-03-08T23:59:59+09:00') ?? Number.NaN)).toBe('2026-03-08');
    expect(dateInTokyo(parseTimestamp('2026-03-08T10:00:00-05:00') ?? Number.NaN)).toBe('2026-03-09');
    expect(dateInTokyo(-9 * HOUR)).toBe('1970-01-01');
    expect(dateInTokyo(-9 * HOUR - 1)).toBe('1969-12-31');
  });

  it('should agree with shifting by nine hours and reading the UTC date, for any instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 11, 31) }), (ms) => {
        expect(dateInTokyo(ms)).toBe(new Date(ms + 9 * HOUR).toISOString().slice(0, 10));
      }),
      RUNS,
    );
  });

  it('should measure an outage in hours with fractions', () => {
    const knownAt = parseTimestamp('2026-03-08T09:00:00+09:00') ?? Number.NaN;
    const restoredAt = parseTimestamp('2026-03-10T11:30:00+09:00') ?? Number.NaN;
    expect(hoursBetween(knownAt, restoredAt)).toBe(50.5);
    expect(hoursBetween(restoredAt, knownAt)).toBe(-50.5);
    expect(
      hoursBetween(
        parseTimestamp('2026-03-08T00:00:00Z') ?? Number.NaN,
        parseTimestamp('2026-03-09T09:00:00+09:00') ?? Number.NaN,
      ),
    ).toBe(24);
  });

  it('should give today in Japan from a given instant', () => {
    expect(todayInJapan(new Date('2026-03-31T15:00:00Z'))).toBe('2026-04-01');
    expect(todayInJapan(new Date('2026-03-31T14:59:59Z'))).toBe('2026-03-31');
    expect(todayInJapan()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('should throw a RangeError for instants that are not finite', () => {
    expect(() => dateInTokyo(Number.NaN)).toThrow(RangeError);
    expect(() => dateInTokyo(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => hoursBetween(0, Number.NaN)).toThrow(RangeError);
    expect(() => todayInJapan(new Date('not a date'))).toThrow(RangeError);
  });

  it('should give the same answers whatever the process time zone is', () => {
    const zones = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
    const answers = zones.map((tz) => {
      setTimeZone(tz);
      return {
        // Checks that the zone really changed, so the comparison below is not vacuous.
        localOffset: new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset(),
        today: todayInJapan(new Date('2026-03-31T15:00:00Z')),
        outageDay: dateInTokyo(parseTimestamp('2026-03-08T23:30:00+09:00') ?? Number.NaN),
        parsed: parseTimestamp('2026-03-08T09:00:00+09:00'),
        wareki: toWareki('2019-05-01'),
        end: periodEnd('2026-11-30', 2, 'months'),
      };
    });
    expect(answers.map((a) => a.localOffset)).toEqual([0, -540, 480, -840, 660]);
    for (const answer of answers) {
      expect({ ...answer, localOffset: 0 }).toEqual({
        localOffset: 0,
        today: '2026-04-01',
        outageDay: '2026-03-08',
        parsed: Date.UTC(2026, 2, 8, 0, 0, 0),
        wareki: { era: '令和', year: 1 },
        end: '2027-01-31',
      });
    }
  });
});
