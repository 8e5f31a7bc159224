// Rendering personalised notice emails to .eml files, streamed: recipients are generated lazily and each
// message is rendered, checked (民法548条の4第2項), composed (MailComposer) and written (atomically) before
// the next, so memory stays flat however long the list. Reported next to the cost of the template render
// alone, measured in the same run: messages per second, the ratio, and memory along the way.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffRuleSets } from '../lib/diff/index.js';
import { buildNoticeContext, deliverNotices, loadNoticeTemplates, parseSender, renderEmail } from '../lib/notice/index.js';
import { compileProject } from '../lib/project/compile-all.js';

const root = new URL('..', import.meta.url).pathname;
const total = Number(process.env.BENCH_MESSAGES ?? 100_000);
// Files are removed after each chunk (outside the timed part) so that 100,000 messages do not fill the disk.
const CHUNK = 1000;

const project = await compileProject(join(root, 'terms'), root);
const version = (v) => project.versions.find((x) => x.ruleSet.meta.document === 'knet-cloud' && x.ruleSet.meta.version === v).ruleSet;
const previous = version('2018-04-20');
const next = version('2027-01-01');
const context = buildNoticeContext({
  previous,
  next,
  diff: await diffRuleSets(previous, next),
  noticeDate: next.meta.noticeDate ?? '2026-11-30',
  baseUrl: 'https://terms.knet.example/',
});
const templates = loadNoticeTemplates();
const sender = parseSender('Knet 株式会社 <terms@knet.example>');

/** Recipients `from` … `to − 1`, made one at a time. */
function* recipients(from, to) {
  for (let i = from; i < to; i++) yield { name: `契約者 ${i}`, email: `customer${i}@example.jp`, contract: `K-${String(i).padStart(6, '0')}` };
}

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
const heap = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
};

// Warm both paths up.
for (const r of recipients(0, 200)) renderEmail(context, r, templates);
const warm = mkdtempSync(join(tmpdir(), 'terms-notice-bench-'));
await deliverNotices({ context, sender, templates, recipients: recipients(0, 200), outDir: warm });
rmSync(warm, { recursive: true, force: true });

// Baseline: the three templates rendered for each recipient, nothing else.
let start = process.hrtime.bigint();
let chars = 0;
for (const r of recipients(0, total)) {
  const email = renderEmail(context, r, templates);
  chars += email.text.length + email.html.length;
}
const renderMs = ms(start);

// The whole path to .eml files.
const out = mkdtempSync(join(tmpdir(), 'terms-notice-bench-'));
const heapAtStart = heap();
const samples = [];
let deliverMs = 0;
let written = 0;
for (let from = 0; from < total; from += CHUNK) {
  start = process.hrtime.bigint();
  const report = await deliverNotices({ context, sender, templates, recipients: recipients(from, Math.min(total, from + CHUNK)), outDir: out });
  deliverMs += ms(start);
  written += report.written;
  if (readdirSync(out).length !== report.written) throw new Error('a chunk did not write one file per recipient');
  rmSync(out, { recursive: true, force: true });
  if ((from / CHUNK) % Math.max(1, Math.floor(total / CHUNK / 4)) === 0) samples.push([from + CHUNK, heap()]);
}
if (written !== total) throw new Error(`${written} of ${total} messages written`);

const rate = (n, t) => Math.round(n / (t / 1000)).toLocaleString('en');
console.log(`messages: ${total.toLocaleString('en')} (average ${Math.round(chars / total).toLocaleString('en')} characters of text + HTML each)`);
console.log(`render alone (subject, text, HTML): ${(renderMs / 1000).toFixed(1)} s   ${rate(total, renderMs)} messages/s`);
console.log(`render + check + compose + write .eml: ${(deliverMs / 1000).toFixed(1)} s   ${rate(total, deliverMs)} messages/s`);
console.log(`ratio .eml path / render alone: ${(deliverMs / renderMs).toFixed(2)}×`);
console.log(`heap after warm-up: ${mb(heapAtStart)} MB; after ${samples.map(([n, h]) => `${n.toLocaleString('en')}: ${mb(h)} MB`).join(', ')}`);
console.log(`peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)} MB (the diff's tokenizer dictionary included)`);
