// Compile throughput against bare remark-parse on the same corpus (goal: ≤ 1.5× its time), and the
// whole-process time of `terms compile` on the one real document (goal: under 300 ms with Node's start).
import { readFileSync, mkdtempSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { compileTerms } from '../lib/compile/index.js';

const root = new URL('..', import.meta.url).pathname;
const real = readFileSync(join(root, 'terms/knet-cloud/2018-04-20.md'), 'utf8');
const count = Number(process.env.BENCH_DOCUMENTS ?? 1000);
// Vary each document a little so nothing can be cached by content.
const corpus = Array.from({ length: count }, (_, i) => real.replace('document: knet-cloud', `document: knet-cloud-${i}`).replace(/１ケ月前/u, `${(i % 9) + 1}ケ月前`));
const bytes = corpus.reduce((n, doc) => n + Buffer.byteLength(doc), 0);
const mb = bytes / 1e6;

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const time = (fn) => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};
// Warm both paths up before measuring.
for (const doc of corpus.slice(0, 20)) {
  parser.parse(doc);
  compileTerms(doc, 'warm.md');
}
const best = (fn, runs = 3) => Math.min(...Array.from({ length: runs }, () => time(fn)));
const parseMs = best(() => corpus.forEach((doc) => parser.parse(doc)));
let errors = 0;
const compileMs = best(() =>
  corpus.forEach((doc) => {
    if (!compileTerms(doc, 'bench.md').ruleSet) errors++;
  }),
);
if (errors) throw new Error(`${errors} documents did not compile`);

// Whole process: `terms compile` on a terms folder holding just the real document.
const dir = mkdtempSync(join(tmpdir(), 'terms-bench-'));
mkdirSync(join(dir, 'terms/knet-cloud'), { recursive: true });
copyFileSync(join(root, 'terms/knet-cloud/2018-04-20.md'), join(dir, 'terms/knet-cloud/2018-04-20.md'));
const processMs = (args) => {
  const runs = [];
  for (let i = 0; i < 7; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: dir });
    if (r.status !== 0) throw new Error(r.stderr.toString());
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return runs.sort((a, b) => a - b)[3];
};
const nodeStart = processMs(['-e', '0']);
// Without the cache: this measures compiling (bench/cache.bench.js measures warm runs).
const cli = processMs([join(root, 'bin/terms.js'), 'compile', '--out', join(dir, 'out'), '--no-cache']);

const fmt = (n) => n.toFixed(1);
console.log(`corpus: ${count} documents, ${fmt(mb)} MB`);
console.log(`remark-parse alone : ${fmt(parseMs)} ms  ${fmt(mb / (parseMs / 1000))} MB/s`);
console.log(`compileTerms       : ${fmt(compileMs)} ms  ${fmt(mb / (compileMs / 1000))} MB/s`);
console.log(`ratio compile / parse: ${(compileMs / parseMs).toFixed(2)}× (goal ≤ 1.5×)`);
console.log(`terms compile, one document, whole process: ${fmt(cli)} ms (goal < 300 ms; node -e 0 alone: ${fmt(nodeStart)} ms)`);
