/**
 * `terms check -` as a filter that batch systems pipe partitions through (Spark's RDD.pipe, a shell
 * pipeline): NDJSON on stdin, NDJSON on stdout in input order whatever the threads, a slow reader waited
 * for, a reader that leaves early a quiet exit, a bad line that line's problem; and `--only`, which
 * writes less of the same results.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { sniffInput } from '../../src/check/stream/index.js';
import { EXAMPLE, ROOT, run, variants, versionOf, writeTermsProject } from './support.js';

let project: string;
/** 300 contracts (about 5 pieces of input: the threads share them) and a line that is not JSON. */
let batch: string;
/** The batch checked on one thread, the whole outcomes: what the other runs are compared with. */
let one: Awaited<ReturnType<typeof run>>;
const check = (args: string[], stdin: string) => run(['check', ...args, '--as-of', '2026-12-01'], { cwd: project, stdin });
beforeAll(async () => {
  project = writeTermsProject([versionOf('2018-04-20')]);
  const lines = variants(300).map((c) => JSON.stringify(c));
  lines.splice(150, 0, '{"contract": "K-broken", "events": [');
  batch = lines.join('\n') + '\n';
  one = await check(['-', '--jobs', '1'], batch);
});
const parse = (ndjson: string) => ndjson.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('terms check -', () => {
  it('should read NDJSON on stdin and write one line per contract in input order, the same on one thread or two', async () => {
    const two = await check(['-', '--jobs', '2'], batch);
    expect(two.stdout).toBe(one.stdout);
    const lines = parse(one.stdout);
    expect(lines).toHaveLength(301);
    expect(lines.map((l) => l['contract'])).toEqual([...variants(150).map((c) => c.contract), null, ...variants(300).slice(150).map((c) => c.contract)]);
    // The bad line is that line's problem: the others are checked, and the exit status says so.
    expect(lines[150]).toMatchObject({ contract: null, status: 'invalid', index: 150, line: 151 });
    expect(one.status).toBe(2);
  });

  it('should still read a JSON document that starts as one: an array, or { alone on the first line', async () => {
    const pretty = await check(['-'], JSON.stringify(EXAMPLE, null, 2));
    expect(pretty.status).toBe(0);
    expect(pretty.stdout.startsWith('{\n  "contract": "K-0001"')).toBe(true);
    const array = await check(['-'], ` \n[${JSON.stringify(EXAMPLE)}]`);
    expect(JSON.parse(array.stdout)).toHaveLength(1);
  });

  it('should tell NDJSON from a document by the first bytes, however the input is cut, and give every byte back', async () => {
    const cases: Array<[string, boolean]> = [
      ['', true],
      ['{"contract":"K"}\n{}', true],
      ['\uFEFF{"a":1}', true],
      ['  \r\n{ "contract": "K" }', true],
      ['[{"contract":"K"}]', false],
      ['{\n  "contract": "K"\n}', false],
      ['\uFEFF{  \r\n}', false],
      ['{', false],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cases), fc.array(fc.nat(40), { maxLength: 4 }), async ([text, ndjson], cuts) => {
        const bytes = Buffer.from(text, 'utf8');
        const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...at, bytes.length].slice(1).map((end, i, ends) => bytes.subarray(i === 0 ? 0 : (ends[i - 1] as number), end));
        const sniffed = await sniffInput(Readable.from(pieces.filter((p) => p.length)));
        const back: Uint8Array[] = [];
        for await (const piece of sniffed.input) back.push(piece);
        expect([sniffed.ndjson, Buffer.concat(back).toString('utf8')]).toEqual([ndjson, text]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('terms check --only', () => {
  it('should write only the findings, or only the contracts with a violation, counting every contract', async () => {
    const all = one;
    const full = parse(all.stdout);
    const findings = await check(['-', '--jobs', '2', '--only', 'findings'], batch);
    const violations = await check(['-', '--jobs', '1', '--only', 'violations'], batch);
    const both = await check(['-', '--jobs', '1', '--only', 'violations,findings'], batch);
    // The summary and the exit status are those of the whole batch.
    const summary = (stderr: string) => /: (\d+) with violations, (\d+) invalid/u.exec(stderr)?.slice(1);
    for (const r of [findings, violations, both]) expect([r.status, summary(r.stderr)]).toEqual([all.status, summary(all.stderr)]);
    const violating = (o: Record<string, unknown>) => o['status'] === 'invalid' || (o['findings'] as Array<{ severity: string }>).some((f) => f.severity === 'violation');
    const slim = (o: Record<string, unknown>) => (o['status'] === 'invalid' ? o : { contract: o['contract'], status: o['status'], findings: o['findings'] });
    expect(parse(findings.stdout)).toEqual(full.map(slim));
    expect(parse(violations.stdout)).toEqual(full.filter(violating));
    expect(parse(both.stdout)).toEqual(full.filter(violating).map(slim));
    expect(full.filter(violating).length).toBeGreaterThan(10);
    expect(full.filter(violating).length).toBeLessThan(290);
  });

  it('should refuse an unknown selection, and findings in the text format', async () => {
    expect(await check(['-', '--only', 'errors'], '')).toMatchObject({ status: 2, stderr: expect.stringContaining('--only must be findings or violations') });
    expect(await check(['-', '--only', 'findings', '--format', 'text'], '')).toMatchObject({ status: 2, stderr: expect.stringContaining('--only findings needs --format json') });
  });
});

describe('terms check - as a process in a pipeline', () => {
  const terms = (args: string[]) => spawn(process.execPath, [join(ROOT, 'bin/terms.js'), 'check', '-', '--as-of', '2026-12-01', ...args], { cwd: project });

  it('should wait for a slow reader and still write everything in order', async () => {
    const expected = one.stdout;
    const child = terms(['--jobs', '2']);
    child.stdin.end(batch);
    const chunks: Buffer[] = [];
    // Read a piece, then nothing until the next turn of the event loop: the command's output fills the pipe.
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      child.stdout.pause();
      setImmediate(() => child.stdout.resume());
    });
    const [status] = await once(child, 'close');
    expect(status).toBe(2);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
  }, 60_000);

  it('should end quietly with status 0 when the reader leaves early (| head -n 1)', async () => {
    const child = terms(['--jobs', '2']);
    child.stdin.on('error', () => undefined);
    child.stdin.end(batch.repeat(4));
    let stderr = '';
    child.stderr.on('data', (t: Buffer) => (stderr += t.toString('utf8')));
    const first = await new Promise<string>((resolve) => {
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
        if (text.includes('\n')) {
          child.stdout.destroy();
          resolve(text.slice(0, text.indexOf('\n')));
        }
      });
    });
    const [status] = await once(child, 'close');
    expect(JSON.parse(first)).toMatchObject({ contract: 'K-0' });
    expect(status).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error|\n\s+at /u);
  }, 60_000);
});
