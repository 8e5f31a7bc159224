import { access, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { dateProblem, prepareTerms } from '../../check/index.js';
import { parseSelection, SELECTIONS } from '../../check/output.js';
import { CheckOutput, checkJsonDocument, checkNdjsonStream, sniffInput, type OutputSink } from '../../check/stream/index.js';
import { TermsError } from '../../errors.js';
import { readPieces } from '../../io/read-pieces.js';
import { todayInJapan } from '../../period/index.js';
import { PACKAGE_ROOT } from '../../project/root.js';
import { parseCommandArgs } from '../args.js';
import { CACHE_HELP, CACHE_OPTIONS, CACHE_USAGE, cacheOf } from '../cache.js';
import { compileOrStop } from '../compiled.js';
import { printDiagnostics } from '../print.js';
import { EXIT, type CliIo, type Command } from '../io.js';
import { termsFolder } from '../terms-dir.js';

const usage = `terms check FILE|- [--as-of YYYY-MM-DD] [--format json|text] [--only findings|violations] [--ndjson] [--terms DIR] [--document ID] [--jobs N] ${CACHE_USAGE}`;

/**
 * Threads that check by default: the command's and one worker keep a 2-core machine busy while the
 * process stays under 200 MB (each worker adds about 40 MB; docs/checker.md); --jobs asks for more.
 */
const DEFAULT_JOBS = 2;

/** The bundled worker of --jobs (scripts/bundle.js). */
const WORKER_FILE = join(PACKAGE_ROOT, 'lib/bundle/check-worker.js');

export const checkCommand: Command = {
  summary: '契約イベントを規約に照らして評価 / evaluate contract events against the terms',
  usage,
  help: {
    'FILE | -': '契約（JSON: 1件か配列、NDJSON: 1行1件）。- は標準入力の NDJSON を読み、入力順に NDJSON を書く / contracts: JSON (one or an array) or NDJSON (one a line); - reads NDJSON on stdin and writes NDJSON in input order',
    '--as-of YYYY-MM-DD': '評価の基準日（既定: 日本時間の今日）/ the as-of date (default: today in Japan)',
    '--format json|text': '出力形式（既定 json）/ output format (default json)',
    '--only findings|violations':
      '出力を絞る: findings は契約ごとに指摘だけ、violations は違反のある契約だけ（両方はカンマ区切り、読めない入力は常に出力）/ write less: findings writes each contract\'s findings only, violations only the contracts with a violation (both: comma-separated; input errors are always written)',
    '--ndjson': '拡張子によらず NDJSON として読む / read the input as NDJSON whatever its name',
    '--terms DIR': '規約のフォルダ（既定 terms）/ the terms folder (default terms)',
    '--document ID': '規約の文書 ID（文書が複数あるとき）/ the terms document (when there are several)',
    '--jobs N': '評価するスレッド数（既定 2）/ threads that check (default 2)',
    ...CACHE_HELP,
  },
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        'as-of': { type: 'string' },
        format: { type: 'string' },
        only: { type: 'string' },
        ndjson: { type: 'boolean' },
        terms: { type: 'string' },
        document: { type: 'string' },
        jobs: { type: 'string' },
        ...CACHE_OPTIONS,
      },
      usage,
    );
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length) throw new TermsError(`入力ファイルを1つ指定してください / give one input file (- for stdin)\n使い方 / usage: ${usage}`, EXIT.invalid);
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'text') throw new TermsError(`--format は json か text です / --format must be json or text: ${format}`, EXIT.invalid);
    const only = parseSelection(values.only);
    if (!only) throw new TermsError(`--only は ${SELECTIONS.join('、')} かそのカンマ区切りです / --only must be ${SELECTIONS.join(' or ')}, or both comma-separated: ${values.only}`, EXIT.invalid);
    if (only.findings && format === 'text') throw new TermsError('--only findings は --format json でのみ使えます / --only findings needs --format json', EXIT.invalid);
    const asOf = values['as-of'] ?? todayInJapan();
    const asOfProblem = /^\d{4}-\d{2}-\d{2}$/u.test(asOf) ? dateProblem(asOf) : `${asOf} は YYYY-MM-DD 形式の日付ではありません / not a YYYY-MM-DD date`;
    if (asOfProblem) throw new TermsError(`--as-of: ${asOfProblem}`, EXIT.invalid);

    const compiled = await compileOrStop(io, {
      termsDir: await termsFolder(io, values.terms),
      cache: cacheOf(io, values),
      // The checker's output is the contracts' outcome: the terms' warnings are lint's to report.
      print: (diagnostics) => printDiagnostics(io, diagnostics.filter((d) => d.severity === 'error')),
      deferWarnings: true,
    });
    if (!compiled.ok) {
      io.stderr('規約をコンパイルできないため評価できません / the terms do not compile\n');
      return compiled.exit;
    }
    const ruleSets = compiled.versions.map((v) => v.ruleSet);
    const catalog = prepareTerms(ruleSets, values.document);
    const jobs = jobsOf(values.jobs);
    let input: AsyncIterable<Uint8Array | string> = await openInput(file, io);
    let ndjson = values.ndjson === true || /\.(ndjson|jsonl)$/iu.test(file);
    // Standard input is NDJSON unless it starts as a JSON document does (src/check/stream/sniff.ts).
    if (file === '-' && !ndjson) ({ ndjson, input } = await sniffInput(input));
    const out = new CheckOutput(sinkOf(io), format, catalog, only);
    if (ndjson) {
      const workerFile = jobs.count > 1 ? await checkWorker(jobs.explicit) : undefined;
      for await (const piece of checkNdjsonStream(input, { catalog, ruleSets, asOf, format, only, jobs: jobs.count, workerFile })) await out.write(piece);
    } else {
      await checkJsonDocument(withoutBom(await readAll(input)), file, out, catalog, asOf);
    }
    await out.flush();
    const { contracts, invalid, violating } = out.totals();
    const threads = out.threads.size;
    // The default as-of date is Japan's, whatever the machine's time zone: say so.
    if (values['as-of'] === undefined) io.stderr(`基準日 ${asOf}（日本時間の今日）/ as of ${asOf} (today in Japan)\n`);
    io.stderr(
      `${contracts} 件の契約を評価しました（違反あり ${violating} 件、入力の誤り ${invalid} 件${threads > 1 ? `、${threads} スレッド` : ''}）/ checked ${contracts} contract(s)${threads > 1 ? ` on ${threads} threads` : ''}: ${violating} with violations, ${invalid} invalid\n`,
    );
    return invalid ? EXIT.invalid : violating ? EXIT.failed : EXIT.ok;
  },
};

async function openInput(file: string, io: CliIo): Promise<AsyncIterable<Uint8Array | string>> {
  if (file === '-') return io.stdin as AsyncIterable<Uint8Array | string>;
  const path = resolve(io.cwd, file);
  try {
    if (!(await stat(path)).isFile()) throw new Error('not a file');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TermsError(`${file}: 読めません / cannot read: ${reason}`, EXIT.invalid);
  }
  return readPieces(path);
}

/** Text without the byte-order mark some Windows editors write, which JSON.parse refuses. */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function readAll(input: AsyncIterable<Uint8Array | string>): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of input) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/**
 * The command's output: io's writers, and the process's stdout for backpressure (CliIo.stdout cannot
 * report a full pipe; without waiting on it, a slow reader would make a million results pile up in
 * memory). A reader that goes away ends the process quietly (cli/main.ts).
 */
function sinkOf(io: CliIo): OutputSink {
  return {
    stdout: io.stdout,
    stderr: io.stderr,
    room: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain') : undefined),
  };
}

/** --jobs: a whole number from 1; by default DEFAULT_JOBS, or fewer on a machine with fewer cores. */
function jobsOf(value: string | undefined): { count: number; explicit: boolean } {
  if (value === undefined) return { count: Math.min(availableParallelism(), DEFAULT_JOBS), explicit: false };
  const count = /^[1-9]\d{0,2}$/u.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(count)) throw new TermsError(`--jobs は1〜999の整数です / --jobs must be a whole number from 1 to 999: ${value}`, EXIT.invalid);
  return { count, explicit: true };
}

/** The worker file, or undefined (check in this thread) when it was not built and --jobs did not ask for it. */
async function checkWorker(explicit: boolean): Promise<string | undefined> {
  try {
    await access(WORKER_FILE);
    return WORKER_FILE;
  } catch {
    if (!explicit) return undefined;
    throw new TermsError(`--jobs: ${WORKER_FILE} がありません（npm run build:ts で作られます）/ the check worker is not built (npm run build:ts)`, EXIT.invalid);
  }
}
