// `terms notice` writing personalised notices to .eml files, the whole CLI in its own process each time,
// against `terms compile` of the same project measured in the same run (the baseline, printed first).
// Goals (issue 14): 20,000 notices in ≤ 40× `terms compile`; peak memory < 250 MB at any count (100,000
// included). Also shown: `terms notice` with no recipients (compile, diff, render, check), so the part of
// the time and memory that does not grow with the list can be told from the part that does.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/terms.js');
const counts = (process.env.BENCH_NOTICES ?? '20000,100000').split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'terms-notice-bench-'));
// The child prints its own peak resident memory when it exits.
const peak = 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxRSS="+process.resourceUsage().maxRSS+"\\n"))';

/** Runs the CLI once: wall time (ms) and peak RSS (MB). */
function run(args, env = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', peak, bin, ...args], {
    cwd: root,
    env: { ...process.env, TERMS_TODAY: '2026-11-30', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 2 ** 20,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const stderr = r.stderr.toString();
  if (r.status !== 0) throw new Error(`terms ${args[0]} exited ${r.status}: ${stderr.slice(-2000)}`);
  const rss = Number(/maxRSS=(\d+)/u.exec(stderr)?.[1]) / 1024;
  return { ms, rss };
}
const median = (runs) => {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return sorted[Math.floor(sorted.length / 2)];
};

function recipients(count) {
  const path = join(work, `recipients-${count}.csv`);
  const rows = ['氏名,メールアドレス,契約番号'];
  for (let i = 0; i < count; i++) rows.push(`契約者 ${i},customer${i}@example.jp,K-${String(i).padStart(6, '0')}`);
  writeFileSync(path, `\uFEFF${rows.join('\r\n')}\r\n`);
  return path;
}

const notice = ['notice', 'knet-cloud', '--to', '2027-01-01', '--base-url', 'https://terms.knet.example/', '--from', 'Knet 株式会社 <terms@knet.example>'];

// Baseline: `terms compile` of the project (median of 5).
// The notice runs as a user's second run does, with the cache (compiled versions and the diff's tokens
// read back); so does this baseline. The compile without the cache is printed too, with the ratio to it.
const compile = median(Array.from({ length: 5 }, () => run(['compile', '--out', join(work, 'compiled')])));
const cold = median(Array.from({ length: 5 }, () => run(['compile', '--out', join(work, 'compiled'), '--no-cache'])));
console.log(`baseline: terms compile ${compile.ms.toFixed(0)} ms with the cache (median of 5), peak RSS ${compile.rss.toFixed(0)} MB; without it ${cold.ms.toFixed(0)} ms`);

// What does not grow with the list: compile, diff (kuromoji's dictionary), render and check the forms.
const fixed = median(Array.from({ length: 3 }, () => run([...notice, '--out', join(work, 'fixed')])));
console.log(
  `terms notice without recipients: ${fixed.ms.toFixed(0)} ms = ${(fixed.ms / compile.ms).toFixed(1)}× terms compile, peak RSS ${fixed.rss.toFixed(0)} MB`,
);

for (const count of counts) {
  const csv = recipients(count);
  const out = join(work, `out-${count}`);
  const r = run([...notice, '--recipients', csv, '--out', out]);
  const files = readdirSync(out).filter((f) => f.endsWith('.eml')).length;
  if (files !== count) throw new Error(`${files} .eml files for ${count} recipients`);
  const perMessage = (r.ms - fixed.ms) / count;
  console.log(
    `terms notice → ${count.toLocaleString('en')} .eml: ${(r.ms / 1000).toFixed(1)} s = ${(r.ms / compile.ms).toFixed(1)}× terms compile (${(r.ms / cold.ms).toFixed(1)}× without the cache) ` +
      `(${Math.round(count / (r.ms / 1000)).toLocaleString('en')} messages/s; ${(perMessage * 1000).toFixed(0)} µs per message beyond the run without recipients), ` +
      `peak RSS ${r.rss.toFixed(0)} MB`,
  );
  rmSync(out, { recursive: true, force: true });
  rmSync(csv, { force: true });
}
// The messages alone, as a run whose diff needs no dictionary (a cached diff) would make them: the notice's
// context is made in one process (compile, diff with kuromoji) and saved as JSON; a fresh process reads it
// and the recipients CSV and writes the .eml files with deliverNotices, as the CLI does.
const contextFile = join(work, 'context.json');
const lib = (path) => JSON.stringify(new URL(`../lib/${path}`, import.meta.url).href);
const makeContext = `
  import { writeFileSync } from 'node:fs';
  const { compileProject } = await import(${lib('project/compile-all.js')});
  const { diffRuleSets } = await import(${lib('diff/index.js')});
  const { buildNoticeContext } = await import(${lib('notice/index.js')});
  const project = await compileProject(${JSON.stringify(join(root, 'terms'))}, ${JSON.stringify(root)});
  const version = (v) => project.versions.find((x) => x.ruleSet.meta.document === 'knet-cloud' && x.ruleSet.meta.version === v).ruleSet;
  const [previous, next] = [version('2018-04-20'), version('2027-01-01')];
  const diff = await diffRuleSets(previous, next);
  writeFileSync(${JSON.stringify(contextFile)}, JSON.stringify(buildNoticeContext({ previous, next, diff, noticeDate: '2026-11-30', baseUrl: 'https://terms.knet.example/' })));
`;
const deliver = (csv, out) => `
  import { readFileSync } from 'node:fs';
  const { deliverNotices, loadNoticeTemplates, parseSender, readRecipients } = await import(${lib('notice/index.js')});
  const context = JSON.parse(readFileSync(${JSON.stringify(contextFile)}, 'utf8'));
  const list = readRecipients(readFileSync(${JSON.stringify(csv)}), 'recipients.csv');
  const report = await deliverNotices({ context, recipients: list.recipients, sender: parseSender('Knet 株式会社 <terms@knet.example>'), templates: loadNoticeTemplates(), outDir: ${JSON.stringify(out)} });
  if (report.written !== list.recipients.length) throw new Error('not every message was written');
`;
const script = (code) => {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', peak, '--input-type=module', '-e', code], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(r.stderr.toString().slice(-2000));
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, rss: Number(/maxRSS=(\d+)/u.exec(r.stderr.toString())?.[1]) / 1024 };
};
script(makeContext);
for (const count of counts) {
  const csv = recipients(count);
  const out = join(work, `alone-${count}`);
  const r = script(deliver(csv, out));
  console.log(
    `messages alone (context made beforehand, no dictionary) → ${count.toLocaleString('en')} .eml: ${(r.ms / 1000).toFixed(1)} s = ${(r.ms / compile.ms).toFixed(1)}× terms compile, peak RSS ${r.rss.toFixed(0)} MB`,
  );
  rmSync(out, { recursive: true, force: true });
  rmSync(csv, { force: true });
}
rmSync(work, { recursive: true, force: true });
