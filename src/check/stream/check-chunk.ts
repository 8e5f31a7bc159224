/**
 * Checks a piece of NDJSON input made of whole lines: the same work wherever it runs (in the command's
 * thread or a worker), so the output is the same byte for byte.
 */
import { isUtf8 } from 'node:buffer';
import { checkLine } from '../check.js';
import { EVERYTHING, OutcomeWriter, type OutcomeCounts, type OutputFormat, type OutputSelection } from '../output.js';
import type { CheckOutcome } from '../schema.js';
import type { TermsCatalog } from '../terms.js';
import { lineLimitProblem, refusedLine, skippedLength, tooLong } from './limits.js';
import { isBlank, lineRanges } from './lines.js';
import { Utf8Buffer } from './utf8-buffer.js';
import type { BufferPool } from './buffer-pool.js';

/** Results take about 1.25 times the bytes of the contracts they answer (bench/check.bench.js): room for 2. */
const OUTPUT_PER_INPUT_BYTE = 2;

/** What checking a piece gives. */
export interface ChunkOutput extends OutcomeCounts {
  /** The formatted outcomes, as UTF-8. */
  bytes: Uint8Array;
  /** Input problems, a line each, for stderr (JSON format), and warnings (bytes that are not UTF-8). */
  messages: string;
  /** Lines read, blank ones included. */
  lines: number;
  /** The contract ids read, with their lines (`ids[i]` on line `idLines[i]`): duplicates are found across pieces. */
  ids: string[];
  idLines: number[];
}

/**
 * Checks every contract of a piece of NDJSON.
 * @param input whole lines, as UTF-8
 * @param start number of its first line (from 1) and index of its first contract (from 0) in the input
 * @param catalog the versions of the terms
 * @param asOf the as-of date
 * @param format output format
 * @param pool where the output's memory comes from
 * @param only what of the outcomes is written (--only)
 * @returns the output and counts
 */
export function checkChunk(
  input: Uint8Array,
  start: { line: number; index: number },
  catalog: TermsCatalog,
  asOf: string,
  format: OutputFormat,
  pool?: BufferPool,
  only: OutputSelection = EVERYTHING,
): ChunkOutput {
  const out = new OutcomeWriter(format, catalog, only);
  const buffer = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  // Each result is encoded as soon as it is formatted: no string outlives its contract, so the garbage
  // of a piece dies young instead of being promoted with the piece's output.
  const bytes = new Utf8Buffer(input.byteLength * OUTPUT_PER_INPUT_BYTE, pool);
  const ids: string[] = [];
  const idLines: number[] = [];
  let index = start.index;
  const add = (outcome: CheckOutcome, line: number): void => {
    if (outcome.contract !== null) {
      ids.push(outcome.contract);
      idLines.push(line);
    }
    bytes.append(out.add(outcome, 'line'));
  };
  const check = (text: string, line: number, byteLength: number): void => {
    let json = text;
    if (isBlank(json)) return;
    // The byte-order mark some Windows editors write, which JSON.parse refuses.
    if (line === 1 && json.charCodeAt(0) === 0xfeff) json = json.slice(1);
    const position = { index: index++, line };
    const problem = lineLimitProblem(json, byteLength);
    add(problem ? refusedLine(position, problem) : checkLine(json, position, catalog, asOf), line);
  };
  let count = 0;
  // Bytes that are not UTF-8 are rare, and so is the stand-in of a line the reader skipped as too long
  // (which is not UTF-8 either): only then is each line looked at as bytes.
  const utf8 = isUtf8(buffer);
  // Each line is decoded on its own: no text of the whole piece stays alive (and is copied by every
  // young-generation collection) while its contracts are checked.
  for (const [from, to] of lineRanges(buffer)) {
    const line = start.line + count++;
    if (!utf8) {
      const raw = buffer.subarray(from, to);
      const skipped = skippedLength(raw);
      if (skipped !== null) {
        add(refusedLine({ index: index++, line }, tooLong(skipped)), line);
        continue;
      }
      if (!isUtf8(raw)) {
        out.messages += `行 ${line}（契約[${index}]）: UTF-8 ではないバイトを U+FFFD に置き換えて読みました / line ${line} (contract ${index}): bytes that are not UTF-8 were read as U+FFFD\n`;
      }
    }
    check(buffer.toString('utf8', from, to), line, to - from);
  }
  return { bytes: bytes.take(), messages: out.messages, contracts: out.contracts, invalid: out.invalid, violating: out.violating, lines: count, ids, idLines };
}
