/**
 * The checker's one way of ordering things by date. Every date it orders has been read as a real
 * `YYYY-MM-DD` date (read.ts) or computed from one, so period/'s compareValidDates orders them without
 * parsing (compareDates parses and validates both dates on every call: too slow for sorting the events of
 * every contract of a batch).
 */
import { compareValidDates } from '../period/index.js';

/** Arrays up to this length are sorted by insertion (a contract's events, deadlines, rights). */
const SMALL = 32;

/**
 * Sorts items by a date, in place; items of the same day keep their order (a stable sort).
 * @param items the items
 * @param dateOf the date of an item, `YYYY-MM-DD`
 * @returns the same array, sorted
 */
export function sortByDate<T>(items: T[], dateOf: (item: T) => string): T[] {
  if (items.length > SMALL) return items.sort((a, b) => compareValidDates(dateOf(a), dateOf(b)));
  // Insertion sort: no comparator calls through Array.prototype.sort, and one pass when already in order.
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    const date = dateOf(item);
    let j = i - 1;
    while (j >= 0 && compareValidDates(dateOf(items[j] as T), date) > 0) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
