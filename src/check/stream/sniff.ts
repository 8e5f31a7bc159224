/**
 * Whether standard input holds NDJSON or one JSON document, told from its first bytes, so that
 * `terms check -` is the NDJSON filter batch systems pipe partitions through (Spark's RDD.pipe, a shell
 * pipeline) while `cat contract.json | terms check -` still reads a document.
 *
 * The rule: a JSON document starts with `[` (an array of contracts), or with `{` alone on its first line
 * (a pretty-printed contract, as jq and JSON.stringify(…, null, 2) write it). Anything else is NDJSON,
 * whose first line holds a whole contract; a bad first line is then that line's problem, as in a file.
 */

/** What the first bytes say, and the whole input again (the bytes looked at included). */
export interface Sniffed {
  ndjson: boolean;
  input: AsyncIterable<Uint8Array>;
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Looks at the start of a stream, reading no further than needed (up to the first byte after the first
 * `{` that is not a space or tab, whatever the length of the line).
 * @param stream the input
 * @returns the format and the input, unchanged
 */
export async function sniffInput(stream: AsyncIterable<Uint8Array | string>): Promise<Sniffed> {
  const iterator = stream[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  /** 0: before the first non-blank byte; 1: after a `{`, looking for the rest of its line. */
  let state = 0;
  let offset = 0;
  let verdict: boolean | undefined;
  while (verdict === undefined) {
    const next = await iterator.next();
    if (next.done) break;
    const bytes: Uint8Array = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
    seen.push(bytes);
    for (let i = 0; i < bytes.length && verdict === undefined; i++, offset++) {
      const c = bytes[i] as number;
      if (state === 0) {
        if (offset < 3 && c === BOM[offset]) continue;
        if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
        if (c === 0x7b) state = 1;
        else verdict = c !== 0x5b;
      } else if (c === 0x0a || c === 0x0d) {
        verdict = false;
      } else if (c !== 0x20 && c !== 0x09) {
        verdict = true;
      }
    }
  }
  // Empty input is an empty batch; `{` and nothing after it is a document cut short.
  const ndjson = verdict ?? state === 0;
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* seen;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value;
    }
  }
  return { ndjson, input: replay() };
}
