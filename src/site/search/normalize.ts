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
