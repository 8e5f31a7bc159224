/**
 * Streaming NDJSON checking: input read in pieces of whole lines, checked in this thread or on worker
 * threads, output in input order and identical either way.
 */
import type { RuleSet } from '../../ruleset/schema.js';
import { EVERYTHING, type OutcomeCounts, type OutputFormat, type OutputSelection } from '../output.js';
import type { TermsCatalog } from '../terms.js';
import { checkChunk } from './check-chunk.js';
import { BufferPool } from './buffer-pool.js';
import { chunksOf, type Chunk } from './chunks.js';
import { checkInParallel, type Checked } from './pool.js';

export { chunksOf, CHUNK_BYTES, type Chunk } from './chunks.js';
export { checkChunk, type ChunkOutput } from './check-chunk.js';
export { DuplicateIds } from './duplicates.js';
export { CheckOutput, checkJsonDocument, type OutputSink } from './output.js';
export { sniffInput, type Sniffed } from './sniff.js';
export { jsonDepth, MAX_DEPTH, MAX_LINE_BYTES } from './limits.js';
export { countLines, isBlank, lineEndFrom, splitLines, wholeLinesLength } from './lines.js';

/** How to check a stream. */
export interface StreamOptions {
  /** The terms, as the checker uses them. */
  catalog: TermsCatalog;
  /** The compiled rule sets the catalog was prepared from (what workers prepare theirs from). */
  ruleSets: RuleSet[];
  asOf: string;
  format: OutputFormat;
  /** What of the outcomes is written (default: every contract, whole). */
  only?: OutputSelection | undefined;
  /** Threads that check: this one and jobs − 1 workers. */
  jobs: number;
  /** The bundled worker, needed when jobs > 1. */
  workerFile?: string | undefined;
}

/** The output of some contracts, in input order. */
export interface StreamPiece extends OutcomeCounts {
  /** Formatted outcomes, as UTF-8. */
  output: Uint8Array;
  /** Input problems for stderr. */
  messages: string;
  /** Hands the output's memory back for reuse; call once it is written out, and not at all otherwise. */
  release(): void;
  /** The thread that checked these contracts: 0 for the caller's, 1… for workers. */
  thread: number;
  /** The contract ids read, with their lines. */
  ids: string[];
  idLines: number[];
}

/**
 * Checks an NDJSON stream.
 * @param input the stream
 * @param options the terms, as-of date, format and parallelism
 * @returns the output, piece by piece, in input order
 */
export async function* checkNdjsonStream(input: AsyncIterable<Uint8Array | string>, options: StreamOptions): AsyncGenerator<StreamPiece> {
  const inputs = new BufferPool();
  const outputs = new BufferPool();
  const only = options.only ?? EVERYTHING;
  const local = (chunk: Chunk): Checked => {
    const output = checkChunk(chunk.bytes, chunk, options.catalog, options.asOf, options.format, outputs, only);
    inputs.give(chunk.bytes.buffer);
    return { output, release: () => outputs.give(output.bytes.buffer), thread: 0 };
  };
  const chunks = chunksOf(input, inputs);
  const { workerFile } = options;
  if (options.jobs < 2 || !workerFile) {
    for await (const chunk of chunks) yield piece(local(chunk));
    return;
  }
  const first = await chunks.next();
  if (first.done) return;
  // Workers take tens of milliseconds to start: not worth it for input that fits in one piece.
  const second = await chunks.next();
  if (second.done) {
    yield piece(local(first.value));
    return;
  }
  const all = async function* (): AsyncGenerator<Chunk> {
    yield first.value;
    yield second.value;
    yield* chunks;
  };
  const setup = { ruleSets: options.ruleSets, document: options.catalog.document, asOf: options.asOf, format: options.format, only };
  for await (const checked of checkInParallel(all(), local, inputs, setup, options.jobs - 1, workerFile)) yield piece(checked);
}

function piece({ output, release, thread }: Checked): StreamPiece {
  return { output: output.bytes, messages: output.messages, contracts: output.contracts, invalid: output.invalid, violating: output.violating, release, thread, ids: output.ids, idLines: output.idLines };
}
