/**
 * A worker thread of `terms check --jobs N`: checks the pieces of NDJSON it is sent and returns their
 * output as UTF-8 bytes, so the command's thread only reads, orders and writes. Bundled on its own as
 * lib/bundle/check-worker.js (scripts/bundle.js), so it loads the checker and nothing else.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareTerms } from '../terms.js';
import { BufferPool } from './buffer-pool.js';
import { checkChunk } from './check-chunk.js';
import type { ChunkJob, ChunkReply, WorkerSetup } from './protocol.js';

const setup = workerData as WorkerSetup;
const catalog = prepareTerms(setup.ruleSets, setup.document);
const port = parentPort!;
const pool = new BufferPool();

port.on('message', (job: ChunkJob) => {
  for (const buffer of job.returned) pool.give(buffer);
  const reply: ChunkReply = { seq: job.seq, input: job.bytes, ...checkChunk(job.bytes, job, catalog, setup.asOf, setup.format, pool, setup.only) };
  // Memory is moved between the threads, not copied: the output to be written, the input to be reused.
  port.postMessage(reply, [reply.bytes.buffer as ArrayBuffer, job.bytes.buffer as ArrayBuffer]);
});
