import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaryPath, getTokenizer } from '../../src/tokenize/index.js';
import { ROOT } from './support.js';

/** Runs the built CLI with the dictionary-read counter preloaded; returns the exit status and the count. */
function countReads(args: string[]): { status: number | null; reads: number; stderr: string } {
  const result = spawnSync(process.execPath, ['--require', join(ROOT, 'test/diff/count-dictionary-reads.cjs'), 'bin/terms.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const m = /dictionary-reads=(\d+)/u.exec(result.stderr);
  if (!m) throw new Error(`no count reported: ${result.stderr}`);
  return { status: result.status, reads: Number(m[1]), stderr: result.stderr };
}

describe('getTokenizer', () => {
  it('should find the kuromoji dictionary installed with the package', () => {
    expect(readdirSync(dictionaryPath())).toContain('base.dat.gz');
  });

  it('should split Japanese into morphemes whose surfaces give the text back', async () => {
    const tokenizer = await getTokenizer();
    const text = '契約者は、解約希望日の２ヶ月前までに通知するものとします。';
    const tokens = tokenizer.tokenize(text);
    expect(tokens.map((t) => t.surface_form).join('')).toBe(text);
    expect(tokens.map((t) => t.surface_form)).toContain('契約');
    expect(tokens.length).toBeGreaterThan(10);
  });

  it('should return the one tokenizer of the process, to concurrent and later callers alike', async () => {
    const [a, b] = await Promise.all([getTokenizer(), getTokenizer()]);
    expect(a).toBe(b);
    expect(await getTokenizer()).toBe(a);
  });
});

describe('when the dictionary is loaded', () => {
  const files = readdirSync(dictionaryPath()).filter((f) => f.endsWith('.dat.gz')).length;

  it('should read every dictionary file exactly once for a diff with changed text', () => {
    // Without the cache: with it, a diff whose texts were tokenized before loads no dictionary (test/cache).
    const run = countReads(['diff', 'knet-cloud@2018-04-20', 'knet-cloud@2027-01-01', '--format', 'json', '--no-cache']);
    expect(run.status).toBe(0);
    expect(run.reads).toBe(files);
  });

  it('should not load the dictionary for a diff in which no text changed', () => {
    const run = countReads(['diff', 'knet-cloud@2018-04-20', 'terms/knet-cloud/2018-04-20.md']);
    expect(run.status).toBe(0);
    expect(run.reads).toBe(0);
  });

  it('should never load the dictionary to compile or lint', () => {
    expect(countReads(['compile', '--out', '-']).reads).toBe(0);
    expect(countReads(['lint', 'terms/knet-cloud/2027-01-01.md']).reads).toBe(0);
  });
});
