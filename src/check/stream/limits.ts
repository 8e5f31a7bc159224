/**
 * Limits on one input contract, so that one hostile line costs only itself: a line longer than
 * MAX_LINE_BYTES is skipped as it is read (never held whole), and one nested deeper than MAX_DEPTH is
 * refused before JSON.parse, whose result the checker's recursive code could not walk. Both are that
 * line's problem; the rest of the stream goes on.
 */
import { inputProblem, placeName } from '../problems.js';
import type { ContractError } from '../schema.js';

/** Bytes of one NDJSON line, at most: about 50,000 events, far more than any contract has. */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;

/** Nesting of arrays and objects, at most: a contract is 3 deep (contract, events, event). */
export const MAX_DEPTH = 64;

/**
 * How deep JSON text nests (arrays and objects), counted without parsing and stopping once past `limit`:
 * brackets inside strings do not count.
 * @param text JSON text
 * @param limit stop counting past this depth
 * @returns the deepest nesting found, or limit + 1 when deeper
 */
export function jsonDepth(text: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return deepest;
}

/**
 * Whether a text has more than `limit` opening brackets (`[` and `{`), counted with indexOf (native,
 * much faster than a loop over every character): when it has not, it cannot nest deeper than `limit`.
 */
function bracketsExceed(text: string, limit: number): boolean {
  let count = 0;
  for (const bracket of ['{', '[']) {
    for (let at = text.indexOf(bracket); at !== -1; at = text.indexOf(bracket, at + 1)) if (++count > limit) return true;
  }
  return false;
}

/**
 * The problem of a line that breaks a limit, or null.
 * @param text the line (decoded)
 * @param bytes its length in bytes
 */
export function lineLimitProblem(text: string, bytes: number): string | null {
  if (bytes > MAX_LINE_BYTES) return tooLong(bytes);
  // A line cannot nest deeper than it has brackets: most contracts are not scanned at all.
  if (text.length > MAX_DEPTH && bracketsExceed(text, MAX_DEPTH) && jsonDepth(text) > MAX_DEPTH) {
    return `入れ子が深すぎます（${MAX_DEPTH} 段まで）/ nested too deep (at most ${MAX_DEPTH} levels of arrays and objects)`;
  }
  return null;
}

/**
 * The problem of a line too long to read.
 * @param bytes its length in bytes
 */
export function tooLong(bytes: number): string {
  return `行が長すぎます（${bytes} バイト、上限 ${MAX_LINE_BYTES} バイト）/ line too long (${bytes} bytes, at most ${MAX_LINE_BYTES})`;
}

/**
 * The error object of a contract refused for a limit (or any problem found before parsing).
 * @param position where it sits in the input
 * @param text the problem, `日本語 / English`
 */
export function refusedLine(position: { index: number; line: number }, text: string): ContractError {
  return { contract: null, status: 'invalid', index: position.index, line: position.line, errors: [inputProblem(placeName(position), null, null, text)] };
}

/**
 * A line that stands for one skipped because it was too long: 0xFF never occurs in UTF-8, so no line
 * of real input is mistaken for it, and the reader counts it as one line holding one contract.
 */
const SKIPPED = [0xff, ...Buffer.from('terms:too-long:')];

/**
 * The stand-in line (with its line break) for a line of `bytes` bytes skipped by the reader.
 * @param bytes the skipped line's length
 */
export function skippedLine(bytes: number): Uint8Array {
  return Buffer.concat([Buffer.from(SKIPPED), Buffer.from(`${bytes}\n`)]);
}

/**
 * The length of the line a stand-in line stands for, or null when it is not one.
 * @param line a line's bytes, without its line break
 */
export function skippedLength(line: Uint8Array): number | null {
  if (line.length <= SKIPPED.length || line[0] !== 0xff) return null;
  for (let i = 1; i < SKIPPED.length; i++) if (line[i] !== SKIPPED[i]) return null;
  const digits = Buffer.from(line.buffer, line.byteOffset + SKIPPED.length, line.length - SKIPPED.length).toString('latin1');
  return /^\d+$/u.test(digits) ? Number(digits) : null;
}
