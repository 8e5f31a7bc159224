/**
 * Serving the site: the static server (content types, index pages, 404, nothing outside the site), and
 * `terms build --serve --watch` as `npm run dev` runs it: a saved edit is rebuilt and open pages are told
 * to reload.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/project/root.js';
import { RELOAD_PATH, contentType, serveSite, type SiteServer } from '../../src/site/serve.js';
import { TERMS_DIR, TODAY } from './support.js';

const root = mkdtempSync(join(tmpdir(), 'terms-serve-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the static server', () => {
  const site = join(root, 'site');
  let server: SiteServer;

  beforeAll(async () => {
    mkdirSync(join(site, 'knet-cloud'), { recursive: true });
    mkdirSync(join(site, 'assets'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!doctype html><html><body>home</body></html>');
    writeFileSync(join(site, 'knet-cloud/index.html'), '<!doctype html><html><body>第14条</body></html>');
    writeFileSync(join(site, '404.html'), '<!doctype html><html><body>ページが見つかりません</body></html>');
    writeFileSync(join(site, 'assets/main-abc.js'), 'console.log(1)');
    writeFileSync(join(site, 'feed.xml'), '<feed/>');
    writeFileSync(join(root, 'secret.txt'), 'secret');
    server = await serveSite({ root: site, port: 0 });
  });
  afterAll(() => server.close());

  it('should listen on 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/u);
    expect(server.port).toBeGreaterThan(0);
  });

  it('should serve pages, assets and the feed with their content types', async () => {
    const page = await fetch(`${server.url}knet-cloud/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('第14条');
    const js = await fetch(`${server.url}assets/main-abc.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.url}feed.xml`)).headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(contentType('x/sitemap.xml')).toBe('application/xml; charset=utf-8');
    expect(contentType('x/search/index.json')).toBe('application/json; charset=utf-8');
  });

  it('should redirect a folder without its slash', async () => {
    const response = await fetch(`${server.url}knet-cloud`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/knet-cloud/');
  });

  it('should answer a missing page with the site’s 404 page and never leave the site folder', async () => {
    for (const path of ['nowhere/', '..%2fsecret.txt', '%2e%2e/secret.txt', 'knet-cloud/%00', '%E0%A4%A']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('ページが見つかりません');
    }
  });

  it('should answer HEAD without a body and refuse other methods', async () => {
    const head = await fetch(server.url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength('<!doctype html><html><body>home</body></html>')));
    expect((await fetch(server.url, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('should have no live-reload endpoint outside watch mode', async () => {
    expect((await fetch(`${server.url}${RELOAD_PATH.slice(1)}`)).status).toBe(404);
    expect(await (await fetch(server.url)).text()).not.toContain('EventSource');
  });
});

describe('terms build --serve --watch (npm run dev)', () => {
  let child: ChildProcess;
  let stderr = '';
  const terms = join(root, 'terms');
  const source = join(terms, 'knet-cloud', '2018-04-20.md');

  /** Waits until the server's URL is printed. */
  function urlOf(process: ChildProcess): Promise<string> {
    return new Promise((resolve, reject) => {
      let out = '';
      process.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const url = /http:\/\/127\.0\.0\.1:\d+\//u.exec(out);
        if (url) resolve(url[0]);
      });
      process.once('exit', (code) => reject(new Error(`terms build exited (${code}): ${stderr}`)));
    });
  }

  /** Resolves at the next `reload` event of the server. */
  async function nextReload(url: string): Promise<void> {
    const response = await fetch(`${url}${RELOAD_PATH.slice(1)}`);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the event stream ended');
      text += Buffer.from(value).toString();
      if (text.includes('event: reload')) break;
    }
    await reader.cancel();
  }

  /** Waits until stderr has grown past `from` and matches. */
  async function stderrMatches(pattern: RegExp, from: number): Promise<void> {
    await expect.poll(() => pattern.test(stderr.slice(from)), { timeout: 20_000 }).toBe(true);
  }

  beforeAll(() => {
    cpSync(TERMS_DIR, terms, { recursive: true });
  });
  afterAll(() => {
    if (child && child.exitCode === null && child.pid) process.kill(child.pid, 'SIGTERM');
  });

  it('should serve the site, rebuild on save, tell open pages to reload, and survive a broken save', async () => {
    child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin/terms.js'), 'build', '--serve', '--watch', '--port', '0', '--terms', terms, '--out', join(root, 'dist'), '--today', TODAY], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    const url = await urlOf(child);
    await stderrMatches(/watching/u, 0);
    const page = await (await fetch(`${url}knet-cloud/`)).text();
    expect(page).toContain(`new EventSource("${RELOAD_PATH}")`);
    expect(page).not.toContain('速やかに解決');

    const reloaded = nextReload(url);
    await new Promise((r) => setTimeout(r, 100));
    writeFileSync(source, readFileSync(source, 'utf8').replace('協議の上解決する', '協議の上速やかに解決する'));
    await reloaded;
    expect(await (await fetch(`${url}knet-cloud/`)).text()).toContain('速やかに解決');

    const before = stderr.length;
    writeFileSync(source, readFileSync(source, 'utf8').replace('kind: cancellation', 'kind: nonsense'));
    await stderrMatches(/2018-04-20\.md:\d+:\d+: /u, before);
    expect(stderr).not.toMatch(/\n\s+at /u);
    expect((await fetch(`${url}knet-cloud/`)).status).toBe(200);
    expect(await (await fetch(`${url}knet-cloud/`)).text()).toContain('速やかに解決');

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    process.kill(child.pid as number, 'SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
});
