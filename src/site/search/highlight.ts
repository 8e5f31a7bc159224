/**
 * What to mark in a search result: every occurrence of the matched words' forms, as merged ranges.
 */

/**
 * Where any of the forms occurs in a text, as merged [start, end) ranges.
 * @param text the text shown
 * @param forms the strings to find (longest first wins at a position)
 */
export function highlightRanges(text: string, forms: readonly string[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const form of forms) {
    if (!form) continue;
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) found.push([at, at + form.length]);
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
