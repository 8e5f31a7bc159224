/**
 * One hostile contract costs only itself (issue 16 items 2, 3, 10): a line nested 100,000 deep, a line
 * of many MB of white space, bytes that are not UTF-8 and duplicate ids in a batch of good contracts;
 * every other contract is still output, in order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { chunksOf, jsonDepth, MAX_DEPTH, MAX_LINE_BYTES } from '../../src/check/stream/index.js';
import { hasStackTrace, project, ROOT, terms } from './support.js';

const EXAMPLE = JSON.parse(readFileSync(join(ROOT, 'test/check/fixtures/example.json'), 'utf8')) as { contract: string; events: unknown[] };
const good = (i: number) => JSON.stringify({ ...EXAMPLE, contract: `K-${i}` });
const DEEP = '['.repeat(100_000) + ']'.repeat(100_000);

type Outcome = { contract: string | null; status: string; line: number; index: number; errors?: Array<{ message: string }> };
const outcomes = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Outcome);

describe('terms check with hostile lines in a batch', () => {
  const dir = project();

  it('should report a line nested 100,000 deep as that line’s problem and check every other contract', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => good(i));
    lines.splice(1000, 0, DEEP);
    for (const jobs of ['1', '2']) {
      const run = terms(['check', '-', '--ndjson', '--as-of', '2026-12-01', '--jobs', jobs], { cwd: dir, input: lines.join('\n') + '\n' });
      expect(hasStackTrace(run.stderr)).toBe(false);
      const out = outcomes(run.stdout);
      expect(out).toHaveLength(2001);
      expect(out.filter((o) => o.status === 'invalid').map((o) => [o.line, o.index])).toEqual([[1001, 1000]]);
      expect(out[1000]?.errors?.[0]?.message).toContain('行 1001: 入れ子が深すぎます');
      expect(out[2000]?.contract).toBe('K-1999');
      expect(run.stderr).toContain('行 1001: 入れ子が深すぎます');
      expect(run.status).toBe(2);
    }
  }, 120_000);

  it('should refuse a .json file nested too deep with exit 2, not an internal error', () => {
    writeFileSync(join(dir, 'deep.json'), DEEP);
    const run = terms(['check', 'deep.json', '--as-of', '2026-12-01'], { cwd: dir });
    expect(run.stderr).toContain('deep.json: 入れ子が深すぎます');
    expect(run.stderr).not.toContain('internal error');
    expect(run.status).toBe(2);
  }, 60_000);

  it('should skip a line longer than the limit as it is read, report it, and go on', () => {
    // 3 pieces of white space around a line break: the long line, then good ones.
    const huge = ' '.repeat(MAX_LINE_BYTES + 1000);
    const input = [good(0), huge, good(2), `{"contract":"K-3",${' '.repeat(MAX_LINE_BYTES)}"events":[]}`, good(4)].join('\r\n');
    const run = terms(['check', '-', '--ndjson', '--as-of', '2026-12-01'], { cwd: dir, input });
    const out = outcomes(run.stdout);
    expect(out.map((o) => [o.contract, o.status === 'invalid', o.line ?? null])).toEqual([
      ['K-0', false, null],
      [null, true, 2],
      ['K-2', false, null],
      [null, true, 4],
      ['K-4', false, null],
    ]);
    expect(out[1]?.errors?.[0]?.message).toContain(`行が長すぎます（${MAX_LINE_BYTES + 1000} バイト`);
    expect(run.status).toBe(2);
  }, 60_000);

  it('should warn, line by line, of bytes that are not UTF-8, and of a contract id given twice', () => {
    const latin1 = Buffer.from(JSON.stringify({ ...EXAMPLE, contract: 'K-\u00e9' }), 'latin1');
    const input = Buffer.concat([Buffer.from(`${good(0)}\n`), latin1, Buffer.from(`\n${good(2)}\n${good(0)}\n`)]);
    const run = terms(['check', '-', '--ndjson', '--as-of', '2026-12-01'], { cwd: dir, input });
    expect(run.stderr).toContain('行 2（契約[1]）: UTF-8 ではないバイトを U+FFFD に置き換えて読みました');
    expect(run.stderr).toContain('line 4: duplicate contract id, also on line 1');
    expect(run.stderr).not.toContain('line 3: duplicate');
    expect(outcomes(run.stdout)).toHaveLength(4);
  }, 60_000);
});

describe('the NDJSON reader', () => {
  it('should hold none of a 1 GB line of white space: the line stands as one too-long line', async () => {
    const mb = Buffer.alloc(1 << 20, 0x20);
    async function* input() {
      yield Buffer.from(`${good(0)}\n`);
      for (let i = 0; i < 1024; i++) yield mb;
      yield Buffer.from(`\n${good(2)}\n`);
    }
    let largest = 0;
    const lines: number[] = [];
    for await (const chunk of chunksOf(input())) {
      largest = Math.max(largest, chunk.bytes.length);
      lines.push(chunk.line);
    }
    // Every piece is small: the 1 GB line was counted, not kept.
    expect(largest).toBeLessThan(MAX_LINE_BYTES + (1 << 20));
    expect(lines[0]).toBe(1);
    expect(lines.at(-1)).toBe(3);
  }, 120_000);

  it('should count nesting outside strings only, and stop counting past the limit', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[[["}]}')).toBe(3);
    expect(jsonDepth('"\\"[[["')).toBe(0);
    expect(jsonDepth(DEEP)).toBe(MAX_DEPTH + 1);
  });

  it('should read a stream of strings the same as the lines split by hand', async () => {
    const text = [good(0), '', good(1)].join('\n');
    const chunks = [];
    for await (const c of chunksOf(Readable.from([text]))) chunks.push(c);
    expect(chunks.map((c) => c.count)).toEqual([{ lines: 3, contracts: 2 }]);
  });
});
