/**
 * Bounded memoization for the date arithmetic the checker repeats across a batch: a million contracts
 * ask about a few thousand distinct dates, and parsing a date string costs more than looking it up.
 */

/** Entries kept per cache; when full, the cache starts again empty (simple, and bounds the memory). */
const LIMIT = 50_000;

/**
 * Remembers a pure function of a string.
 * @param fn the function; must depend on its argument only
 * @returns the same function, answering repeated arguments from a bounded cache
 */
export function memoize<R>(fn: (key: string) => R): (key: string) => R {
  const cache = new Map<string, R>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = fn(key);
      if (cache.size >= LIMIT) cache.clear();
      cache.set(key, value);
    }
    return value as R;
  };
}

/**
 * Remembers a pure function of an object (a rule's period, compared by identity) and a string.
 * @param fn the function; must depend on its arguments only, and the object must not change
 * @returns the same function, answering repeated arguments from bounded caches
 */
export function memoizeBy<O extends object, R>(fn: (object: O, key: string) => R): (object: O, key: string) => R {
  const caches = new WeakMap<O, (key: string) => R>();
  return (object, key) => {
    let cached = caches.get(object);
    if (!cached) {
      cached = memoize((k) => fn(object, k));
      caches.set(object, cached);
    }
    return cached(key);
  };
}
