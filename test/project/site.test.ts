/**
 * A site built from a project's configuration: several companies' documents in one site, each page
 * under its own company's name; the site's URL from terms.config.json; and a build without a URL that
 * writes no made-up host.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/project/root.js';
import { runInProcess } from '../helpers/cli.js';

const TODAY = '2026-12-01';
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** Another company's terms, in its own style. */
const EXAMPLE = `---
document: example-cloud
title: 例示クラウド利用規約
company: 例示株式会社
version: 2026-04-01
effective: 2026-04-01
---

## 第１条（目的）

本規約は、例示株式会社（以下「当社」といいます。）が提供する例示クラウドの利用条件を定めるものです。

## 第２条（準拠法）

本規約の準拠法は、日本法とします。
`;

/** A temporary project: Knet's 2018 terms and another company's document, and a terms.config.json. */
function project(config: object | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'terms-project-site-'));
  roots.push(dir);
  mkdirSync(join(dir, 'terms/knet-cloud'), { recursive: true });
  mkdirSync(join(dir, 'terms/example-cloud'), { recursive: true });
  copyFileSync(join(PACKAGE_ROOT, 'terms/knet-cloud/2018-04-20.md'), join(dir, 'terms/knet-cloud/2018-04-20.md'));
  writeFileSync(join(dir, 'terms/example-cloud/2026-04-01.md'), EXAMPLE);
  if (config) writeFileSync(join(dir, 'terms.config.json'), JSON.stringify(config, null, 2));
  return dir;
}

const build = (cwd: string, ...args: string[]) => runInProcess(['build', '--today', TODAY, ...args], cwd);

/** Every file under a folder, relative paths. */
const filesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.\w+$/u.test(f));

const siteName = (page: string) => /<a class="site-name" href="[^"]*">([^<]*)<\/a>/u.exec(page)?.[1];
const footer = (page: string) => /<footer class="site-footer"><div class="wrap"><p>© ([^<]*)<\/p>/u.exec(page)?.[1];

describe('one site for several companies', () => {
  it('should name each document’s own company in the header and footer of its pages, and every company on the site’s own pages', async () => {
    const dir = project({
      site: { url: 'https://legal.example.jp/' },
      documents: { 'example-cloud': { company: '例示クラウド（例示株式会社）' } },
    });
    const result = await build(dir);
    expect(result.stderr).not.toContain('warning');
    expect(result.status).toBe(0);
    const read = (path: string) => readFileSync(join(dir, 'dist/site', path), 'utf8');
    for (const page of ['knet-cloud/index.html', 'knet-cloud/2018-04-20/index.html', 'knet-cloud/history/index.html']) {
      expect(siteName(read(page)), page).toBe('Knet 株式会社 利用規約');
      expect(footer(read(page)), page).toBe('Knet 株式会社');
    }
    for (const page of ['example-cloud/index.html', 'example-cloud/2026-04-01/index.html', 'example-cloud/history/index.html']) {
      expect(siteName(read(page)), page).toBe('例示クラウド（例示株式会社） 利用規約');
      expect(footer(read(page)), page).toBe('例示クラウド（例示株式会社）');
    }
    expect(siteName(read('index.html'))).toBe('例示クラウド（例示株式会社）・Knet 株式会社 利用規約');
    expect(read('index.html')).toContain('href="/example-cloud/">例示クラウド利用規約</a>');
    expect(read('sitemap.xml')).toContain('<loc>https://legal.example.jp/example-cloud/2026-04-01/</loc>');
  }, 60_000);

  it('should take the site’s name from the configuration when given', async () => {
    const dir = project({ site: { url: 'https://legal.example.jp/', name: '例示グループ 利用規約集' } });
    expect((await build(dir)).status).toBe(0);
    const home = readFileSync(join(dir, 'dist/site/index.html'), 'utf8');
    expect(siteName(home)).toBe('例示グループ 利用規約集');
    expect(siteName(readFileSync(join(dir, 'dist/site/example-cloud/index.html'), 'utf8'))).toBe('例示株式会社 利用規約');
  }, 60_000);
});

describe('the site’s URL', () => {
  it('should write the URL of terms.config.json into the feed, the sitemap and robots.txt, and never localhost', async () => {
    const dir = project({ site: { url: 'https://legal.example.jp/terms' } });
    expect((await build(dir)).status).toBe(0);
    const site = join(dir, 'dist/site');
    expect(readFileSync(join(site, 'robots.txt'), 'utf8')).toContain('Sitemap: https://legal.example.jp/terms/sitemap.xml');
    expect(readFileSync(join(site, 'feed.xml'), 'utf8')).toContain('href="https://legal.example.jp/terms/feed.xml"');
    for (const file of filesUnder(join(dir, 'dist'))) expect(readFileSync(join(dir, 'dist', file), 'utf8'), file).not.toMatch(/localhost|127\.0\.0\.1/u);
  }, 60_000);

  it('should warn, and leave out the feed, the sitemap and every absolute link, when no URL is configured', async () => {
    const dir = project(null);
    const result = await build(dir);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('no site URL (site.url in terms.config.json, or --base-url)');
    const site = join(dir, 'dist/site');
    const files = filesUnder(site);
    expect(files).not.toContain('feed.xml');
    expect(files).not.toContain('sitemap.xml');
    expect(readFileSync(join(site, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    for (const file of filesUnder(join(dir, 'dist'))) expect(readFileSync(join(dir, 'dist', file), 'utf8'), file).not.toMatch(/localhost|127\.0\.0\.1|https?:\/\/[^"'\s]*\/(?:knet-cloud|example-cloud)\//u);
    const page = readFileSync(join(site, 'knet-cloud/index.html'), 'utf8');
    expect(page).not.toContain('rel="canonical"');
    expect(page).not.toContain('feed.xml');
  }, 60_000);

  it('should refuse a configuration with problems, each with its place (exit 2)', async () => {
    const dir = project(null);
    writeFileSync(join(dir, 'terms.config.json'), '{\n  "site": { "url": "localhost:4173" }\n}\n');
    const result = await build(dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('terms.config.json:2:20');
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  });
});
