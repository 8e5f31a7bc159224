/**
 * The one normalisation the index and the query share (the browser imports this module too): NFKC, so
 * 全角 and 半角 letters and digits meet (ＩＤ = ID, ２ = 2), lower case, and no white space.
 */

/**
 * Normalises a key or a query.
 * @param text any text
 */
export function normalizeKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/**
 * How many times a word occurs in a text, not overlapping: the index counts with it at build time and the
 * browser at query time, so that their scores agree.
 */
export function countOccurrences(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}
