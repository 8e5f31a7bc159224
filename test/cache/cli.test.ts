/**
 * The cache as `terms` uses it, in-process on a copy of the real terms: outputs with and without it are
 * the same bytes, a warm diff loads no dictionary, and a damaged or unwritable cache is never trusted nor
 * fatal.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOf } from '../../src/cache/store.js';
import { PACKAGE_ROOT } from '../../src/project/root.js';
import { loads, releaseTokenizer } from '../../src/tokenize/index.js';
import { runInProcess } from '../helpers/cli.js';

const DIFF = ['diff', 'knet-cloud@2018-04-20', 'knet-cloud@2027-01-01', '--format', 'json'];
let project: string;
let cacheDir: string;
/** What each command gives without the cache. */
const expected: Record<string, string> = {};

/** The files of a folder, by relative path, with their bytes. */
function tree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { withFileTypes: true, recursive: true }).filter((d) => d.isFile());
  return new Map(files.map((d) => join(d.parentPath, d.name)).sort().map((path) => [relative(dir, path), readFileSync(path).toString('base64')]));
}

/** Every entry file of the cache. */
function entries(): string[] {
  return ['rules', 'tokens'].flatMap((kind) => {
    const dir = join(cacheDir, kind);
    return existsSync(dir) ? readdirSync(dir).map((n) => join(dir, n)) : [];
  });
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'terms-cache-cli-'));
  cpSync(join(PACKAGE_ROOT, 'terms', 'knet-cloud'), join(project, 'terms', 'knet-cloud'), { recursive: true });
  cacheDir = join(project, '.terms-cache');
  const compile = await runInProcess(['compile', '--out', '-', '--no-cache'], project);
  const diff = await runInProcess([...DIFF, '--no-cache'], project);
  expect([compile.status, diff.status]).toEqual([0, 0]);
  expected.compile = compile.stdout;
  expected.diff = diff.stdout;
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('terms with the cache', () => {
  it('should write nothing with --no-cache', () => {
    expect(existsSync(cacheDir)).toBe(false);
    expect(existsSync(join(project, 'node_modules'))).toBe(false);
  });

  it('should give the same bytes cold and warm, and read a warm diff without loading the dictionary', async () => {
    for (const run of ['cold', 'warm']) {
      expect((await runInProcess(['compile', '--out', '-'], project)).stdout, run).toBe(expected.compile);
      releaseTokenizer();
      const before = loads.count;
      expect((await runInProcess(DIFF, project)).stdout, run).toBe(expected.diff);
      // Cold, the dictionary is loaded once for the texts not yet cached; warm, never.
      expect(loads.count - before, run).toBe(run === 'cold' ? 1 : 0);
    }
    expect(readdirSync(join(cacheDir, 'rules'))).toHaveLength(2);
    // Only the texts whose redlines need words: those that changed.
    expect(readdirSync(join(cacheDir, 'tokens')).length).toBeGreaterThan(10);
  });

  it('should ignore and rewrite corrupt, truncated and foreign entries', async () => {
    const files = entries();
    expect(files.length).toBeGreaterThan(0);
    files.forEach((file, i) => {
      const text = readFileSync(file, 'utf8');
      const [header, payload] = text.split('\n') as [string, string];
      // A foreign entry whose payload says something else, with a checksum that matches it: refused for its stamp.
      const forged = payload.replaceAll('利用', '悪用');
      const foreign = `${JSON.stringify({ ...(JSON.parse(header) as object), stamp: 'another-version' })}\n${forged}`;
      writeFileSync(file, [text.slice(0, text.length >> 1), 'garbage{', foreign.replace(/"sum":"[0-9a-f]+"/u, `"sum":"${hashOf(forged)}"`)][i % 3] as string);
    });
    releaseTokenizer();
    const before = loads.count;
    expect((await runInProcess(['compile', '--out', '-'], project)).stdout).toBe(expected.compile);
    expect((await runInProcess(DIFF, project)).stdout).toBe(expected.diff);
    expect(loads.count - before).toBe(1);
    // Rewritten: the next run is warm again.
    releaseTokenizer();
    const rewritten = loads.count;
    expect((await runInProcess(DIFF, project)).stdout).toBe(expected.diff);
    expect(loads.count).toBe(rewritten);
  });

  it('should work, saying so once, when the cache cannot be written', async () => {
    const blocker = join(project, 'blocker');
    writeFileSync(blocker, 'a file where the cache folder would be');
    const run = await runInProcess([...DIFF, '--cache-dir', join(blocker, 'cache')], project);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(expected.diff);
    expect(run.stderr.match(/cannot write the cache/gu)).toHaveLength(1);
  });

  it('should build the same site with and without the cache', async () => {
    const build = async (out: string, ...flags: string[]) => {
      const run = await runInProcess(['build', '--out', join(project, out), '--today', '2026-12-04', '--base-url', 'https://terms.example.jp/', ...flags], project);
      expect(run.status, run.stderr).toBe(0);
      return tree(join(project, out));
    };
    const without = await build('no-cache', '--no-cache');
    await build('cold');
    releaseTokenizer();
    const before = loads.count;
    const warm = await build('warm');
    expect(loads.count).toBe(before);
    expect([...warm.keys()]).toEqual([...without.keys()]);
    expect(warm).toEqual(without);

    // The words and the search index are kept whole: without a single token, nothing changes.
    rmSync(join(cacheDir, 'tokens'), { recursive: true });
    expect(await build('from-words')).toEqual(without);
    expect(loads.count).toBe(before);
    expect(existsSync(join(cacheDir, 'tokens'))).toBe(false);

    // An edit of the coming version: its words are made again, the index of the version in force is kept.
    const edited = join(project, 'terms', 'knet-cloud', '2027-01-01.md');
    const original = readFileSync(edited, 'utf8');
    writeFileSync(edited, original.replace('効力を生じるものとします。', '効力を生じるものとします（改訂）。'));
    try {
      const words = readdirSync(join(cacheDir, 'words')).length;
      expect(await build('edited')).toEqual(await build('edited-no-cache', '--no-cache'));
      expect(readdirSync(join(cacheDir, 'words'))).toHaveLength(words + 1);
      expect(readdirSync(join(cacheDir, 'search'))).toHaveLength(1);
    } finally {
      writeFileSync(edited, original);
    }
  }, 120_000);
});
