/**
 * Pieces of an NDJSON stream: however the input arrives and wherever it is cut, the pieces hold its
 * bytes in order, each knows the number of its first line and contract, and checking them one by one
 * writes exactly what checking the whole input at once writes.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TermsCatalog } from '../../../src/check/index.js';
import { checkChunk, chunksOf, splitLines, type Chunk } from '../../../src/check/stream/index.js';
import { BufferPool } from '../../../src/check/stream/buffer-pool.js';
import { catalogOf, EXAMPLE, versionOf } from '../support.js';

let catalog: TermsCatalog;
beforeAll(async () => {
  ({ catalog } = await catalogOf([versionOf('2018-04-20')]));
});

/** Arrives in pieces of the given sizes (the last one repeated), as a file or a pipe delivers it. */
function arriving(bytes: Uint8Array, sizes: number[]): Readable {
  const pieces: Uint8Array[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[Math.min(i, sizes.length - 1)] ?? bytes.length;
    pieces.push(bytes.subarray(at, at + size));
    at += size;
  }
  return Readable.from(pieces);
}

/**
 * Arrives as a file read by readPieces (src/io/read-pieces.ts) delivers it: every read into the same
 * memory, scribbled over once the next read is asked for, so that bytes kept from an earlier read show.
 */
async function* intoOneBuffer(bytes: Uint8Array, sizes: number[]): AsyncGenerator<Uint8Array> {
  const memory = new Uint8Array(Math.max(...sizes));
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const piece = bytes.subarray(at, at + (sizes[Math.min(i, sizes.length - 1)] as number));
    memory.set(piece);
    yield memory.subarray(0, piece.length);
    memory.fill(0x7b);
    at += piece.length;
  }
}

async function collect(bytes: Uint8Array, sizes: number[], size: number, pool?: BufferPool): Promise<Chunk[]> {
  const chunks: Chunk[] = [];
  // Copied: a pool may hand a chunk's memory to the next one.
  for await (const c of chunksOf(arriving(bytes, sizes), pool, size)) chunks.push({ ...c, bytes: c.bytes.slice() });
  return chunks;
}

const violating = { contract: 'K-V', events: EXAMPLE.events.filter((e) => e.type !== 'cancellation.notice' && e.type !== 'renewal.optout') };
/** Lines of every kind the checker meets, in a few spellings. */
const LINES = [
  JSON.stringify(EXAMPLE),
  JSON.stringify(violating),
  JSON.stringify({ contract: 'K-日本', events: [{ type: 'contract.formed', date: '2026-02-30', monthlyFee: 1 }] }),
  '{"contract": "K-cut", "events": [',
  '[1, 2]',
  '',
  '   ',
  '\u3000',
  `  ${JSON.stringify(EXAMPLE)}`,
];
const BREAKS = ['\n', '\r\n', '\r'];
const inputs = fc
  .record({
    bom: fc.boolean(),
    lines: fc.array(fc.tuple(fc.constantFrom(...LINES), fc.constantFrom(...BREAKS)), { minLength: 1, maxLength: 30 }),
    lastBreak: fc.boolean(),
  })
  .map(({ bom, lines, lastBreak }) => {
    const text = lines.map(([line, br], i) => line + (i < lines.length - 1 || lastBreak ? br : '')).join('');
    return Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8');
  });
const sizes = fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 6 });

describe('chunksOf', () => {
  it('should cut the input into whole lines, in order, each piece numbered from where it starts', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, sizes, fc.integer({ min: 1, max: 4000 }), async (bytes, arrival, size) => {
        const chunks = await collect(bytes, arrival, size);
        expect(Buffer.concat(chunks.map((c) => c.bytes))).toEqual(bytes);
        const whole = splitLines(bytes.toString('utf8'));
        let line = 1;
        let index = 0;
        chunks.forEach((c, seq) => {
          const lines = splitLines(Buffer.from(c.bytes).toString('utf8'));
          expect([c.seq, c.line, c.index]).toEqual([seq, line, index]);
          expect(lines).toEqual(whole.slice(line - 1, line - 1 + lines.length));
          expect(c.count).toEqual({ lines: lines.length, contracts: lines.filter((l) => l.trim() !== '').length });
          line += c.count.lines;
          index += c.count.contracts;
        });
        expect(line - 1).toBe(whole.length);
      }),
      { numRuns: 200 },
    );
  });

  it('should keep no view of a read once it asks for the next (a reader may read into that memory again)', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, sizes, fc.integer({ min: 1, max: 4000 }), async (bytes, arrival, size) => {
        const chunks: Chunk[] = [];
        for await (const c of chunksOf(intoOneBuffer(bytes, arrival), undefined, size)) chunks.push(c);
        expect(chunks).toEqual(await collect(bytes, arrival, size));
      }),
      { numRuns: 200 },
    );
  });

  it('should cut a long run of lines into pieces of about the size asked for', async () => {
    const bytes = Buffer.from(`${JSON.stringify(EXAMPLE)}\n`.repeat(200), 'utf8');
    const chunks = await collect(bytes, [1000], 4096);
    expect(chunks.length).toBeGreaterThan(10);
    // Cut at the last line break of the read that reached the size: within a read's length of it.
    for (const c of chunks.slice(0, -1)) expect(c.bytes.length).toBeGreaterThan(4096 - 1000);
    for (const c of chunks.slice(0, -1)) expect(c.bytes.length).toBeLessThan(4096 + 1000);
  });

  it('should cut input that arrives in one large read (a pipe, a string) into pieces of about the size asked for', async () => {
    const line = `${JSON.stringify(EXAMPLE)}\n`;
    const chunks = await collect(Buffer.from(line.repeat(1000), 'utf8'), [Infinity], 65536);
    expect(chunks.length).toBe(Math.ceil((line.length * 1000) / (65536 + line.length)));
    for (const c of chunks.slice(0, -1)) expect(c.bytes.length).toBeLessThan(65536 + line.length);
  });

  it('should take the pieces’ memory from a pool and use memory handed back', async () => {
    const pool = new BufferPool();
    const bytes = Buffer.from(`${JSON.stringify(EXAMPLE)}\n`.repeat(100), 'utf8');
    const seen = new Set<ArrayBufferLike>();
    for await (const c of chunksOf(arriving(bytes, [700]), pool, 2048)) {
      seen.add(c.bytes.buffer);
      pool.give(c.bytes.buffer);
    }
    expect(seen.size).toBe(1);
  });
});

describe('checkChunk', () => {
  it('should write the same output, messages and counts however the input is cut', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, fc.integer({ min: 1, max: 4000 }), fc.constantFrom('json' as const, 'text' as const), async (bytes, size, format) => {
        const whole = checkChunk(bytes, { line: 1, index: 0 }, catalog, '2026-12-01', format);
        const pool = new BufferPool(2);
        let output = '';
        let messages = '';
        const counts = { contracts: 0, invalid: 0, violating: 0, lines: 0 };
        for await (const c of chunksOf(arriving(bytes, [997]), undefined, size)) {
          const out = checkChunk(c.bytes, c, catalog, '2026-12-01', format, pool);
          output += Buffer.from(out.bytes).toString('utf8');
          messages += out.messages;
          for (const k of ['contracts', 'invalid', 'violating', 'lines'] as const) counts[k] += out[k];
          pool.give(out.bytes.buffer);
        }
        expect(output).toBe(Buffer.from(whole.bytes).toString('utf8'));
        expect(messages).toBe(whole.messages);
        expect(counts).toEqual({ contracts: whole.contracts, invalid: whole.invalid, violating: whole.violating, lines: whole.lines });
      }),
      { numRuns: 60 },
    );
  });

  it('should name each bad line by its number in the whole input and each contract by its index', () => {
    const text = `${JSON.stringify(EXAMPLE)}\r\n\r\n{"contract": "K-cut"\n${JSON.stringify(violating)}\n`;
    const out = checkChunk(Buffer.from(text, 'utf8'), { line: 41, index: 30 }, catalog, '2026-12-01', 'json');
    const results = splitLines(Buffer.from(out.bytes).toString('utf8')).map((l) => JSON.parse(l) as { contract: string | null; status: string; index?: number; line?: number });
    expect(results.map((r) => [r.contract, r.status, r.index, r.line])).toEqual([
      ['K-0001', 'ended', undefined, undefined],
      [null, 'invalid', 31, 43],
      ['K-V', 'ended', undefined, undefined],
    ]);
    expect(out.messages).toMatch(/^行 43: JSON として読めません/u);
    expect([out.contracts, out.invalid, out.violating, out.lines]).toEqual([3, 1, 1, 4]);
  });
});
