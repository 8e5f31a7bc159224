// `terms check` on a large NDJSON batch against its floor, both measured in this run: a process that
// reads the same file line by line and does JSON.parse + JSON.stringify of each line (and writes it, as
// the checker writes its result), nothing else. Goals: within 3× of the floor's time, peak memory under
// 200 MB whatever the batch size. BENCH_CONTRACTS=N scales the batch (default 1,000,000).
//
// The machine's speed drifts by ±30% over a minute (a shared VM), so the floor and the checker are run
// in alternation, BENCH_ROUNDS times (default 3), and the median of the rounds' ratios is the result.
// `terms check --jobs 1` (one thread) is measured once, for reference; memory is also measured on the
// first tenth of the batch, to show that the peak does not grow with the batch.
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const count = Number(process.env.BENCH_CONTRACTS ?? 1_000_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'terms-check-bench-'));
const input = join(dir, 'contracts.ndjson');
const tenth = join(dir, 'tenth.ndjson');

// A small deterministic generator (mulberry32), so every run checks the same batch.
let seed = 0x5eed;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (n) => Math.floor(random() * n);
const pad = (n) => String(n).padStart(2, '0');
// Day 1..28 keeps every generated date real without any calendar arithmetic here.
const date = (year, month, day) => `${year}-${pad(month)}-${pad(day)}`;

/** One contract of about eight events: formation, two invoices and payments, an outage and its claim, one more. */
function contract(i) {
  const year = 2019 + pick(7);
  const month = 1 + pick(12);
  const day = 1 + pick(28);
  const due = (k) => date(year + 1, 1 + ((month + k) % 12), 10);
  const events = [
    { type: 'contract.formed', date: date(year, month, day), monthlyFee: 10000 * (1 + pick(20)) },
    { type: 'payment.due', id: 'inv-1', date: due(0), amount: 33000 },
    { type: 'payment.made', invoice: 'inv-1', date: due(0), amount: 33000 },
    { type: 'payment.due', id: 'inv-2', date: due(1), amount: 33000 },
    { type: 'payment.made', invoice: 'inv-2', date: date(year + 1, 1 + ((month + 1) % 12), 10 + pick(18)), amount: 33000 },
    {
      type: 'outage',
      id: 'o-1',
      knownAt: `${date(year + 1, 1 + pick(12), 1 + pick(20))}T0${pick(10)}:00:00+09:00`,
      restoredAt: `${date(year + 1, 1 + pick(12), 21 + pick(8))}T1${pick(10)}:30:00+09:00`,
      attributable: random() < 0.8,
      total: random() < 0.7,
    },
    { type: 'credit.claim', outage: 'o-1', date: date(year + 2, 1 + pick(6), 1 + pick(28)) },
  ];
  const last = pick(4);
  if (last === 0) events.push({ type: 'cancellation.notice', date: date(year + 2, 1 + pick(12), 1 + pick(28)) });
  else if (last === 1) events.push({ type: 'renewal.optout', date: date(year + 1, 1 + pick(12), 1 + pick(28)), by: 'customer' });
  else if (last === 2) events.push({ type: 'company.suspension', date: date(year + 1, 1 + ((month + 1) % 12), 11 + pick(17)), ground: 'art-12-p3' });
  else events.push({ type: 'terms.change.notice', date: date(year + 1, 1 + pick(12), 1 + pick(28)), effectiveDate: date(year + 2, 1 + pick(12), 1) });
  return { contract: `K-${String(i).padStart(7, '0')}`, events };
}

// The outage is generated within one year, so knownAt may come after restoredAt: keep them in order.
function ordered(c) {
  const outage = c.events[5];
  if (outage.restoredAt < outage.knownAt) [outage.knownAt, outage.restoredAt] = [outage.restoredAt, outage.knownAt];
  return c;
}

/** Writes the batch, and its first tenth to a file of its own. */
async function generate() {
  const out = createWriteStream(input);
  const small = createWriteStream(tenth);
  let chunk = '';
  for (let i = 0; i < count; i++) {
    chunk += JSON.stringify(ordered(contract(i))) + '\n';
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

// The floor: line by line, parse and stringify, written in the same 64 KB chunks as the checker.
const floorScript = join(dir, 'floor.mjs');
writeFileSync(
  floorScript,
  `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
let buffer = '';
for await (const line of createInterface({ input: createReadStream(process.argv[2], { encoding: 'utf8' }), crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  buffer += JSON.stringify(JSON.parse(line)) + '\\n';
  if (buffer.length >= 65536) {
    if (!process.stdout.write(buffer)) await once(process.stdout, 'drain');
    buffer = '';
  }
}
process.stdout.write(buffer);
`,
);

// Every measured process reports its peak memory (KB) and CPU time (µs) on exit: CPU time is steadier
// than wall time on a shared machine, so both are reported.
const REPORT_USAGE = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nusage '+u.maxRSS+' '+(u.userCPUTime+u.systemCPUTime)+'\\n')})`;

/** Runs a node script with stdout discarded; returns wall and CPU time (ms), peak memory (MB), exit status. */
async function measure(args) {
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--import', REPORT_USAGE, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (t) => {
    stderr = (stderr + t).slice(-4096);
  });
  const [status] = await once(child, 'close');
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const usage = /usage (\d+) (\d+)/u.exec(stderr);
  return { ms, cpu: Number(usage?.[2] ?? NaN) / 1000, rss: Number(usage?.[1] ?? NaN) / 1024, status, stderr };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const check = async (file, ...options) => {
  const m = await measure([join(root, 'bin/terms.js'), 'check', file, '--as-of', '2026-12-01', ...options]);
  // Exit status 1 (some contracts have violations) is a result, not a failure.
  if (m.status !== 0 && m.status !== 1) throw new Error(`terms check failed (${m.status}):\n${m.stderr}`);
  return m;
};

try {
  await generate();
  const mb = statSync(input).size / 1e6;
  const floors = [];
  const checks = [];
  for (let round = 0; round < rounds; round++) {
    const floor = await measure([floorScript, input]);
    if (floor.status !== 0) throw new Error(`floor failed:\n${floor.stderr}`);
    floors.push(floor);
    checks.push(await check(input));
  }
  const single = await check(input, '--jobs', '1');
  const small = await check(tenth);
  const rate = (m) => Math.round(count / (m.ms / 1000)).toLocaleString('en-US');
  const fmt = (n) => n.toFixed(0);
  const line = (name, m) => `${name.padEnd(40)}: ${fmt(m.ms)} ms (CPU ${fmt(m.cpu)} ms)  ${rate(m)} contracts/s  peak ${fmt(m.rss)} MB`;
  console.log(`batch: ${count.toLocaleString('en-US')} contracts, ${mb.toFixed(1)} MB of NDJSON; ${rounds} rounds`);
  for (let round = 0; round < rounds; round++) {
    console.log(line(`round ${round + 1} floor (parse + stringify)`, floors[round]));
    console.log(line(`round ${round + 1} terms check`, checks[round]));
  }
  console.log(line('terms check --jobs 1 (one thread)', single));
  const ratio = median(checks.map((c, i) => c.ms / floors[i].ms));
  const peak = Math.max(...checks.map((c) => c.rss), single.rss);
  console.log(`ratio check / floor: ${ratio.toFixed(2)}× (median of ${rounds} rounds; goal ≤ 3×); --jobs 1: ${(single.ms / median(floors.map((f) => f.ms))).toFixed(2)}×`);
  console.log(`peak memory: ${fmt(peak)} MB at ${count.toLocaleString('en-US')} contracts, ${fmt(small.rss)} MB at ${Math.floor(count / 10).toLocaleString('en-US')} (goal < 200 MB whatever the batch size)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
