/**
 * `terms build --watch` redoes only what an edit touches: a real edit of one version file, seen by the
 * real watcher, recompiles that file alone, diffs again only the pairs that involve it, and rewrites only
 * the files whose bytes change; and what it leaves is byte for byte what a full build writes.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCache } from '../../src/cache/store.js';
import { compileProject } from '../../src/project/compile-all.js';
import { loadProjectConfig } from '../../src/project/config.js';
import { PACKAGE_ROOT } from '../../src/project/root.js';
import { buildAll, buildSite, type BuildOptions, type BuildResult } from '../../src/site/build.js';
import { BuildMemo, watchAndRebuild } from '../../src/site/watch.js';

let project: string;
let termsDir: string;
let first: BuildResult;
let second: BuildResult;
let reused = 0;
const memo = new BuildMemo();

/** The files of a folder, by relative path, with their bytes. */
function tree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { withFileTypes: true, recursive: true }).filter((d) => d.isFile());
  return new Map(files.map((d) => join(d.parentPath, d.name)).sort().map((path) => [relative(dir, path), readFileSync(path).toString('base64')]));
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'terms-watch-'));
  termsDir = join(project, 'terms');
  const doc = join(termsDir, 'knet-cloud');
  cpSync(join(PACKAGE_ROOT, 'terms', 'knet-cloud'), doc, { recursive: true });
  // A third version, so that one pair (2018-04-20...2027-01-01) does not involve the edited file.
  const latest = readFileSync(join(doc, '2027-01-01.md'), 'utf8');
  writeFileSync(join(doc, '2028-01-01.md'), latest.replace('version: 2027-01-01', 'version: 2028-01-01').replace('effective: 2027-01-01', 'effective: 2028-01-01').replace('noticeDate: 2026-11-30', 'noticeDate: 2027-11-30'));
  const cache = openCache({ dir: join(project, 'cache'), stamp: 'watch-test' });
  const options: BuildOptions = {
    cwd: project,
    termsDir,
    outDir: join(project, 'dist'),
    baseUrl: 'https://terms.example.jp/',
    today: '2026-12-04',
    config: (await loadProjectConfig(PACKAGE_ROOT, 'terms.config.json')).config,
    cache,
    watch: memo,
  };
  // What `terms build --watch` does on each change (src/cli/commands/build.ts), with the cache.
  const rebuild = async () => {
    const compiled = await compileProject(termsDir, project, cache);
    await cache.flush();
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return buildSite(compiled.versions, options, compiled.diagnostics);
  };
  first = await rebuild();
  const before = memo.stats.reused;
  second = await new Promise<BuildResult>((done, fail) => {
    const watcher = watchAndRebuild([termsDir], async () => {
      try {
        done(await rebuild());
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
      } finally {
        watcher.close();
      }
    }, 50);
    const edited = latest.replace('効力を生じるものとします。', '効力を生ずるものとします。').replace('version: 2027-01-01', 'version: 2028-01-01').replace('effective: 2027-01-01', 'effective: 2028-01-01').replace('noticeDate: 2026-11-30', 'noticeDate: 2027-11-30');
    writeFileSync(join(doc, '2028-01-01.md'), edited);
  });
  reused = memo.stats.reused - before;
}, 240_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('terms build --watch', () => {
  it('should write everything the first time', () => {
    expect(first.ok).toBe(true);
    expect(first.changed?.written).toContain('rules/knet-cloud/2018-04-20.json');
    expect(first.changed?.written.some((p) => p.startsWith('site/assets/'))).toBe(true);
  });

  it('should recompile only the edited file and diff again only the pairs involving it', () => {
    // Three versions and one edit: one new compiled entry besides the first three.
    expect(readdirSync(join(project, 'cache', 'rules'))).toHaveLength(4);
    // Of the three pairs, the one without the edited version is reused, with the search index (the
    // version in force did not change).
    expect(reused).toBe(2);
  });

  it('should rewrite only the files whose bytes changed', () => {
    const { written, removed } = second.changed ?? { written: [], removed: [] };
    expect(removed).toEqual([]);
    expect(written).toContain('rules/knet-cloud/2028-01-01.json');
    expect(written).toContain('diff/knet-cloud/2027-01-01...2028-01-01.json');
    expect(written).not.toContain('rules/knet-cloud/2018-04-20.json');
    expect(written).not.toContain('rules/knet-cloud/2027-01-01.json');
    expect(written).not.toContain('diff/knet-cloud/2018-04-20...2027-01-01.json');
    expect(written.filter((p) => p.startsWith('site/assets/'))).toEqual([]);
    expect(written.length).toBeLessThan((first.changed?.written.length ?? 0) / 2);
  });

  it('should leave exactly what a full build writes', async () => {
    const full = await buildAll({ cwd: project, termsDir, outDir: join(project, 'full'), baseUrl: 'https://terms.example.jp/', today: '2026-12-04', config: (await loadProjectConfig(PACKAGE_ROOT, 'terms.config.json')).config });
    expect(full.ok).toBe(true);
    const built = tree(join(project, 'dist'));
    const expected = tree(join(project, 'full'));
    expect([...built.keys()]).toEqual([...expected.keys()]);
    expect(built).toEqual(expected);
  }, 120_000);
});
