/**
 * Parallel checking for `terms check --jobs N`: N − 1 worker threads and the command's own thread. A
 * piece goes to a worker that has room, else it is checked here while the workers work; replies come
 * back in input order, with a bounded number of pieces in flight so that memory stays flat whatever the
 * batch size.
 */
import { Worker } from 'node:worker_threads';
import type { BufferPool } from './buffer-pool.js';
import type { ChunkOutput } from './check-chunk.js';
import type { Chunk } from './chunks.js';
import type { ChunkJob, ChunkReply, WorkerSetup } from './protocol.js';

/**
 * Pieces in flight per worker: enough that a worker has work while this thread checks a piece of its
 * own, which in the first seconds (its code not yet optimized) takes several times as long as later.
 */
const IN_FLIGHT_PER_WORKER = 4;

/** Replies kept waiting for an earlier one, at most, before the reader waits too. */
const MAX_WAITING = 16;

/**
 * Heap sizes of a worker. V8 sizes young generations for throughput (tens of MB per thread) and lets the
 * old one grow long before collecting it; a worker keeps about 12 MB alive (the terms and the caches of
 * dates), so these bound the process's memory at little cost in time.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 48 };

/** A piece larger than this (one very long line) is checked here, where the heap has no such bound. */
const MAX_WORKER_PIECE = 1 << 19;

interface Slot {
  worker: Worker;
  /** Pieces sent and not answered. */
  load: number;
  /** Memory of its output, written out, to go back with the next piece. */
  returned: ArrayBuffer[];
}

/** A piece's output, and how to hand its memory back once it is written out. */
export interface Checked {
  output: ChunkOutput;
  release(): void;
  /** The thread that checked it: 0 for this one, 1… for the workers. */
  thread: number;
}

interface Pending {
  chunk: Chunk;
  slot: Slot;
  resolve(checked: Checked): void;
  reject(error: Error): void;
}

/** A place in the output: a piece checked, or the promise of one. */
interface Entry {
  checked?: Checked;
  promise?: Promise<Checked>;
}

/**
 * Checks pieces on worker threads and in this one.
 * @param chunks the pieces, in input order
 * @param local checks a piece in this thread
 * @param inputs where the pieces' memory goes back to once a worker has checked them
 * @param setup what every worker needs
 * @param workers number of worker threads (≥ 1)
 * @param workerFile the bundled worker (lib/bundle/check-worker.js)
 * @returns the output of each piece, in input order
 * @throws Error when a worker fails or a reply does not match its piece (a bug: exit status 3)
 */
export async function* checkInParallel(
  chunks: AsyncIterable<Chunk>,
  local: (chunk: Chunk) => Checked,
  inputs: BufferPool,
  setup: WorkerSetup,
  workers: number,
  workerFile: string,
): AsyncGenerator<Checked> {
  const slots: Slot[] = [];
  const pending = new Map<number, Pending>();
  let failure: Error | undefined;
  let closing = false;
  const fail = (error: Error): void => {
    failure ??= error;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  for (let i = 0; i < workers; i++) {
    const worker = new Worker(workerFile, { workerData: setup, resourceLimits: WORKER_HEAP });
    worker.on('message', (reply: ChunkReply) => {
      const p = pending.get(reply.seq);
      if (!p) return;
      pending.delete(reply.seq);
      const { slot } = p;
      slot.load--;
      inputs.give(reply.input.buffer);
      const { lines, contracts } = p.chunk.count;
      if (reply.lines !== lines || reply.contracts !== contracts) {
        fail(new Error(`check worker: piece ${reply.seq} read ${reply.lines} lines / ${reply.contracts} contracts, counted ${lines} / ${contracts}`));
        p.reject(failure as Error);
      } else {
        const release = (): void => {
          if (slot.returned.length < IN_FLIGHT_PER_WORKER * 2) slot.returned.push(reply.bytes.buffer as ArrayBuffer);
        };
        p.resolve({ output: reply, release, thread: slots.indexOf(slot) + 1 });
      }
    });
    worker.on('error', (error) => fail(error instanceof Error ? error : new Error(String(error))));
    worker.on('messageerror', (error) => fail(error));
    // A worker only ends when told to; any other end leaves pieces unanswered.
    worker.on('exit', (code) => {
      if (!closing) fail(new Error(`check worker exited with status ${code}`));
    });
    slots.push({ worker, load: 0, returned: [] });
  }
  const send = (slot: Slot, chunk: Chunk): Entry => {
    slot.load++;
    const entry: Entry = {};
    entry.promise = new Promise<Checked>((resolve, reject) => pending.set(chunk.seq, { chunk, slot, resolve, reject })).then((checked) => (entry.checked = checked));
    // Awaited in order later; a failure meanwhile must not count as unhandled.
    entry.promise.catch(() => undefined);
    const job: ChunkJob = { seq: chunk.seq, bytes: chunk.bytes, line: chunk.line, index: chunk.index, returned: slot.returned.splice(0) };
    slot.worker.postMessage(job, [chunk.bytes.buffer as ArrayBuffer, ...job.returned]);
    return entry;
  };
  const queue: Entry[] = [];
  const next = async (): Promise<Checked> => {
    const entry = queue.shift() as Entry;
    return entry.checked ?? (await (entry.promise as Promise<Checked>));
  };
  try {
    for await (const chunk of chunks) {
      if (failure) throw failure;
      let slot = leastLoaded(slots);
      const fits = chunk.bytes.length <= MAX_WORKER_PIECE;
      // Replies are events: let those that came while this thread checked or read free their worker,
      // which would otherwise wait while this thread checks piece after piece of one read.
      if (slot.load >= IN_FLIGHT_PER_WORKER && fits) {
        await new Promise(setImmediate);
        slot = leastLoaded(slots);
      }
      queue.push(slot.load < IN_FLIGHT_PER_WORKER && fits ? send(slot, chunk) : { checked: local(chunk) });
      while (queue[0]?.checked) yield await next();
      if (queue.length > MAX_WAITING) yield await next();
    }
    while (queue.length) yield await next();
  } finally {
    closing = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

/** The worker with the fewest pieces in flight. */
function leastLoaded(slots: readonly Slot[]): Slot {
  return slots.reduce((a, b) => (b.load < a.load ? b : a));
}
