/**
 * A memo of the values a run computes again and again (a header's encoded line, the reading of a short
 * part), bounded: a run of thousands of emails repeats the same few values, so when the memo is full it
 * starts again empty rather than keeping track of which value is oldest.
 */

/**
 * @param limit values kept at most
 * @returns the memo: the value kept under `key`, or what `make` gives, kept
 */
export function recentValues<V>(limit: number): (key: string, make: () => V) => V {
  const values = new Map<string, V>();
  return (key, make) => {
    let value = values.get(key);
    if (value === undefined) {
      if (values.size >= limit) values.clear();
      values.set(key, (value = make()));
    }
    return value;
  };
}
