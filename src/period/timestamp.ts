/**
 * Timestamps with an explicit offset (an outage's `knownAt`, `restoredAt`) and the Japanese date
 * they fall on.
 *
 * Japan has used UTC+9 without daylight saving time since 1952, so the date in Asia/Tokyo is plain
 * integer arithmetic on epoch milliseconds; asking `Date` for local fields would use the machine's
 * time zone instead.
 */

import { toDayNumber } from './civil.js';
import { isoDateOf, parseIsoDate, type IsoDate } from './iso-date.js';

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
const TOKYO_OFFSET_MS = 9 * MS_PER_HOUR;

// RFC 3339 / ISO 8601 extended format. Seconds and fractions are optional; the offset is not,
// because a local time without one names no instant and would be read in the machine's time zone.
const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/**
 * Reads an ISO 8601 timestamp that carries its offset.
 *
 * @param s - e.g. `2026-03-08T09:00:00+09:00`, `2026-03-08T00:00:00Z`, `2026-03-08T09:00+09:00`,
 *   `2026-03-08T09:00:00.250Z`. Fractions finer than a millisecond are truncated.
 * @returns epoch milliseconds, or null when the string has no offset (`2026-03-08T09:00:00`), is
 *   not ISO 8601, names a date or time that does not exist (2026-02-30, 24:00, 23:60, second 60),
 *   or has an offset beyond ±23:59.
 */
export function parseTimestamp(s: string): number | null {
  if (typeof s !== 'string') return null;
  const match = TIMESTAMP.exec(s);
  if (match === null) return null;
  const [, datePart, hh, mm, ss, fraction, zulu, sign, offsetH, offsetM] = match;
  const date = datePart === undefined ? null : parseIsoDate(datePart);
  if (date === null) return null;
  const hour = Number(hh);
  const minute = Number(mm);
  const second = ss === undefined ? 0 : Number(ss);
  // 24:00 and leap seconds are legal in some profiles, but an outage log never needs them and
  // accepting them would give two spellings of one instant.
  if (hour > 23 || minute > 59 || second > 59) return null;
  const millis = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0').slice(0, 3));
  let offsetMinutes = 0;
  if (zulu === undefined) {
    const offsetHour = Number(offsetH);
    const offsetMinute = Number(offsetM);
    if (offsetHour > 23 || offsetMinute > 59) return null;
    offsetMinutes = (sign === '-' ? -1 : 1) * (offsetHour * 60 + offsetMinute);
  }
  return (
    toDayNumber(date) * MS_PER_DAY +
    hour * MS_PER_HOUR +
    minute * MS_PER_MINUTE +
    second * 1000 +
    millis -
    offsetMinutes * MS_PER_MINUTE
  );
}

/**
 * The calendar date in Japan (Asia/Tokyo, UTC+9) of an instant.
 *
 * @param timestamp - epoch milliseconds, e.g. from {@link parseTimestamp}.
 * @returns the `YYYY-MM-DD` date in Japan; `2026-03-08T15:00:00Z` → `2026-03-09`.
 * @throws RangeError when `timestamp` is not a finite number.
 */
export function dateInTokyo(timestamp: number): IsoDate {
  if (!Number.isFinite(timestamp)) {
    throw new RangeError(`timestamp must be finite: ${String(timestamp)}`);
  }
  return isoDateOf(Math.floor((timestamp + TOKYO_OFFSET_MS) / MS_PER_DAY));
}

/**
 * The elapsed time between two instants in hours, fractions included.
 *
 * @param a - the earlier instant, in epoch milliseconds (e.g. an outage's `knownAt`).
 * @param b - the later instant, in epoch milliseconds (e.g. its `restoredAt`).
 * @returns `(b − a)` in hours, e.g. 50.5; negative when `b` is before `a`.
 * @throws RangeError when either argument is not a finite number.
 */
export function hoursBetween(a: number, b: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    throw new RangeError('timestamps must be finite numbers');
  }
  return (b - a) / MS_PER_HOUR;
}

/**
 * Today's date in Japan.
 *
 * @param now - the current instant; defaults to the system clock, pass one to make a result
 *   reproducible.
 * @returns the `YYYY-MM-DD` date in Asia/Tokyo at `now`, whatever the machine's time zone.
 * @throws RangeError when `now` is an invalid Date.
 */
export function todayInJapan(now: Date = new Date()): IsoDate {
  return dateInTokyo(now.getTime());
}
