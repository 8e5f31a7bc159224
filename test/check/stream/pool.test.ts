/**
 * The pool of worker threads with real workers: replies come back in input order whichever thread
 * answers first, and a worker that fails, ends or answers wrongly stops the run with an error instead of
 * leaving it waiting.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { BufferPool } from '../../../src/check/stream/buffer-pool.js';
import { chunksOf, type Chunk } from '../../../src/check/stream/index.js';
import { checkInParallel, type Checked } from '../../../src/check/stream/pool.js';
import type { WorkerSetup } from '../../../src/check/stream/protocol.js';

const dir = mkdtempSync(join(tmpdir(), 'terms-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A worker script whose answer to each piece is `body` (given `job`, `port`). */
function workerFile(name: string, body: string): string {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(
    file,
    `import { parentPort as port } from 'node:worker_threads';
port.on('message', async (job) => { ${body} });`,
  );
  return file;
}

/**
 * Echoes each piece back as its output after a delay that makes later pieces overtake earlier ones,
 * with the counts of the piece as the reader counted them.
 */
const ECHO = `
  const text = Buffer.from(job.bytes).toString('utf8');
  await new Promise((r) => setTimeout(r, (job.seq * 7) % 5));
  const lines = text.split('\\n').filter((l, i, all) => i < all.length - 1 || l !== '');
  const bytes = new TextEncoder().encode('[w]' + text);
  port.postMessage({ seq: job.seq, input: job.bytes, bytes, messages: '', contracts: lines.filter((l) => l.trim()).length, invalid: 0, violating: 0, lines: lines.length });
`;

const setup = {} as WorkerSetup;
const local = (chunk: Chunk): Checked => {
  const lines = Buffer.from(chunk.bytes).toString('utf8');
  const output = { bytes: new TextEncoder().encode('[here]' + lines), messages: '', ...chunk.count, invalid: 0, violating: 0, ids: [], idLines: [] };
  return { output, release: () => undefined, thread: 0 };
};

async function run(file: string, workers: number, lines = 400): Promise<{ text: string; threads: Set<number> }> {
  const input = Readable.from([Buffer.from(Array.from({ length: lines }, (_, i) => `{"n":${i}}\n`).join(''))]);
  let text = '';
  const threads = new Set<number>();
  for await (const c of checkInParallel(chunksOf(input, undefined, 64), local, new BufferPool(), setup, workers, file)) {
    text += Buffer.from(c.output.bytes).toString('utf8');
    threads.add(c.thread);
  }
  return { text, threads };
}

describe('checkInParallel', () => {
  it('should give every piece back once, in input order, from workers and from this thread', async () => {
    const { text, threads } = await run(workerFile('echo', ECHO), 2);
    const numbers = [...text.matchAll(/"n":(\d+)/gu)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 400 }, (_, i) => i));
    expect(text).toContain('[w]');
    expect(text).toContain('[here]');
    expect([...threads].sort()).toEqual([0, 1, 2]);
  });

  it('should stop with the error of a worker that throws', async () => {
    await expect(run(workerFile('throws', `throw new Error('boom in worker');`), 1)).rejects.toThrow('boom in worker');
  });

  it('should stop when a worker ends by itself, even with status 0', async () => {
    await expect(run(workerFile('exits', 'process.exit(0);'), 2)).rejects.toThrow('check worker exited with status 0');
  });

  it('should stop when a worker reads a piece differently from the reader', async () => {
    const wrong = ECHO.replace('lines: lines.length', 'lines: lines.length + 1');
    await expect(run(workerFile('miscounts', wrong), 1)).rejects.toThrow(/read \d+ lines \/ \d+ contracts, counted/u);
  });
});
