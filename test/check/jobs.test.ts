/**
 * `terms check --jobs N` through the real CLI (bin/terms.js, built by `npm run build:ts` as `npm test`
 * does first): a batch checked on one thread and on several gives the same bytes, messages and exit
 * status, and the parallel runs really are parallel.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, ROOT, versionOf, writeTermsProject } from './support.js';

let project: string;
let batch: string;
let text: string;
/** Lines of the batch that hold no contract, and the lines that are invalid, counted while it is built. */
const expected = { lines: 0, contracts: 0, invalid: [] as Array<{ index: number; line: number }> };

const violating = { ...EXAMPLE, events: EXAMPLE.events.filter((e) => e.type !== 'cancellation.notice' && e.type !== 'renewal.optout') };

/** 300 contracts, a third of them violating: more than one piece of input. */
const TEXT_BATCH = Array.from({ length: 300 }, (_, i) => JSON.stringify({ ...(i % 3 ? EXAMPLE : violating), contract: `K-${i}` })).join('\n');

/** 6,000 lines of every kind, with CRLF and lone CR breaks, blank lines, a byte-order mark, a 600 KB line, and no final break. */
function buildBatch(): string {
  const lines: string[] = [];
  const add = (line: string, invalid = false) => {
    lines.push(line);
    const blank = line.replace(/^\uFEFF/u, '').trim() === '';
    if (invalid) expected.invalid.push({ index: expected.contracts, line: lines.length });
    if (!blank) expected.contracts++;
  };
  for (let i = 0; i < 6000; i++) {
    const id = `K-${String(i).padStart(5, '0')}`;
    switch (i % 10) {
      case 3:
        add(JSON.stringify({ ...violating, contract: id }));
        break;
      case 5:
        add(JSON.stringify({ contract: id, events: [{ type: 'contract.formed', date: '2026-02-30', monthlyFee: 1 }] }), true);
        break;
      case 7:
        add(i % 20 === 7 ? '' : ' \u3000 ');
        break;
      case 9:
        add(i % 30 === 9 ? `{"contract": "${id}", "events": [` : JSON.stringify({ ...EXAMPLE, contract: id }), i % 30 === 9);
        break;
      default:
        add(JSON.stringify({ ...EXAMPLE, contract: id }));
    }
    if (i === 2500) add(`{"contract":"K-LONG",${' '.repeat(600_000)}"events":${JSON.stringify(EXAMPLE.events)}}`);
  }
  lines[0] = `\uFEFF${lines[0]}`;
  expected.lines = lines.length;
  // Line breaks of every kind (a lone \r only before a line that is not empty: before one, with the next
  // break, it would make a \r\n); the last line has none.
  const breakAfter = (i: number) => (i === lines.length - 1 ? '' : i % 11 === 0 ? '\r\n' : i % 13 === 0 && lines[i + 1] !== '' ? '\r' : '\n');
  return lines.map((l, i) => l + breakAfter(i)).join('');
}

beforeAll(() => {
  project = writeTermsProject([versionOf('2018-04-20')]);
  batch = join(project, 'batch.ndjson');
  writeFileSync(batch, buildBatch());
  text = join(project, 'text.ndjson');
  writeFileSync(text, TEXT_BATCH);
});

function terms(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/terms.js'), 'check', ...args, '--as-of', '2026-12-01'], {
    cwd: project,
    input,
    maxBuffer: 1 << 30,
  });
  const stderr = result.stderr.toString('utf8');
  const summary = stderr.split('\n').filter((l) => l.includes('件の契約を評価しました'));
  return { status: result.status, stdout: result.stdout, messages: stderr.split('\n').filter((l) => !summary.includes(l)), summary: summary.join('\n') };
}

describe('terms check --jobs', () => {
  it('should write the same bytes, messages and exit status on one thread and on several', () => {
    const one = terms([batch, '--jobs', '1']);
    expect(one.status).toBe(2);
    const results = one.stdout.toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { contract: string | null; status: string; index?: number; line?: number });
    expect(results.length).toBe(expected.contracts);
    const invalid = results.filter((r) => r.status === 'invalid').map((r) => ({ index: r.index, line: r.line }));
    expect(invalid).toEqual(expected.invalid);
    expect(results.map((r) => r.contract)).toContain('K-LONG');
    expect(one.summary).not.toContain('threads');
    for (const jobs of ['2', '3']) {
      const many = terms([batch, '--jobs', jobs]);
      expect(many.status).toBe(2);
      expect(many.stdout.equals(one.stdout)).toBe(true);
      expect(many.messages).toEqual(one.messages);
      expect(many.summary.replace(/、\d スレッド| on \d threads/gu, '')).toBe(one.summary);
    }
    // A file is read into memory used again and again (io/read-pieces.ts), stdin as a stream delivers it:
    // the batch (several reads' worth, a line across reads) gives the same bytes either way.
    const piped = terms(['-', '--ndjson'], readFileSync(batch, 'utf8'));
    expect(piped.stdout.equals(one.stdout)).toBe(true);
    expect(piped.messages).toEqual(one.messages);
  });

  it('should check on every thread it was given', () => {
    // Two threads: the first pieces go to the worker, and the command's thread checks while it is busy.
    expect(terms([batch, '--jobs', '2']).summary).toContain(`checked ${expected.contracts} contract(s) on 2 threads`);
    expect(terms([batch, '--jobs', '3']).summary).toMatch(/on [23] threads/u);
  });

  it('should write the same text format, and read stdin the same way, on several threads', () => {
    const one = terms([text, '--jobs', '1', '--format', 'text']);
    const many = terms([text, '--jobs', '2', '--format', 'text']);
    expect(one.stdout.toString('utf8')).toContain('━━ 契約 K-299 ━━');
    expect(many.stdout.equals(one.stdout)).toBe(true);
    expect(many.status).toBe(one.status);
    const piped = terms(['-', '--ndjson', '--jobs', '2'], TEXT_BATCH);
    expect(piped.summary).toContain('on 2 threads');
    expect(piped.stdout.equals(terms([text, '--jobs', '1']).stdout)).toBe(true);
  });

  it('should check a single piece of input on its own thread, starting no worker', () => {
    // 300 contracts are more than one piece: workers start. One contract is not.
    expect(terms([text, '--jobs', '4']).summary).toMatch(/threads/u);
    writeFileSync(join(project, 'one.ndjson'), `${JSON.stringify(EXAMPLE)}\n`);
    expect(terms([join(project, 'one.ndjson'), '--jobs', '4']).summary).not.toMatch(/threads/u);
  });

  // It used to fail now and then on a loaded machine: the pipe's error came while the command was not
  // waiting for 'drain', with no listener, and Node made it an uncaught exception (exit 1). The CLI now
  // listens for it for the whole run (src/cli/main.ts), whatever the timing: on one thread and on two.
  it.each(['1', '2'])('should stop quietly, with status 0, when the reader of its output goes away (| head), --jobs %s', async (jobs) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/terms.js'), 'check', batch, '--as-of', '2026-12-01', '--jobs', jobs], { cwd: project });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdout.once('data', () => child.stdout.destroy());
    const [status] = (await once(child, 'close')) as [number | null];
    expect(stderr).not.toContain('internal error');
    expect(stderr).not.toContain('件の契約を評価しました');
    expect(status).toBe(0);
  });

  it('should refuse a --jobs that is not a whole number from 1, with exit status 2', () => {
    for (const jobs of ['0', '-1', 'two', '1.5', '']) {
      const { status, messages } = terms([batch, `--jobs=${jobs}`]);
      expect(status).toBe(2);
      expect(messages.join('\n')).toContain('--jobs must be a whole number from 1');
      expect(messages.join('\n')).not.toMatch(/^\s+at /mu);
    }
  });
});
