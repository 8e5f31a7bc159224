/**
 * Bounded memoization for the date arithmetic the checker repeats across a batch: a million contracts
 * ask about a few thousand distinct dates, and computing a period costs more than looking it up. A date
 * is looked up by its YYYYMMDD integer in a table per year indexed by month and day: two array reads,
 * several times cheaper than hashing (in a profile of a batch, the hash-map lookup of the previous
 * version was the checker's single hottest line).
 */
import { isoDateKey } from '../period/index.js';

/**
 * Places for years per cache, a year's table in place `year % PLACES`: a year displaces only the one 128
 * years from it (contracts span decades), and the index takes 1.5 KB where one of every four-digit year
 * took 80 KB, in each of the checker's caches on every thread (1.3 MB a thread, in heap snapshots).
 */
const PLACES = 128;

/** Slots of a year: month (1–12) × 32 + day (1–31). */
const SLOTS = 13 * 32;

/** An empty slot (a function's result may be undefined or null). */
const EMPTY: unique symbol = Symbol('empty');

/**
 * Remembers a pure function of a `YYYY-MM-DD` date.
 * @param fn the function; must depend on its argument only
 * @returns the same function, answering repeated dates from a bounded cache (anything not shaped like a
 *   `YYYY-MM-DD` date, with a month up to 12 and a day up to 31, goes to `fn` every time)
 */
export function memoizeDate<R>(fn: (date: string) => R): (date: string) => R {
  const tables = new Array<Array<R | typeof EMPTY>>(PLACES);
  const yearIn = new Int32Array(PLACES).fill(-1);
  return (date) => {
    const key = isoDateKey(date);
    const day = key % 100;
    const month = ((key / 100) | 0) % 100;
    if (key < 0 || month > 12 || day > 31) return fn(date);
    const year = (key / 10000) | 0;
    const place = year % PLACES;
    if (yearIn[place] !== year) {
      yearIn[place] = year;
      tables[place] = new Array<R | typeof EMPTY>(SLOTS).fill(EMPTY);
    }
    const table = tables[place] as Array<R | typeof EMPTY>;
    const slot = month * 32 + day;
    const cached = table[slot] as R | typeof EMPTY;
    if (cached !== EMPTY) return cached;
    const value = fn(date);
    table[slot] = value;
    return value;
  };
}

/**
 * Remembers a pure function of an object (a rule's period, compared by identity) and a date.
 * @param fn the function; must depend on its arguments only, and the object must not change
 * @returns the same function, answering repeated arguments from bounded caches
 */
export function memoizeDateBy<O extends object, R>(fn: (object: O, date: string) => R): (object: O, date: string) => R {
  const caches = new WeakMap<O, (date: string) => R>();
  return (object, date) => {
    let cached = caches.get(object);
    if (!cached) {
      cached = memoizeDate((d) => fn(object, d));
      caches.set(object, cached);
    }
    return cached(date);
  };
}
