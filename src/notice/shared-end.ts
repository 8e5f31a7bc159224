/**
 * The end that many strings share. A run renders one notice for thousands of recipients: each email is
 * a short beginning that differs (the name, the contract) and a long end that is the same. Work that
 * can be done on each piece alone (reading it, encoding it) is done on the shared end once and on each
 * beginning afresh. The end is learned from the strings themselves (what one has in common with the one
 * before it) and every string is checked to end with it, so nothing assumes how the strings were made.
 */

/** A string cut into its own beginning and a shared end. */
export interface Cut<B, E> {
  /** The beginning: everything before the shared end, up to and including a line break. */
  beginning: string;
  /** What `readBeginning` made of it. */
  beginningValue: B;
  /** What `readEnd` made of the shared end (once for every string that ends with it). */
  endValue: E;
}

/** What {@link createSharedEnds} needs. */
export interface SharedEndOptions<B, E> {
  /** What is done to a beginning; null when the string may not be cut there (the cut is tried at a later line break). */
  readBeginning: (beginning: string) => B | null;
  /** What is done to a shared end, once. */
  readEnd: (end: string) => E;
  /** Shorter shared ends are not worth keeping (default 1,024 characters). */
  minLength?: number;
  /** How many ends are kept (default 8; the oldest goes first). */
  maxEnds?: number;
}

/** Line breaks tried as the cut when an end is learned. */
const TRIES = 8;

/**
 * A cutter of strings into a beginning and a shared end.
 * @returns a function that cuts a string after a line break where it ends with a known shared end, or
 *   else with one it shares with the last string that no known end fitted (then kept), or returns null
 */
export function createSharedEnds<B, E>(options: SharedEndOptions<B, E>): (content: string) => Cut<B, E> | null {
  const { readBeginning, readEnd, minLength = 1024, maxEnds = 8 } = options;
  const ends: Array<{ text: string; value: E }> = [];
  let previous: string | null = null;
  return (content) => {
    for (const end of ends) {
      if (content.length <= end.text.length || !content.endsWith(end.text)) continue;
      const beginning = content.slice(0, content.length - end.text.length);
      const value = readBeginning(beginning);
      if (value !== null) return { beginning, beginningValue: value, endValue: end.value };
    }
    const before = previous;
    previous = content;
    if (before === null) return null;
    let shared = 0;
    for (const most = Math.min(content.length, before.length); shared < most; shared++) {
      if (content.charCodeAt(content.length - 1 - shared) !== before.charCodeAt(before.length - 1 - shared)) break;
    }
    if (shared < minLength) return null;
    let at = content.indexOf('\n', content.length - shared - 1);
    for (let tries = 0; at !== -1 && content.length - at - 1 >= minLength && tries < TRIES; tries++, at = content.indexOf('\n', at + 1)) {
      const beginning = content.slice(0, at + 1);
      const value = readBeginning(beginning);
      if (value === null) continue;
      const text = content.slice(at + 1);
      const end = { text, value: readEnd(text) };
      if (ends.length >= maxEnds) ends.shift();
      ends.push(end);
      return { beginning, beginningValue: value, endValue: end.value };
    }
    return null;
  };
}
