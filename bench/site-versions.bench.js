// How `terms build` grows with the number of versions (issue: hundreds of versions). Each run builds a
// document of N versions, made from the 2027 terms with one clause reworded per version, in a process of
// its own (wall time and peak RSS), against the build of 5 versions measured in the same run.
// Goals: 40 versions ≤ 4× the build of 5, peak memory < 600 MB, and 200 versions build.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'terms-versions-bench-'));
const source = readFileSync(join(root, 'terms/knet-cloud/2027-01-01.md'), 'utf8')
  .replace(/^noticeDate: .*\n/mu, '')
  .replace(/^changes:\n(?: {2}.*\n)+/mu, '');
const SENTENCE = '商業的に合理的な努力を払って本サービスを提供します。';

/** Day n after 2027-01-01, as YYYY-MM-DD. */
const day = (n) => new Date(Date.UTC(2027, 0, 1 + n)).toISOString().slice(0, 10);

function project(n) {
  const terms = join(work, `terms-${n}`, 'knet-cloud');
  mkdirSync(terms, { recursive: true });
  for (let i = 0; i < n; i++) {
    const date = day(i * 7);
    const text = source
      .replace(/^version: .*$/mu, `version: ${date}`)
      .replace(/^effective: .*$/mu, `effective: ${date}`)
      .replace(SENTENCE, `商業的に合理的な努力（第${i + 1}版）を払って本サービスを提供します。`);
    writeFileSync(join(terms, `${date}.md`), text);
  }
  return { terms: join(work, `terms-${n}`), today: day(n * 7) };
}

const script = `
const { buildAll } = await import(${JSON.stringify(join(root, 'lib/site/build.js'))});
const [terms, out, today] = process.argv.slice(-3);
const start = performance.now();
const result = await buildAll({ cwd: process.cwd(), termsDir: terms, outDir: out, baseUrl: 'https://terms.example.jp/', today });
if (!result.ok) { console.error(JSON.stringify(result.diagnostics.slice(0, 3))); process.exit(1); }
console.log(JSON.stringify({ ms: performance.now() - start, rssMb: process.resourceUsage().maxRSS / 1024, diffs: result.counts.diffs, pages: result.counts.pages }));
`;

function build(n) {
  const { terms, today } = project(n);
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, terms, join(work, `dist-${n}`), today], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${n} versions: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

try {
  const fmt = (x, d = 1) => x.toFixed(d);
  const base = build(5);
  console.log(`baseline: 5 versions: ${fmt(base.ms / 1000, 2)} s, peak RSS ${fmt(base.rssMb, 0)} MB, ${base.diffs} diffs, ${base.pages} pages`);
  for (const n of [40, 200]) {
    const r = build(n);
    const goal = n === 40 ? ' (goal ≤ 4×, < 600 MB)' : ' (goal: it builds)';
    console.log(`${n} versions: ${fmt(r.ms / 1000, 2)} s = ${fmt(r.ms / base.ms, 2)}× the build of 5, peak RSS ${fmt(r.rssMb, 0)} MB, ${r.diffs} diffs, ${r.pages} pages${goal}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
