/**
 * Cuts an NDJSON byte stream into pieces of whole lines, each numbered with its first line and the index
 * of its first contract, so that pieces can be checked anywhere, in any order, and still name each
 * contract by its place in the whole input.
 */
import type { BufferPool } from './buffer-pool.js';
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
 * @returns the chunks in input order
 */
export async function* chunksOf(input: AsyncIterable<Uint8Array | string>, pool?: BufferPool, size = CHUNK_BYTES): AsyncGenerator<Chunk> {
  let seq = 0;
  let line = 1;
  let index = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
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
  for await (const piece of input) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    pending.push(bytes);
    pendingBytes += bytes.length;
    // Only the newest read is searched first, so that a very long line is not searched again at every read.
    if (pendingBytes < size || wholeLinesLength(bytes) === 0) continue;
    const joined = pending.length === 1 ? bytes : Buffer.concat(pending, pendingBytes);
    // A read may hold many pieces' worth (a pipe, a string): cut it at the first line break past each size.
    let start = 0;
    for (let end; joined.length - start >= size && (end = lineEndFrom(joined, start + size - 1)) !== -1; start = end) yield cut(joined.subarray(start, end));
    const rest = joined.subarray(start);
    pending = rest.length ? [rest] : [];
    pendingBytes = rest.length;
  }
  if (pendingBytes) yield cut(pending.length === 1 ? (pending[0] as Uint8Array) : Buffer.concat(pending, pendingBytes));
}
