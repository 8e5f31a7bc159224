/**
 * Checks a piece of NDJSON input made of whole lines: the same work wherever it runs (in the command's
 * thread or a worker), so the output is the same byte for byte.
 */
import { checkLine } from '../check.js';
import { OutcomeWriter, type OutcomeCounts, type OutputFormat } from '../output.js';
import type { TermsCatalog } from '../terms.js';
import { isBlank, splitLines } from './lines.js';
import { Utf8Buffer } from './utf8-buffer.js';
import type { BufferPool } from './buffer-pool.js';

/** Results are about 2.3 times as long as the contracts they answer (bench/check.bench.js): room for 3. */
const OUTPUT_PER_INPUT_BYTE = 3;

/** What checking a piece gives. */
export interface ChunkOutput extends OutcomeCounts {
  /** The formatted outcomes, as UTF-8. */
  bytes: Uint8Array;
  /** Input problems, a line each, for stderr (JSON format). */
  messages: string;
  /** Lines read, blank ones included. */
  lines: number;
}

/**
 * Checks every contract of a piece of NDJSON.
 * @param input whole lines, as UTF-8
 * @param start number of its first line (from 1) and index of its first contract (from 0) in the input
 * @param catalog the versions of the terms
 * @param asOf the as-of date
 * @param format output format
 * @param pool where the output's memory comes from
 * @returns the output and counts
 */
export function checkChunk(
  input: Uint8Array,
  start: { line: number; index: number },
  catalog: TermsCatalog,
  asOf: string,
  format: OutputFormat,
  pool?: BufferPool,
): ChunkOutput {
  const out = new OutcomeWriter(format, catalog);
  const lines = splitLines(Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('utf8'));
  // Each result is encoded as soon as it is formatted: no string outlives its contract, so the garbage
  // of a piece dies young instead of being promoted with the piece's output.
  const bytes = new Utf8Buffer(input.byteLength * OUTPUT_PER_INPUT_BYTE, pool);
  let index = start.index;
  for (let i = 0; i < lines.length; i++) {
    const line = start.line + i;
    let json = lines[i] as string;
    if (isBlank(json)) continue;
    // The byte-order mark some Windows editors write, which JSON.parse refuses.
    if (line === 1 && json.charCodeAt(0) === 0xfeff) json = json.slice(1);
    bytes.append(out.add(checkLine(json, { index: index++, line }, catalog, asOf), 'line'));
  }
  return { bytes: bytes.take(), messages: out.messages, contracts: out.contracts, invalid: out.invalid, violating: out.violating, lines: lines.length };
}
