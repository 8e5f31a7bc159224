/**
 * Cuts an NDJSON byte stream into pieces of whole lines, each numbered with its first line and the index
 * of its first contract, so that pieces can be checked anywhere, in any order, and still name each
 * contract by its place in the whole input.
 */
import type { BufferPool } from './buffer-pool.js';
import { MAX_LINE_BYTES, skippedLine } from './limits.js';
import { countLines, lineEndFrom, wholeLinesLength } from './lines.js';

/** A piece of input made of whole lines. */
export interface Chunk {
  /** Sequence number, from 0. */
  seq: number;
  /** UTF-8 bytes of whole lines. */
  bytes: Uint8Array;
  /** Number of the piece's first line, from 1. */
  line: number;
  /** Index in the batch of the piece's first contract, from 0. */
  index: number;
  /** Its lines and contracts. */
  count: { lines: number; contracts: number };
}

/** Pieces are cut at the first line break after this many bytes. */
export const CHUNK_BYTES = 1 << 16;

/**
 * Reads a stream into chunks.
 * @param input the stream (bytes; strings are encoded as UTF-8)
 * @param pool where the chunks' memory comes from (a chunk's bytes are a view of the start of a buffer
 *   no other chunk shares, to be handed back once checked)
 * @param size cut after about this many bytes (a line longer than that makes a longer piece)
 * @param maxLine a line longer than this is skipped as it is read and stands as one too-long line
 * @returns the chunks in input order
 */
export async function* chunksOf(
  input: AsyncIterable<Uint8Array | string>,
  pool?: BufferPool,
  size = CHUNK_BYTES,
  maxLine = MAX_LINE_BYTES,
): AsyncGenerator<Chunk> {
  let seq = 0;
  let line = 1;
  let index = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  /** Bytes of the last, unfinished line in `pending`. */
  let tail = 0;
  /** Bytes of a too-long line skipped so far (-1: not skipping). */
  let skipped = -1;
  /** A skipped line ended with `\r` at the end of a read: a `\n` that starts the next read belongs to it. */
  let dropLf = false;
  // A copy, not a view of what was read: a chunk may be handed to another thread, which takes its memory along.
  const cut = (from: Uint8Array): Chunk => {
    const length = from.length;
    const bytes = new Uint8Array(pool ? pool.take(length) : new ArrayBuffer(length), 0, length);
    bytes.set(from);
    const count = countLines(bytes);
    const chunk: Chunk = { seq: seq++, bytes, line, index, count };
    line += count.lines;
    index += count.contracts;
    return chunk;
  };
  /**
   * Memory the bytes kept between reads are gathered in, used again and again: a new buffer per join
   * was most of what reading allocated, and the reader may read into its own memory again (readPieces).
   */
  let scratch = new Uint8Array(0);
  /** `pending` as one view of `scratch`. */
  const gather = (): Uint8Array => {
    let target = scratch;
    if (target.length < pendingBytes) target = new Uint8Array(Math.max(pendingBytes, target.length * 2));
    let at = 0;
    for (const part of pending) {
      // Only the first part can lie in `scratch` already (what was kept from the last gathering).
      if (part.buffer !== target.buffer) target.set(part, at);
      else if (part.byteOffset !== at) target.copyWithin(at, part.byteOffset, part.byteOffset + part.length);
      at += part.length;
    }
    scratch = target;
    const joined = target.subarray(0, pendingBytes);
    pending = [joined];
    return joined;
  };
  const joinPending = (): Uint8Array => (pending.length === 1 ? (pending[0] as Uint8Array) : gather());
  /** The whole lines read so far, all of `pending` but its last `tail` bytes, cut into chunks. */
  function* wholeLines(): Generator<Chunk> {
    const joined = joinPending();
    const lines = joined.subarray(0, joined.length - tail);
    for (let start = 0; start < lines.length; ) {
      const end = lines.length - start > size ? lineEndFrom(lines, start + size - 1) : -1;
      const stop = end === -1 ? lines.length : end;
      yield cut(lines.subarray(start, stop));
      start = stop;
    }
  }
  for await (const piece of input) {
    const read: Uint8Array = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    // Reads are taken at most READ bytes at a time (views, not copies): a line longer than the limit
    // then always spans reads, and is caught by the length of the line so far.
    for (let at = 0; at < read.length; at += READ) {
      let bytes = read.subarray(at, at + READ);
      if (dropLf) {
        dropLf = false;
        if (bytes[0] === LF) bytes = bytes.subarray(1);
      }
      while (bytes.length) {
        if (skipped >= 0) {
          // Skipping a line too long to hold: count its bytes up to its line break, keep none of them.
          const end = lineBreakIn(bytes);
          if (end === -1) {
            skipped += bytes.length;
            break;
          }
          skipped += end;
          let next = end + 1;
          if (bytes[end] === CR) {
            if (end + 1 === bytes.length) dropLf = true;
            else if (bytes[end + 1] === LF) next++;
          }
          yield cut(skippedLine(skipped));
          skipped = -1;
          bytes = bytes.subarray(next);
          continue;
        }
        // Only a read that could make the line too long is searched (most lines are far below the limit).
        const firstBreak = tail + bytes.length > maxLine ? lineBreakIn(bytes) : 0;
        if (tail + (firstBreak === -1 ? bytes.length : firstBreak) > maxLine) {
          // The line being read is too long: the whole lines before it go out, and it is skipped.
          yield* wholeLines();
          skipped = tail;
          pending = [];
          pendingBytes = 0;
          tail = 0;
          continue;
        }
        pending.push(bytes);
        pendingBytes += bytes.length;
        const whole = wholeLinesLength(bytes);
        tail = whole === 0 ? tail + bytes.length : bytes.length - whole;
        // Only the newest read is searched first, so that a very long line is not searched again at every read.
        if (pendingBytes >= size && whole !== 0) {
          const joined = joinPending();
          // A read may hold many pieces' worth: cut it at the first line break past each size.
          let start = 0;
          for (let end; joined.length - start >= size && (end = lineEndFrom(joined, start + size - 1)) !== -1; start = end) yield cut(joined.subarray(start, end));
          const rest = joined.subarray(start);
          pending = rest.length ? [rest] : [];
          pendingBytes = rest.length;
        }
        break;
      }
    }
    // What is kept must not be a view of the read: the reader may read into that memory next.
    if (pending.some((part) => part.buffer === read.buffer)) gather();
  }
  if (skipped >= 0) yield cut(skippedLine(skipped));
  else if (pendingBytes) yield cut(joinPending());
}

/** Reads are looked at this many bytes at a time, at most (less than any line limit). */
const READ = 1 << 16;

const LF = 0x0a;
const CR = 0x0d;

/** The first line break (`\n` or `\r`) in bytes, or -1. */
function lineBreakIn(bytes: Uint8Array): number {
  const lf = bytes.indexOf(LF);
  const cr = bytes.indexOf(CR);
  return cr === -1 ? lf : lf === -1 ? cr : Math.min(lf, cr);
}
