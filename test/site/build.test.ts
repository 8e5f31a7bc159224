/**
 * `terms build` end to end, in-process: what it writes into dist/, the budgets of a terms page, the
 * feed and the sitemap, and what it does with bad input.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/project/root.js';
import { runInProcess } from '../helpers/cli.js';
import { TERMS_DIR, TODAY } from './support.js';

const root = mkdtempSync(join(tmpdir(), 'terms-build-'));
const out = join(root, 'dist');
let first: { status: number; stdout: string; stderr: string };

/** Runs the CLI in-process from the package folder, capturing its output. */
const run = (...argv: string[]) => runInProcess(argv, PACKAGE_ROOT);

const read = (path: string) => readFileSync(join(out, path), 'utf8');
const gzipped = (path: string) => gzipSync(readFileSync(join(out, path))).length;

beforeAll(async () => {
  first = await run('build', '--out', out, '--today', TODAY, '--base-url', 'https://terms.example.jp/');
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('terms build', () => {
  it('should build rule sets, diffs, notices and the site into the output folder', () => {
    expect(first.stderr).toMatch(/built 2 version\(s\), 1 diff\(s\), 1 notice\(s\), \d+ page\(s\)/u);
    expect(first.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['diff', 'notices', 'rules', 'site']);
    expect(JSON.parse(read('rules/knet-cloud/2027-01-01.json')).meta.version).toBe('2027-01-01');
    for (const ext of ['json', 'md', 'html', 'table.html', 'table.md']) expect(existsSync(join(out, `diff/knet-cloud/2018-04-20...2027-01-01.${ext}`)), ext).toBe(true);
    expect(read('notices/knet-cloud/2027-01-01.html')).toContain('https://terms.example.jp/knet-cloud/2027-01-01/');
    expect(read('notices/knet-cloud/2027-01-01.atom.xml')).toMatch(/^<entry>/u);
    for (const page of [
      'index.html',
      'knet-cloud/index.html',
      'knet-cloud/2018-04-20/index.html',
      'knet-cloud/2027-01-01/index.html',
      'knet-cloud/history/index.html',
      'knet-cloud/diff/index.html',
      'knet-cloud/diff/2018-04-20...2027-01-01/index.html',
      'knet-cloud/diff/2018-04-20...2027-01-01/shinkyu.html',
      'notices/index.html',
      'notices/knet-cloud/2027-01-01/index.html',
      'search/index.html',
      'search/index.json',
      '404.html',
      'feed.xml',
      'sitemap.xml',
      'robots.txt',
    ]) {
      expect(existsSync(join(out, 'site', page)), page).toBe(true);
    }
    expect(readdirSync(out).some((f) => f.startsWith('.build-'))).toBe(false);
  });

  it('should show the version in force on the build date at the document’s URL', async () => {
    expect(read('site/knet-cloud/index.html')).toContain('<link rel="canonical" href="https://terms.example.jp/knet-cloud/2018-04-20/">');
    const later = join(root, 'later');
    expect((await run('build', '--out', later, '--today', '2027-01-01')).status).toBe(0);
    // Without --base-url, the site's URL comes from terms.config.json (site.url), never localhost.
    expect(readFileSync(join(later, 'site/knet-cloud/index.html'), 'utf8')).toContain('<link rel="canonical" href="https://terms.knet.example/knet-cloud/2027-01-01/">');
  });

  it('should put the built assets’ hashed names into every page', () => {
    const assets = readdirSync(join(out, 'site/assets'));
    const css = assets.find((f) => /^main-[\w-]+\.css$/u.test(f));
    const js = assets.find((f) => /^main-[\w-]+\.js$/u.test(f));
    expect(css && js).toBeTruthy();
    const page = read('site/knet-cloud/index.html');
    expect(page).toContain(`<link rel="stylesheet" href="/assets/${css}">`);
    expect(page).toContain(`<script type="module" src="/assets/${js}"></script>`);
  });

  it('should keep a terms page with its CSS and JavaScript under 60 KB gzipped', () => {
    const page = read('site/knet-cloud/index.html');
    const assets = [...page.matchAll(/(?:href|src)="\/(assets\/[^"]+)"/gu)].map((m) => `site/${m[1]}`);
    expect(assets).toHaveLength(2);
    const total = gzipped('site/knet-cloud/index.html') + assets.reduce((n, a) => n + gzipped(a), 0);
    expect(total).toBeLessThan(60_000);
    expect(gzipped('site/search/index.json')).toBeLessThan(150_000);
  });

  it('should list every page in the sitemap with absolute URLs from --base-url', () => {
    const sitemap = read('site/sitemap.xml');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]);
    expect(urls).toContain('https://terms.example.jp/');
    expect(urls).toContain('https://terms.example.jp/knet-cloud/2018-04-20/');
    expect(urls).toContain('https://terms.example.jp/knet-cloud/diff/2018-04-20...2027-01-01/');
    expect(urls).toContain('https://terms.example.jp/notices/knet-cloud/2027-01-01/');
    expect(urls.every((u) => u?.startsWith('https://terms.example.jp/'))).toBe(true);
    expect(read('site/robots.txt')).toContain('Sitemap: https://terms.example.jp/sitemap.xml');
  });

  it('should publish an Atom feed with the notice', () => {
    const feed = read('site/feed.xml');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/u);
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://terms.example.jp/feed.xml"/>');
    expect(feed).toContain('<updated>2026-11-30T00:00:00+09:00</updated>');
    expect(feed.match(/<entry>/gu)).toHaveLength(1);
    expect(feed).toContain('href="https://terms.example.jp/notices/knet-cloud/2027-01-01/"');
  });

  it('should serve the site under the path of --base-url', async () => {
    const sub = join(root, 'sub');
    expect((await run('build', '--out', sub, '--today', TODAY, '--base-url', 'https://example.jp/legal/terms')).status).toBe(0);
    const page = readFileSync(join(sub, 'site/knet-cloud/index.html'), 'utf8');
    expect(page).toMatch(/<script type="module" src="\/legal\/terms\/assets\/main-[\w-]+\.js"><\/script>/u);
    expect(page).toContain('href="/legal/terms/knet-cloud/history/"');
    expect(readFileSync(join(sub, 'site/search/index.html'), 'utf8')).toContain('data-index="/legal/terms/search/index.json"');
  });
});

describe('terms build with bad input', () => {
  it('should link an upcoming version’s notice only when it has one', async () => {
    expect(read('site/knet-cloud/index.html')).toContain('href="/notices/knet-cloud/2027-01-01/">お知らせ</a>');
    const terms = join(root, 'unnoticed-terms');
    cpSync(TERMS_DIR, terms, { recursive: true });
    const path = join(terms, 'knet-cloud/2027-01-01.md');
    const before = readFileSync(path, 'utf8');
    writeFileSync(path, before.replace(/^noticeDate: .*\n/mu, ''));
    expect(readFileSync(path, 'utf8')).not.toBe(before);
    const unnoticed = join(root, 'unnoticed-dist');
    const result = await run('build', '--terms', terms, '--out', unnoticed, '--today', TODAY, '--base-url', 'https://terms.example.jp/');
    expect(result.status).toBe(0);
    const page = readFileSync(join(unnoticed, 'site/knet-cloud/index.html'), 'utf8');
    expect(page).toContain('改定後の規約</a>');
    expect(page).not.toContain('/notices/knet-cloud/2027-01-01/');
  });

  it('should report a terms file that does not compile, write nothing, and keep the last site', async () => {
    const terms = join(root, 'broken-terms');
    cpSync(TERMS_DIR, terms, { recursive: true });
    const path = join(terms, 'knet-cloud/2027-01-01.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('kind: cancellation', 'kind: nonsense'));
    const before = read('site/knet-cloud/index.html');
    const result = await run('build', '--terms', terms, '--out', out, '--today', TODAY);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/knet-cloud\/2027-01-01\.md:\d+:\d+: /u);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
    expect(read('site/knet-cloud/index.html')).toBe(before);
  });

  it('should refuse a missing terms folder, a bad date, URL or port with exit status 2', async () => {
    for (const args of [
      ['--terms', join(root, 'nowhere')],
      ['--today', '2026-02-30'],
      ['--base-url', 'ftp://example.jp/'],
      ['--serve', '--port', 'eighty'],
      ['--port', '8080'],
      ['--frobnicate'],
    ]) {
      const result = await run('build', '--out', join(root, 'unused'), ...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).not.toMatch(/\n\s+at /u);
    }
    expect(existsSync(join(root, 'unused'))).toBe(false);
  });

  it('should refuse a document named like a page of the site', async () => {
    const terms = join(root, 'reserved-terms');
    cpSync(join(TERMS_DIR, 'knet-cloud'), join(terms, 'search'), { recursive: true });
    for (const file of readdirSync(join(terms, 'search')).filter((f) => f.endsWith('.md'))) {
      const path = join(terms, 'search', file);
      writeFileSync(path, readFileSync(path, 'utf8').replace('document: knet-cloud', 'document: search'));
    }
    const result = await run('build', '--terms', terms, '--out', join(root, 'reserved'), '--today', TODAY);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('reserved by the site');
  });
});
