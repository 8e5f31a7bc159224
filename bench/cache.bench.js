#!/usr/bin/env node
// Benchmark of the cache (run with `npm run build:ts && node bench/run.js cache`).
//
// Baseline, measured in this run: `terms compile` of a copy of the real project without the cache
// (start-up and compiling both versions). Against it:
// 1. `terms diff` of the two versions, warm (every rule set and clause text cached: no dictionary), and
//    without the cache for comparison. Goal: warm diff ≤ 1.5× the baseline.
// 2. `terms build`, warm after editing one clause of the coming version (that version is compiled again, its
//    words recorded again and the clause's new text tokenized, from the unpacked dictionary read in
//    blocks), and warm with nothing changed. Goal: ≤ 2×.
// The goals were set against `terms compile` as it was then, without a cache; the warm `terms compile`
// (its rule sets read back) is measured too and each result is also given against it.
// Whole processes, each measured run paired with a baseline run just before it; the median of the pairs'
// ratios is reported (absolute times depend on the machine and its load).
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

/**
 * Runs `args` against the baseline in pairs, `before` (untimed) before each candidate run, so that a
 * machine whose load drifts weighs on both alike: the median of the pairs' ratios, and of each time.
 */
function paired(args, runs = RUNS, before = () => undefined) {
  const base = [];
  const times = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    base.push(run(compile));
    before(i);
    times.push(run(args));
    ratios.push(times[i] / base[i]);
  }
  return { baseline: median(base), ms: median(times), ratio: median(ratios) };
}

let warmCompile = NaN;
const report = (what, r, goal = '') =>
  console.log(`${what}: ${ms(r.ms)} (baseline ${ms(r.baseline)}) = ${r.ratio.toFixed(2)}× the baseline${goal}; ${(r.ms / warmCompile).toFixed(2)}× a warm terms compile`);
const compile = ['compile', '--out', join(project, 'rules'), '--no-cache'];

try {
  const cache = ['--cache-dir', cacheDir];
  const diff = ['diff', 'knet-cloud@2018-04-20', 'knet-cloud@2027-01-01', '--format', 'json', '--out', join(project, 'diff.json')];
  const build = ['build', '--out', join(project, 'dist'), '--today', '2026-12-04', ...cache];

  run([...compile.slice(0, -1), ...cache]);
  warmCompile = median(Array.from({ length: RUNS }, () => run([...compile.slice(0, -1), ...cache])));
  console.log(`baseline: terms compile of the real project without the cache, run before each measured run (medians of pairs); a warm terms compile: ${ms(warmCompile)} (median of ${RUNS})`);
  report('terms diff, no cache  ', paired([...diff, '--no-cache']));
  run([...diff, ...cache]);
  report('terms diff, warm cache', paired([...diff, ...cache]), ' (goal ≤ 1.5×)');

  run(build);
  report('terms build, no cache                   ', paired([...build.slice(0, -2), '--no-cache'], 1));
  report('terms build, warm, nothing changed      ', paired(build, 3));
  // A different edit each time, so that the clause's new text is never in the cache yet.
  const edit = (i) => writeFileSync(edited, original.replace('効力を生じるものとします。', `効力を生じるものとします（改訂${Date.now()}-${i}）。`));
  report('terms build, warm after a one-clause edit', paired(build, 3, edit), ' (goal ≤ 2×)');
  writeFileSync(edited, original);
} finally {
  rmSync(project, { recursive: true, force: true });
}
