// `terms check` on a large NDJSON batch of a realistic mix of every event type, against its floor, both
// measured in this run: a process that reads the same file line by line and does JSON.parse +
// JSON.stringify of each line (and writes it, as the checker writes its result), nothing else.
// Goals (issue 14): `--jobs 1` within 3× of the floor, the default threads within 2×, peak memory under
// 200 MB whatever the batch size; `--only findings` and `--only violations` (less output) measured too.
// BENCH_CONTRACTS=N scales the batch (default 200,000: about 270 MB of NDJSON; 1,000,000 for the full
// run), BENCH_ROUNDS=N the rounds (default 3).
//
// A shared machine's speed drifts over a minute, so the floor and every checker run alternate, round by
// round, and the median of the rounds' ratios is the result. Wall time and CPU time (user + system, all
// threads) are both reported: CPU time is steadier on a loaded machine, wall time is what a user waits.
// Every output is written to a file, floor and checker alike, and its size is reported against the input's.
import { closeSync, createWriteStream, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const count = Number(process.env.BENCH_CONTRACTS ?? 200_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'terms-check-bench-'));
const input = join(dir, 'contracts.ndjson');
const tenth = join(dir, 'tenth.ndjson');
const output = join(dir, 'out.ndjson');

// A small deterministic generator (mulberry32), so every run checks the same batch.
let seed = 0x5eed;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (n) => Math.floor(random() * n);
const chance = (p) => random() < p;
const DAY = 86_400_000;
const ms = (d) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
const plus = (d, n) => new Date(ms(d) + n * DAY).toISOString().slice(0, 10);
const hh = (n) => String(n).padStart(2, '0');
const jst = (t) => new Date(t + 9 * 3_600_000).toISOString().slice(0, 19) + '+09:00';

/**
 * One contract: its formation (10% with their own first term), 3–12 monthly invoices (83% paid on time,
 * 10% late, 2% in two parts, 5% unpaid; some payments timed), an outage in 30% (60% claimed), an
 * authorized user's violation in 10% (70% cured), a terms change notice in 20%, a discontinuation in 2%,
 * suspensions of late payers, terminations of unpaid ones, opt-outs and cancellations in 15% each; and
 * 0.4% of lines cut short or with an impossible date.
 */
function contract(i) {
  const formed = plus('2019-01-01', pick(365 * 7));
  const fee = 10000 * (1 + pick(20));
  const events = [{ type: 'contract.formed', date: formed, monthlyFee: fee, ...(chance(0.1) ? { termMonths: [6, 24][pick(2)] } : {}) }];
  const unpaid = [];
  const late = [];
  for (let k = 0, invoices = 3 + pick(10); k < invoices; k++) {
    const due = plus(formed, 30 * k + 25 + pick(5));
    const id = `inv-${k + 1}`;
    const amount = Math.round(fee * 1.1);
    events.push({ type: 'payment.due', id, date: due, amount });
    const r = random();
    if (r < 0.83) {
      const paid = plus(due, -pick(5));
      events.push({ type: 'payment.made', invoice: id, date: paid, amount, ...(chance(0.1) && paid === due ? { at: `${due}T10:${hh(pick(60))}:00+09:00` } : {}) });
    } else if (r < 0.93) {
      const paid = plus(due, 1 + pick(40));
      late.push([due, paid]);
      events.push({ type: 'payment.made', invoice: id, date: paid, amount, ...(chance(0.2) ? { at: `${paid}T${hh(9 + pick(8))}:${hh(pick(60))}:00+09:00` } : {}) });
    } else if (r < 0.95) {
      const half = Math.floor(amount / 2);
      events.push({ type: 'payment.made', invoice: id, date: plus(due, pick(3)), amount: half }, { type: 'payment.made', invoice: id, date: plus(due, 5 + pick(20)), amount: amount - half });
    } else {
      unpaid.push(due);
    }
  }
  if (chance(0.3)) {
    const start = ms(plus(formed, 10 + pick(500))) - 9 * 3_600_000 + pick(24) * 3_600_000;
    const restored = start + (1 + pick(100)) * 3_600_000 + 30 * 60_000;
    events.push({ type: 'outage', id: 'o-1', knownAt: jst(start), restoredAt: jst(restored), attributable: chance(0.8), total: chance(0.7) });
    if (chance(0.6)) events.push({ type: 'credit.claim', outage: 'o-1', date: plus(jst(restored).slice(0, 10), pick(120)) });
  }
  if (chance(0.1)) {
    const d = plus(formed, 20 + pick(400));
    events.push({ type: 'violation', id: 'v-1', date: d, by: 'authorized-user' });
    if (chance(0.7)) events.push({ type: 'violation.cured', violation: 'v-1', date: plus(d, pick(14)) });
  }
  if (chance(0.2)) {
    const d = plus(formed, 30 + pick(700));
    events.push({ type: 'terms.change.notice', date: d, effectiveDate: plus(d, 15 + pick(45)), urgent: chance(0.05) });
  }
  if (chance(0.02)) {
    const d = plus(formed, 100 + pick(600));
    events.push({ type: 'discontinuation.notice', date: d, discontinuationDate: plus(d, 30 + pick(60)), forceMajeure: chance(0.1) });
  }
  for (const [due, paid] of late) {
    if (!chance(0.4)) continue;
    const d = plus(due, 1 + pick(10));
    if (d <= paid || chance(0.2)) events.push({ type: 'company.suspension', date: d, ground: 'art-12-p3', ...(chance(0.1) ? { cause: 'breach' } : {}) });
  }
  if (unpaid.length && chance(0.4)) events.push({ type: 'company.termination', date: plus(unpaid[0], 20 + pick(40)), ground: 'art-15-p1-i8' });
  else if (chance(0.01)) events.push({ type: 'company.termination', date: plus(formed, 60 + pick(400)), ground: 'art-15-p1-i1' });
  if (chance(0.15)) events.push({ type: 'renewal.optout', date: plus(formed, 200 + pick(400)), by: chance(0.8) ? 'customer' : 'company' });
  if (chance(0.15)) {
    const d = plus(formed, 100 + pick(800));
    events.push({ type: 'cancellation.notice', date: d, ...(chance(0.6) ? { desiredDate: plus(d, pick(120)) } : {}) });
  }
  const line = JSON.stringify({ contract: `K-${String(i).padStart(7, '0')}`, events });
  if (chance(0.002)) return line.slice(0, 80);
  if (chance(0.002)) return line.replace(`"date":"${formed}"`, '"date":"2023-02-30"');
  return line;
}

/** Writes the batch, and its first tenth to a file of its own. */
async function generate() {
  const out = createWriteStream(input);
  const small = createWriteStream(tenth);
  let chunk = '';
  for (let i = 0; i < count; i++) {
    chunk += contract(i) + '\n';
    if (chunk.length > 1 << 16 || i === Math.floor(count / 10) - 1) {
      if (i < count / 10 && !small.write(chunk)) await once(small, 'drain');
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  small.end();
  out.end(chunk);
  await Promise.all([once(out, 'finish'), once(small, 'finish')]);
}

// The floor: line by line, parse and stringify, written in the same 64 KB chunks as the checker. A line
// that is not JSON gets a one-field error object, as the checker gives it one.
const floorScript = join(dir, 'floor.mjs');
writeFileSync(
  floorScript,
  `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
let buffer = '';
for await (const line of createInterface({ input: createReadStream(process.argv[2], { encoding: 'utf8' }), crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  try {
    buffer += JSON.stringify(JSON.parse(line)) + '\\n';
  } catch (error) {
    buffer += JSON.stringify({ error: error.message }) + '\\n';
  }
  if (buffer.length >= 65536) {
    if (!process.stdout.write(buffer)) await once(process.stdout, 'drain');
    buffer = '';
  }
}
process.stdout.write(buffer);
`,
);

// Every measured process reports its peak memory (KB) and CPU time (µs, all threads) on exit.
const REPORT_USAGE = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nusage '+u.maxRSS+' '+(u.userCPUTime+u.systemCPUTime)+'\\n')})`;

/** Runs a node script with stdout to a file; returns wall and CPU time (ms), peak memory (MB), output size, exit status. */
async function measure(args) {
  const fd = openSync(output, 'w');
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--import', REPORT_USAGE, ...args], { cwd: root, stdio: ['ignore', fd, 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (t) => {
    stderr = (stderr + t).slice(-4096);
  });
  const [status] = await once(child, 'close');
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(fd);
  const usage = /usage (\d+) (\d+)/u.exec(stderr);
  return { ms, cpu: Number(usage?.[2] ?? NaN) / 1000, rss: Number(usage?.[1] ?? NaN) / 1024, bytes: statSync(output).size, status, stderr };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const check = async (file, ...options) => {
  const m = await measure([join(root, 'bin/terms.js'), 'check', file, '--as-of', '2026-12-01', ...options]);
  // Exit status 1 (violations) and 2 (some lines are input errors, on purpose) are results, not failures.
  if (m.status !== 0 && m.status !== 1 && m.status !== 2) throw new Error(`terms check failed (${m.status}):\n${m.stderr}`);
  if (!/件の契約を評価しました/u.test(m.stderr)) throw new Error(`terms check did not finish:\n${m.stderr}`);
  return m;
};

/** What each round measures after the floor, in this order. */
const RUNS = [
  { name: 'terms check (default threads)', args: [], goal: 2 },
  { name: 'terms check --jobs 1', args: ['--jobs', '1'], goal: 3 },
  { name: 'terms check --jobs 1 --only findings', args: ['--jobs', '1', '--only', 'findings'] },
  { name: 'terms check --jobs 1 --only violations', args: ['--jobs', '1', '--only', 'violations'] },
  { name: 'terms check --only findings', args: ['--only', 'findings'] },
];

try {
  await generate();
  const inputBytes = statSync(input).size;
  const floors = [];
  const results = RUNS.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const floor = await measure([floorScript, input]);
    if (floor.status !== 0) throw new Error(`floor failed:\n${floor.stderr}`);
    floors.push(floor);
    for (const [i, run] of RUNS.entries()) results[i].push(await check(input, ...run.args));
  }
  const small = await check(tenth);
  const rate = (m) => Math.round(count / (m.ms / 1000)).toLocaleString('en-US');
  const fmt = (n) => n.toFixed(0);
  const size = (m) => `output ${(m.bytes / 1e6).toFixed(0)} MB = ${(m.bytes / inputBytes).toFixed(2)}× input`;
  const line = (name, m) => `  ${name.padEnd(40)}: ${fmt(m.ms)} ms (CPU ${fmt(m.cpu)} ms)  ${rate(m)} contracts/s  peak ${fmt(m.rss)} MB  ${size(m)}`;
  console.log(`batch: ${count.toLocaleString('en-US')} contracts, ${(inputBytes / 1e6).toFixed(1)} MB of NDJSON (a mix of every event type); ${rounds} rounds`);
  for (let round = 0; round < rounds; round++) {
    console.log(`round ${round + 1}`);
    console.log(line('BASELINE floor (parse + stringify)', floors[round]));
    for (const [i, run] of RUNS.entries()) console.log(line(run.name, results[i][round]));
  }
  console.log(`baseline (median of ${rounds} rounds): floor ${fmt(median(floors.map((f) => f.ms)))} ms wall, ${fmt(median(floors.map((f) => f.cpu)))} ms CPU`);
  for (const [i, run] of RUNS.entries()) {
    const wall = median(results[i].map((c, r) => c.ms / floors[r].ms));
    const cpu = median(results[i].map((c, r) => c.cpu / floors[r].cpu));
    console.log(`ratio ${run.name.padEnd(40)} / floor: ${wall.toFixed(2)}× wall, ${cpu.toFixed(2)}× CPU (median of ${rounds} rounds)${run.goal ? `; goal ≤ ${run.goal}× wall` : ''}`);
  }
  const peak = Math.max(...results.flat().map((c) => c.rss));
  console.log(`peak memory: ${fmt(peak)} MB at ${count.toLocaleString('en-US')} contracts, ${fmt(small.rss)} MB at ${Math.floor(count / 10).toLocaleString('en-US')} (default threads; goal < 200 MB whatever the batch size)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
