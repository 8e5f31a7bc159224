// The published site's budgets, measured on a real build of the real terms:
// - a terms page (HTML + CSS + JS, gzipped, search index excluded): goal < 60 KB;
// - the search index, gzipped: goal < 150 KB;
// - a query answered in the browser (Debian's chromium; its first run, and the mean of 200): goal < 10 ms;
// - the full build (compile, diff, notices, search index, client assets, pages, write), by step, and as a
//   whole process against `terms compile` measured in the same run.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { buildAll } from '../lib/site/build.js';
import { serveSite } from '../lib/site/serve.js';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'terms-site-bench-'));
const fmt = (n, digits = 1) => n.toFixed(digits);
const kb = (bytes) => `${fmt(bytes / 1000)} KB`;
const budget = (value, limit, unit) => `${fmt(value, 2)} ${unit} / ${limit} ${unit} = ${fmt((value / limit) * 100)}% of budget`;

try {
  // In-process build, by step (the first build loads kuromoji's dictionary; the second is warm).
  const options = { cwd: root, termsDir: join(root, 'terms'), outDir: join(work, 'dist'), baseUrl: 'http://localhost:4173/', today: '2026-12-01' };
  const cold = await buildAll(options);
  if (!cold.ok) throw new Error('the terms do not compile');
  const warm = await buildAll(options);
  const steps = (t) => Object.entries(t).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`build, first in process (ms): ${steps(cold.timings)}`);
  console.log(`build, again (ms):             ${steps(warm.timings)}`);

  // Whole process, median of 5: terms build against terms compile (the baseline).
  const processMs = (args) => {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const start = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [join(root, 'bin/terms.js'), ...args], { cwd: root });
      if (r.status !== 0) throw new Error(r.stderr.toString());
      runs.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return runs.sort((a, b) => a - b)[2];
  };
  // Without the cache: these measure the work itself (bench/cache.bench.js measures warm runs).
  const compileMs = processMs(['compile', '--out', join(work, 'rules'), '--no-cache']);
  const buildMs = processMs(['build', '--out', join(work, 'dist'), '--today', '2026-12-01', '--no-cache']);
  console.log(`terms build, whole process: ${fmt(buildMs)} ms (terms compile: ${fmt(compileMs)} ms; ratio ${fmt(buildMs / compileMs, 2)}×)`);

  // Sizes.
  const site = join(work, 'dist/site');
  const gz = (path) => gzipSync(readFileSync(join(site, path))).length;
  const page = readFileSync(join(site, 'knet-cloud/index.html'), 'utf8');
  const assets = [...page.matchAll(/(?:href|src)="\/(assets\/[^"]+)"/gu)].map((m) => m[1]);
  const pageBytes = gz('knet-cloud/index.html');
  const assetBytes = assets.reduce((n, a) => n + gz(a), 0);
  console.log(`terms page gzipped: HTML ${kb(pageBytes)} + CSS/JS ${kb(assetBytes)} → ${budget((pageBytes + assetBytes) / 1000, 60, 'KB')}`);
  console.log(`search index gzipped: ${budget(gz('search/index.json') / 1000, 150, 'KB')} (raw ${kb(readFileSync(join(site, 'search/index.json')).length)})`);

  // Query time in the browser.
  if (!existsSync('/usr/bin/chromium')) {
    console.log('query time: skipped (/usr/bin/chromium is not installed)');
  } else {
    const { chromium } = await import('playwright-core');
    const server = await serveSite({ root: site, port: 0 });
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const tab = await browser.newPage();
      await tab.goto(`${server.url}search/`);
      await tab.locator('#search-app[data-ready="true"]').waitFor();
      const queries = ['解約', '反社会的勢力', '解約する', '支払った', '秘密情報', '損害賠償', 'ユーザーID', '個人情報の取り扱い', '当社', 'スマートフォン'];
      // performance.now() is coarse in a browser (0.1 ms): time the first run of each query (cold), then
      // the mean of a batch of 200.
      const times = await tab.evaluate((qs) => {
        const run = window.termsSearch;
        return qs.map((q) => {
          let start = performance.now();
          run(q);
          const cold = performance.now() - start;
          start = performance.now();
          for (let i = 0; i < 200; i++) run(q);
          return { q, cold, mean: (performance.now() - start) / 200 };
        });
      }, queries);
      for (const t of times) console.log(`  query ${t.q}: first ${fmt(t.cold, 2)} ms, then ${fmt(t.mean, 3)} ms`);
      const slowest = Math.max(...times.map((t) => Math.max(t.cold, t.mean)));
      console.log(`query time in chromium (slowest, first or mean): ${budget(slowest, 10, 'ms')}`);
    } finally {
      await browser.close();
      await server.close();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
