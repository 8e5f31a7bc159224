// `terms check` on a large NDJSON batch against its floor, both measured in this run: a process that
// reads the same file line by line and does JSON.parse + JSON.stringify of each line (and writes it, as
// the checker writes its result), nothing else. Goals: within 3× of the floor's time, peak memory under
// 200 MB whatever the batch size. BENCH_CONTRACTS=N scales the batch (default 1,000,000).
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const count = Number(process.env.BENCH_CONTRACTS ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'terms-check-bench-'));
const input = join(dir, 'contracts.ndjson');

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

async function generate() {
  const out = createWriteStream(input);
  let chunk = '';
  for (let i = 0; i < count; i++) {
    chunk += JSON.stringify(ordered(contract(i))) + '\n';
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
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

try {
  await generate();
  const mb = statSync(input).size / 1e6;
  const floor = await measure([floorScript, input]);
  if (floor.status !== 0) throw new Error(`floor failed:\n${floor.stderr}`);
  const check = await measure([join(root, 'bin/terms.js'), 'check', input, '--as-of', '2026-12-01']);
  // Exit status 1 (some contracts have violations) is a result, not a failure.
  if (check.status !== 0 && check.status !== 1) throw new Error(`terms check failed (${check.status}):\n${check.stderr}`);
  const rate = (m) => Math.round(count / (m.ms / 1000)).toLocaleString('en-US');
  const fmt = (n) => n.toFixed(0);
  console.log(`batch: ${count.toLocaleString('en-US')} contracts, ${mb.toFixed(1)} MB of NDJSON`);
  console.log(`floor (readline + JSON.parse + JSON.stringify): ${fmt(floor.ms)} ms (CPU ${fmt(floor.cpu)} ms)  ${rate(floor)} contracts/s  peak ${fmt(floor.rss)} MB`);
  console.log(`terms check                                    : ${fmt(check.ms)} ms (CPU ${fmt(check.cpu)} ms)  ${rate(check)} contracts/s  peak ${fmt(check.rss)} MB`);
  console.log(`ratio check / floor: ${(check.ms / floor.ms).toFixed(2)}× wall, ${(check.cpu / floor.cpu).toFixed(2)}× CPU (goal ≤ 3×); peak memory ${fmt(check.rss)} MB (goal < 200 MB)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
