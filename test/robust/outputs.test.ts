/**
 * Bad places to write to or read from are bad input: exit 2 with one clear line, in every command, and
 * never a loop (issue 16 item 7); an empty terms folder is bad input too (item 10).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, project, terms, tempDir } from './support.js';

/** One line on stderr, exit 2, no stack trace. */
function expectInvalid(run: ReturnType<typeof terms>, text: string): void {
  expect(run.signal).toBeNull();
  expect(hasStackTrace(run.stderr)).toBe(false);
  expect(run.stderr).not.toContain('internal error');
  expect(run.stderr).toContain(text);
  expect(run.stderr.trimEnd().split('\n').filter((l) => !l.startsWith('使い方') && !l.startsWith('  '))).toHaveLength(1);
  expect(run.status).toBe(2);
}

describe('--out and --terms that cannot be used', () => {
  const dir = project();
  writeFileSync(join(dir, 'a-file'), 'not a folder');

  it('should refuse --out at a file, in compile, diff, import and build', () => {
    expectInvalid(terms(['compile', '--out', 'a-file'], { cwd: dir }), 'a-file/knet-cloud: フォルダを作れません / cannot create the folder');
    expectInvalid(terms(['diff', 'knet-cloud@2018-04-20', 'knet-cloud@2027-01-01', '--out', 'a-file/diff.txt'], { cwd: dir }), 'cannot');
    expectInvalid(terms(['build', '--out', 'a-file', '--today', '2026-12-01'], { cwd: dir }), 'a-file');
    const text = join(dir, 'terms.txt');
    writeFileSync(text, '第１条（目的）\nこの規約は目的を定めます。\n');
    expectInvalid(terms(['import', text, '--doc', 'x', '--effective', '2026-01-01', '--title', '規約', '--company', '会社', '--out', 'a-file/x.md'], { cwd: dir }), 'a-file');
  }, 120_000);

  it('should refuse --out under /proc and /sys at once instead of retrying forever', () => {
    expectInvalid(terms(['compile', '--out', '/proc/x'], { cwd: dir, timeout: 30_000 }), '/proc/x');
    expectInvalid(terms(['compile', '--out', '/proc/self/x/y'], { cwd: dir, timeout: 30_000 }), '/proc/self/x');
    expectInvalid(terms(['diff', 'knet-cloud@2018-04-20', 'knet-cloud@2027-01-01', '--out', '/sys/x/diff.txt'], { cwd: dir, timeout: 60_000 }), '/sys/x');
  }, 120_000);

  it('should refuse a --terms that does not exist, is a file, or holds no version', () => {
    for (const command of [['compile'], ['ci'], ['check', '-', '--as-of', '2026-12-01'], ['build', '--today', '2026-12-01']]) {
      expectInvalid(terms([...command, '--terms', 'nowhere'], { cwd: dir, input: '' }), 'no terms folder: nowhere');
      expectInvalid(terms([...command, '--terms', 'a-file'], { cwd: dir, input: '' }), 'is not a folder: a-file');
    }
    mkdirSync(join(dir, 'empty/doc'), { recursive: true });
    expectInvalid(terms(['compile', '--terms', 'empty'], { cwd: dir }), 'no terms versions in the folder');
    expectInvalid(terms(['lint', 'empty'], { cwd: dir }), 'no terms versions found');
  }, 120_000);
});

describe('temporary files of killed runs', () => {
  it('should be removed by the next run that writes into the same folder', () => {
    const dir = project();
    const out = join(dir, 'dist/rules/knet-cloud');
    mkdirSync(out, { recursive: true });
    const gone = deadPid();
    writeFileSync(join(out, `.2018-04-20.json.${gone}-0.tmp`), '{"half": ');
    writeFileSync(join(out, `.2027-01-01.json.${process.pid}-0.tmp`), 'a live run’s');
    expect(terms(['compile'], { cwd: dir }).status).toBe(0);
    const left = readdirSync(out).sort();
    expect(left).toEqual([`.2027-01-01.json.${process.pid}-0.tmp`, '2018-04-20.json', '2027-01-01.json']);
  }, 60_000);

  it('should leave no temporary file when a write fails', () => {
    const dir = tempDir();
    expect(terms(['compile', '--out', join(dir, 'x')]).status).toBe(0);
    expect(existsSync(join(dir, 'x/knet-cloud/2018-04-20.json'))).toBe(true);
    expect(readdirSync(join(dir, 'x/knet-cloud')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});

/** The pid of a process that has ended: `node -p process.pid` prints its own and ends. */
function deadPid(): number {
  return Number(execFileSync(process.execPath, ['-p', 'process.pid']).toString('utf8'));
}
