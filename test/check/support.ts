/**
 * Test support for the checker: terms folders built from the real document (edited where a test needs
 * another figure), catalogs compiled from them, contracts, and the CLI run in-process with captured io.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { tempDir } from '../helpers/temp.js';
import { main } from '../../src/cli/main.js';
import { compileProject } from '../../src/project/compile-all.js';
import { prepareTerms, type TermsCatalog } from '../../src/check/index.js';
import type { CheckOutcome, CheckResult, InputEvent } from '../../src/check/index.js';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const FIXTURES = join(ROOT, 'test/check/fixtures');
/** The real document, as published (defects kept). */
export const REAL_2018 = readFileSync(join(ROOT, 'terms/knet-cloud/2018-04-20.md'), 'utf8');

/** A version of the document for a test terms folder. */
export interface VersionSource {
  version: string;
  markdown: string;
}

/**
 * The real 2018 document as another version: front matter rewritten, then each edit applied (each must
 * change the text, so that a test cannot silently test the unedited document).
 */
export function versionOf(version: string, edits: Array<[string | RegExp, string]> = [], noticeDate?: string): VersionSource {
  let markdown = REAL_2018.replace('version: 2018-04-20\neffective: 2018-04-20\n', `version: ${version}\neffective: ${version}\n${noticeDate ? `noticeDate: ${noticeDate}\n` : ''}`);
  for (const [from, to] of edits) {
    const edited = markdown.replace(from, to);
    if (edited === markdown) throw new Error(`edit did not apply: ${String(from)}`);
    markdown = edited;
  }
  return { version, markdown };
}

/** Edits that make 第14条 require three months (the annotation and the text). */
export const CANCELLATION_P3M: Array<[string | RegExp, string]> = [
  ['解約希望日の２ヶ月前までに', '解約希望日の３ヶ月前までに'],
  ['解約希望日までの期間が２ヶ月未満の場合、解約希望通知が当社又は当社が指定する第三者に到達した日より２ヶ月後', '解約希望日までの期間が３ヶ月未満の場合、解約希望通知が当社又は当社が指定する第三者に到達した日より３ヶ月後'],
  ['kind: cancellation\nnotice: P2M', 'kind: cancellation\nnotice: P3M'],
];

/** Writes a terms folder (`<dir>/terms/knet-cloud/<version>.md`) and returns the project directory (removed after the test file). */
export function writeTermsProject(versions: readonly VersionSource[]): string {
  const dir = tempDir('terms-check-');
  mkdirSync(join(dir, 'terms/knet-cloud'), { recursive: true });
  for (const v of versions) writeFileSync(join(dir, 'terms/knet-cloud', `${v.version}.md`), v.markdown);
  return dir;
}

/** Compiles a terms folder and prepares it for the checker; fails the test on any compile error. */
export async function catalogOf(versions: readonly VersionSource[]): Promise<{ dir: string; catalog: TermsCatalog }> {
  const dir = writeTermsProject(versions);
  const project = await compileProject(join(dir, 'terms'), dir);
  const errors = project.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n'));
  return { dir, catalog: prepareTerms(project.versions.map((v) => v.ruleSet)) };
}

/** A contract formed on `formed` (monthly fee 60,000 yen) with further events. */
export function contract(formed: string, events: InputEvent[] = [], id = 'K-0001', extra: Record<string, unknown> = {}) {
  return { contract: id, events: [{ type: 'contract.formed', date: formed, monthlyFee: 60000, ...extra }, ...events] };
}

/** The checker.md example input. */
export const EXAMPLE = JSON.parse(readFileSync(join(FIXTURES, 'example.json'), 'utf8')) as { contract: string; events: InputEvent[] };

/** Narrows an outcome to a result, failing with its errors when it is an error object. */
export function resultOf(outcome: CheckOutcome): CheckResult {
  if (outcome.status === 'invalid') throw new Error(`unexpected invalid contract:\n${outcome.errors.map((e) => e.message).join('\n')}`);
  return outcome;
}

/** Runs the CLI in-process with captured output (and stdin when given). */
export async function run(argv: string[], options: { cwd?: string; stdin?: string } = {}) {
  let stdout = '';
  let stderr = '';
  // terms check writes NDJSON results as UTF-8 bytes.
  const decoder = new TextDecoder();
  const status = await main(argv, {
    stdout: (t) => void (stdout += typeof t === 'string' ? t : decoder.decode(t, { stream: true })),
    stderr: (t) => void (stderr += t),
    cwd: options.cwd ?? ROOT,
    stdin: Readable.from([options.stdin ?? '']),
  });
  return { status, stdout, stderr };
}

/**
 * `n` contracts made from the example by leaving out a different set of its events each (an event that
 * names another goes with it), so that a batch holds every kind of result: ended and active, with and
 * without violations, credits granted and lost, rights and obligations.
 * @param n how many
 * @param prefix the contract ids' prefix (`K-0`, `K-1`…)
 */
export function variants(n: number, prefix = 'K-'): Array<{ contract: string; events: InputEvent[] }> {
  const events = EXAMPLE.events;
  const names = (e: InputEvent) => (e.type === 'payment.made' ? 'inv-03' : e.type === 'credit.claim' ? 'o-1' : e.type === 'violation.cured' ? 'v-1' : null);
  const out = [];
  for (let i = 0; i < n; i++) {
    // Bit k of a multiple of a large odd number says whether event k + 1 stays (the formation always does).
    const mask = Math.imul(i + 1, 0x9e3779b1) >>> 0;
    const kept = events.filter((_, k) => k === 0 || ((mask >>> k) & 1) === 1);
    const ids = new Set(kept.map((e) => ('id' in e ? (e.id as string) : null)));
    out.push({ contract: `${prefix}${i}`, events: kept.filter((e) => names(e) === null || ids.has(names(e))) });
  }
  return out;
}
