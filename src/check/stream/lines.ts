/**
 * NDJSON lines as `readline` (crlfDelay: Infinity) reads them: `\n`, `\r\n` and a lone `\r` end a line,
 * and a last line without a line break counts when it is not empty. Line numbers in messages follow
 * this rule whether the input was split here, by a worker, or counted from its bytes.
 */

const BREAK = /\r\n|\r|\n/u;

/**
 * Splits text into lines.
 * @param text the text (line breaks included)
 * @returns the lines, without their line breaks
 */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(BREAK);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Whether a line holds no contract (and is skipped, though it still counts as a line). */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** How many lines a piece of input has, and how many of them hold a contract. */
export interface LineCount {
  lines: number;
  contracts: number;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * The lines of a piece of input as byte ranges, by the rule of `splitLines`. The breaks are found natively
 * (indexOf), the next of each kind remembered, so that the piece is searched once for each.
 * @param bytes whole lines
 * @returns [start, end) of each line, without its line break
 */
export function* lineRanges(bytes: Buffer): Generator<[number, number]> {
  let lf = bytes.indexOf(LF);
  let cr = bytes.indexOf(CR);
  for (let from = 0; from < bytes.length; ) {
    if (lf !== -1 && lf < from) lf = bytes.indexOf(LF, from);
    if (cr !== -1 && cr < from) cr = bytes.indexOf(CR, from);
    const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    if (end === -1) {
      yield [from, bytes.length];
      return;
    }
    yield [from, end];
    from = end + (bytes[end] === CR && bytes[end + 1] === LF ? 2 : 1);
  }
}

/**
 * Counts the lines of UTF-8 input without decoding it, the same count `splitLines` and `isBlank` give
 * for its text: the reader numbers lines and contracts before a worker has read them.
 * @param bytes whole lines of UTF-8 (a multi-byte character is never cut, as a line break never is)
 * @returns the count
 */
export function countLines(bytes: Uint8Array): LineCount {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let lines = 0;
  let contracts = 0;
  for (const [start, end] of lineRanges(buffer)) {
    lines++;
    // A line that starts with a printable ASCII character is not blank; anything else is decided on its text.
    const first = end > start ? (buffer[start] as number) : 0;
    if ((first > 0x20 && first < 0x80) || (end > start && !isBlank(buffer.toString('utf8', start, end)))) contracts++;
  }
  return { lines, contracts };
}

/**
 * Where input can be cut so that each piece holds whole lines: after the last `\n`, or else after the
 * last `\r` that is not the final byte (the byte after it, not a `\n`, is known).
 * @param bytes the input read so far
 * @returns the length of the part made of whole lines (0 when there is none yet)
 */
export function wholeLinesLength(bytes: Uint8Array): number {
  const lf = bytes.lastIndexOf(LF);
  if (lf !== -1) return lf + 1;
  const cr = bytes.length < 2 ? -1 : bytes.lastIndexOf(CR, bytes.length - 2);
  return cr === -1 ? 0 : cr + 1;
}

/**
 * Where the first line that reaches a position ends: the first place input can be cut at or after it.
 * @param bytes the input read so far
 * @param from the position
 * @returns the offset just after that line's break, or -1 when the input read so far does not say
 */
export function lineEndFrom(bytes: Uint8Array, from: number): number {
  const lf = bytes.indexOf(LF, from);
  const cr = bytes.indexOf(CR, from);
  // A \r ends a line unless a \n follows it (then the \n does); a final \r waits for the next byte.
  if (cr !== -1 && (lf === -1 || cr < lf) && cr + 1 < bytes.length && bytes[cr + 1] !== LF) return cr + 1;
  return lf === -1 ? -1 : lf + 1;
}
