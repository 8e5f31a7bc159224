#!/usr/bin/env node
// Benchmark of the cache (run with `npm run build:ts && node bench/run.js cache`).
//
// Baseline, measured in this run: `terms compile` of a copy of the real project without the cache
// (start-up and compiling both versions). Against it:
// 1. `terms diff` of the two versions, warm (every rule set and clause text cached: no dictionary), and
//    without the cache for comparison. Goal: warm diff ≤ 1.5× the baseline.
// 2. `terms build`, warm after editing one clause of one version (that version is compiled again and that
//    clause's text tokenized: the dictionary is loaded for it), and warm with nothing changed. Goal: ≤ 2×.
// Medians of a few whole processes; ratios only, since absolute times depend on the machine and its load.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(0)} ms`;

const project = mkdtempSync(join(tmpdir(), 'terms-cache-bench-'));
cpSync(join(root, 'terms', 'knet-cloud'), join(project, 'terms', 'knet-cloud'), { recursive: true });
cpSync(join(root, 'terms.config.json'), join(project, 'terms.config.json'));
const edited = join(project, 'terms', 'knet-cloud', '2027-01-01.md');
const original = readFileSync(edited, 'utf8');
const cacheDir = join(project, 'cache');

/** One `terms …` process in the project, timed. */
function run(args) {
  const start = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'bin/terms.js'), ...args], { cwd: project, encoding: 'utf8' });
  const took = performance.now() - start;
  if (result.status !== 0) throw new Error(`terms ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return took;
}

/** The median of RUNS runs, `before` run untimed before each. */
function timed(args, before = () => undefined, runs = RUNS) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    before(i);
    times.push(run(args));
  }
  return median(times);
}

try {
  const cache = ['--cache-dir', cacheDir];
  const diff = ['diff', 'knet-cloud@2018-04-20', 'knet-cloud@2027-01-01', '--format', 'json', '--out', join(project, 'diff.json')];
  const build = ['build', '--out', join(project, 'dist'), '--today', '2026-12-04', ...cache];

  const baseline = timed(['compile', '--out', join(project, 'rules'), '--no-cache']);
  console.log(`baseline: terms compile, no cache (median of ${RUNS}): ${ms(baseline)}`);

  const coldDiff = timed([...diff, '--no-cache']);
  run([...diff, ...cache]);
  const warmDiff = timed([...diff, ...cache]);
  console.log(`terms diff, no cache:   ${ms(coldDiff)} = ${(coldDiff / baseline).toFixed(2)}× the baseline`);
  console.log(`terms diff, warm cache: ${ms(warmDiff)} = ${(warmDiff / baseline).toFixed(2)}× the baseline (goal ≤ 1.5×)`);

  run(build);
  const warmBuild = timed(build, () => undefined, 3);
  // A different edit each time, so that the clause's new text is never in the cache yet.
  const editedBuild = timed(build, (i) => writeFileSync(edited, original.replace('効力を生じるものとします。', `効力を生じるものとします（改訂${Date.now()}-${i}）。`)), 3);
  writeFileSync(edited, original);
  const coldBuild = timed([...build.slice(0, -2), '--no-cache'], () => undefined, 1);
  console.log(`terms build, no cache:                  ${ms(coldBuild)} = ${(coldBuild / baseline).toFixed(2)}× the baseline`);
  console.log(`terms build, warm, nothing changed:     ${ms(warmBuild)} = ${(warmBuild / baseline).toFixed(2)}× the baseline`);
  console.log(`terms build, warm after a one-clause edit: ${ms(editedBuild)} = ${(editedBuild / baseline).toFixed(2)}× the baseline (goal ≤ 2×)`);
} finally {
  rmSync(project, { recursive: true, force: true });
}
