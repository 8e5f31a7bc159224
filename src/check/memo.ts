/**
 * Bounded memoization for the date arithmetic the checker repeats across a batch: a million contracts
 * ask about a few thousand distinct dates, and computing a period costs more than looking it up. Dates
 * are looked up by their YYYYMMDD integer: hashing a small integer is several times cheaper than hashing
 * a fresh string from JSON.parse.
 */
import { isoDateKey } from '../period/index.js';

/** Entries kept per cache; when full, the cache starts again empty (simple, and bounds the memory). */
const LIMIT = 50_000;

/**
 * Remembers a pure function of a `YYYY-MM-DD` date.
 * @param fn the function; must depend on its argument only
 * @returns the same function, answering repeated dates from a bounded cache (anything not shaped like
 *   `YYYY-MM-DD` goes to `fn` every time)
 */
export function memoizeDate<R>(fn: (date: string) => R): (date: string) => R {
  const cache = new Map<number, R>();
  return (date) => {
    const key = isoDateKey(date);
    if (key < 0) return fn(date);
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = fn(date);
      if (cache.size >= LIMIT) cache.clear();
      cache.set(key, value);
    }
    return value as R;
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
