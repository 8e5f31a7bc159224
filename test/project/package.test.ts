/**
 * The toolkit as an adopter meets it: the package packed (`npm pack`), installed from the tarball into
 * an empty folder, and `npx terms init --from FILE`, `compile`, `lint` and `build` run there. Slow (an
 * `npm install`, from the local cache where it can): one file, run once. It packs the lib/ that
 * `npm run build:ts` made (as `npm test` does first); packing with scripts would rebuild lib/ under the
 * feet of the other test files running at the same time.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/project/root.js';

const exec = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'terms-package-'));
const app = join(root, 'app');

/** The environment without the variables of an enclosing `npm run` (they describe this package, not the adopter's). */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^npm_(?:lifecycle|package|command|execpath|node_execpath)/iu.test(k) && k !== 'INIT_CWD'),
);

/** Runs a command in the adopter's folder; never throws, so a failure shows its output. */
async function run(command: string, args: string[], cwd = app): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { status: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const terms = (...args: string[]) => run('npx', ['--no', 'terms', ...args]);
let tarball = '';

beforeAll(async () => {
  expect(existsSync(join(PACKAGE_ROOT, 'lib/bundle/main.js')), 'run npm run build:ts first').toBe(true);
  const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', root], PACKAGE_ROOT);
  expect(packed.stderr).not.toMatch(/ERR!/u);
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(root, info?.filename ?? '');
  const files = new Set(info?.files.map((f) => f.path));
  for (const needed of ['bin/terms.js', 'lib/bundle/main.js', 'lib/bundle/check-worker.js', 'lib/bundle/validators.index.generated.cjs', 'lib/bundle/validators.ruleset.generated.cjs', 'site/main.ts', 'templates/notice/web-notice.hbs', 'schema/terms-config.schema.json']) {
    expect(files.has(needed), needed).toBe(true);
  }
  expect([...files].some((f) => f.startsWith('test/') || f.startsWith('terms/') || f.endsWith('.map'))).toBe(false);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'adopter', version: '1.0.0', private: true }));
  const installed = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball]);
  expect(installed.status, installed.stderr).toBe(0);
}, 600_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the installed package', () => {
  it('should give a working terms: init from an existing file, compile, lint and build', async () => {
    copyFileSync(join(PACKAGE_ROOT, 'test/project/fixtures/hoshizora-terms.txt'), join(app, 'old-terms.txt'));
    const init = await terms('init', '--doc', 'hoshizora', '--from', 'old-terms.txt', '--effective', '2026-10-01', '--url', 'https://legal.hoshizora.example/', '--sender', '株式会社ほしぞらネット <legal@hoshizora.example>');
    expect(init.stderr).toContain('created terms/hoshizora/2026-10-01.md');
    expect(init.status, init.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(app, 'terms.config.json'), 'utf8')).$schema).toBe('./node_modules/knet-terms/schema/terms-config.schema.json');
    expect(existsSync(join(app, 'node_modules/knet-terms/schema/terms-config.schema.json'))).toBe(true);

    const compile = await terms('compile');
    expect(compile.status, compile.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(app, 'dist/rules/hoshizora/2026-10-01.json'), 'utf8')).meta.company).toBe('株式会社ほしぞらネット');

    // Lint reads the terms (the imported clauses that state rules want annotations); it requires no Knet kinds.
    const lint = await terms('lint', '--format', 'json');
    expect([0, 1]).toContain(lint.status);
    const findings = JSON.parse(lint.stdout) as Array<{ ruleId: string }>;
    expect(findings.filter((f) => f.ruleId === 'annotation-required')).toEqual([]);

    const build = await terms('build', '--today', '2026-12-01');
    expect(build.status, build.stderr).toBe(0);
    const site = join(app, 'dist/site');
    expect(readFileSync(join(site, 'hoshizora/index.html'), 'utf8')).toContain('ほしぞらストレージ利用規約');
    expect(readFileSync(join(site, 'robots.txt'), 'utf8')).toContain('Sitemap: https://legal.hoshizora.example/sitemap.xml');
    expect(readFileSync(join(site, 'feed.xml'), 'utf8')).not.toContain('localhost');
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toMatch(/<script type="module" src="\/assets\/main-[\w-]+\.js">/u);
  }, 300_000);
});
