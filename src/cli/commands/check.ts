import { createReadStream } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { checkValue, dateProblem, prepareTerms, type CheckOutcome, type TermsCatalog } from '../../check/index.js';
import { OutcomeWriter, type OutcomeCounts, type OutcomeShape, type OutputFormat } from '../../check/output.js';
import { checkNdjsonStream, DuplicateIds, jsonDepth, MAX_DEPTH, type StreamPiece } from '../../check/stream/index.js';
import { TermsError } from '../../errors.js';
import { todayInJapan } from '../../period/index.js';
import { compileProject } from '../../project/compile-all.js';
import { PACKAGE_ROOT } from '../../project/root.js';
import { parseCommandArgs } from '../args.js';
import { printDiagnostics } from '../print.js';
import { EXIT, type CliIo, type Command } from '../io.js';
import { termsFolder } from '../terms-dir.js';

const usage = 'terms check FILE|- [--as-of YYYY-MM-DD] [--format json|text] [--ndjson] [--terms DIR] [--document ID] [--jobs N]';

/** Output is written in chunks of about this many characters: one write per contract costs more than the checking. */
const CHUNK = 1 << 16;

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
    'FILE | -': '契約（JSON: 1件か配列、NDJSON: 1行1件）、- で標準入力 / contracts: JSON (one or an array) or NDJSON (one a line); - for stdin',
    '--as-of YYYY-MM-DD': '評価の基準日（既定: 日本時間の今日）/ the as-of date (default: today in Japan)',
    '--format json|text': '出力形式（既定 json）/ output format (default json)',
    '--ndjson': '拡張子によらず NDJSON として読む / read the input as NDJSON whatever its name',
    '--terms DIR': '規約のフォルダ（既定 terms）/ the terms folder (default terms)',
    '--document ID': '規約の文書 ID（文書が複数あるとき）/ the terms document (when there are several)',
    '--jobs N': '評価するスレッド数（既定 2）/ threads that check (default 2)',
  },
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        'as-of': { type: 'string' },
        format: { type: 'string' },
        ndjson: { type: 'boolean' },
        terms: { type: 'string' },
        document: { type: 'string' },
        jobs: { type: 'string' },
      },
      usage,
    );
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length) throw new TermsError(`入力ファイルを1つ指定してください / give one input file (- for stdin)\n使い方 / usage: ${usage}`, EXIT.invalid);
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'text') throw new TermsError(`--format は json か text です / --format must be json or text: ${format}`, EXIT.invalid);
    const asOf = values['as-of'] ?? todayInJapan();
    const asOfProblem = /^\d{4}-\d{2}-\d{2}$/u.test(asOf) ? dateProblem(asOf) : `${asOf} は YYYY-MM-DD 形式の日付ではありません / not a YYYY-MM-DD date`;
    if (asOfProblem) throw new TermsError(`--as-of: ${asOfProblem}`, EXIT.invalid);

    const project = await compileProject(await termsFolder(io, values.terms), io.cwd);
    const errors = project.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) {
      printDiagnostics(io, errors);
      io.stderr('規約をコンパイルできないため評価できません / the terms do not compile\n');
      return EXIT.invalid;
    }
    const ruleSets = project.versions.map((v) => v.ruleSet);
    const catalog = prepareTerms(ruleSets, values.document);
    const jobs = jobsOf(values.jobs);
    const ndjson = values.ndjson === true || /\.(ndjson|jsonl)$/iu.test(file);
    const input = await openInput(file, io);
    const out = new Output(io, format, catalog);
    if (ndjson) {
      const workerFile = jobs.count > 1 ? await checkWorker(jobs.explicit) : undefined;
      for await (const piece of checkNdjsonStream(input, { catalog, ruleSets, asOf, format, jobs: jobs.count, workerFile })) await out.write(piece);
    } else {
      await checkJson(withoutBom(await readAll(input)), file, out, catalog, asOf);
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

/** A JSON file: one contract, or an array of them (read whole: large batches belong in NDJSON). */
async function checkJson(text: string, file: string, out: Output, catalog: TermsCatalog, asOf: string): Promise<void> {
  // Checked before parsing: the checker walks a contract recursively, and a file nested 100,000 deep
  // would overflow the stack (an array of contracts is one level more).
  if (jsonDepth(text, MAX_DEPTH + 1) > MAX_DEPTH + 1) {
    throw new TermsError(`${file}: 入れ子が深すぎます（${MAX_DEPTH} 段まで）/ nested too deep (at most ${MAX_DEPTH} levels of arrays and objects)`, EXIT.invalid);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TermsError(`${file}: JSON として読めません / not valid JSON: ${reason}`, EXIT.invalid);
  }
  if (!Array.isArray(value)) {
    out.add(checkValue(value, { index: 0, line: null }, catalog, asOf), 'single');
    return;
  }
  out.open();
  for (let index = 0; index < value.length; index++) {
    const outcome = checkValue(value[index], { index, line: null }, catalog, asOf);
    out.noteId(outcome.contract, index, 'element');
    if (out.add(outcome, 'element')) await out.flush();
  }
  out.close();
}

async function openInput(file: string, io: CliIo): Promise<NodeJS.ReadableStream> {
  if (file === '-') return io.stdin;
  const path = resolve(io.cwd, file);
  try {
    if (!(await stat(path)).isFile()) throw new Error('not a file');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TermsError(`${file}: 読めません / cannot read: ${reason}`, EXIT.invalid);
  }
  return createReadStream(path);
}

/** Text without the byte-order mark some Windows editors write, which JSON.parse refuses. */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function readAll(input: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  input.setEncoding('utf8');
  for await (const chunk of input) text += String(chunk);
  return text;
}

/** Writes outcomes in chunks, waits when stdout is full, and counts what the exit status depends on. */
class Output {
  private readonly writer: OutcomeWriter;
  private buffer = '';
  /** Counts of the pieces checked by the NDJSON stream (the writer counts the others). */
  private readonly streamed: OutcomeCounts = { contracts: 0, invalid: 0, violating: 0 };
  /** Threads that checked pieces of the stream. */
  readonly threads = new Set<number>();
  /** Contract ids seen, to warn of one given twice. */
  private readonly ids = new DuplicateIds();
  /** Warnings for stderr, written with the next output. */
  private warnings = '';

  constructor(
    private readonly io: CliIo,
    format: OutputFormat,
    catalog: TermsCatalog,
  ) {
    this.writer = new OutcomeWriter(format, catalog);
  }

  open(): void {
    this.buffer += this.writer.open();
  }

  close(): void {
    this.buffer += this.writer.close();
  }

  /**
   * Adds an outcome.
   * @returns whether the buffer is full and should be flushed (synchronous: an await per contract costs
   *   more than checking it)
   */
  add(outcome: CheckOutcome, shape: OutcomeShape): boolean {
    this.buffer += this.writer.add(outcome, shape);
    return this.buffer.length >= CHUNK;
  }

  /** Writes the buffer. */
  async flush(): Promise<void> {
    const output = this.buffer;
    this.buffer = '';
    await this.emit(output, this.writer.takeMessages());
  }

  /**
   * Records a contract id, warning when the batch gave it before: two contracts with one id are most
   * likely one contract exported twice, whose results would then disagree.
   * @param id the contract's id (null when it has none)
   * @param at its NDJSON line, or its index in a JSON array
   */
  noteId(id: string | null, at: number, shape: 'line' | 'element'): void {
    if (id === null) return;
    const first = this.ids.see(id, at);
    if (first === undefined) return;
    const [ja, en] = shape === 'line' ? ['行', 'line'] : ['契約', 'contract'];
    const name = (n: number) => (shape === 'line' ? `${ja} ${n}` : `${ja}[${n}]`);
    const nameEn = (n: number) => (shape === 'line' ? `${en} ${n}` : `${en} [${n}]`);
    this.warnings += `注意 / warning: ${name(at)}: 契約 ID ${JSON.stringify(id)} は ${name(first)} と重複しています / ${nameEn(at)}: duplicate contract id, also on ${nameEn(first)}\n`;
  }

  /** Writes a piece of the NDJSON stream, counting it. */
  async write(piece: StreamPiece): Promise<void> {
    this.streamed.contracts += piece.contracts;
    this.streamed.invalid += piece.invalid;
    this.streamed.violating += piece.violating;
    this.threads.add(piece.thread);
    for (let i = 0; i < piece.ids.length; i++) this.noteId(piece.ids[i] as string, piece.idLines[i] as number, 'line');
    await this.emit(piece.output, piece.messages, piece.release);
  }

  /** Everything counted so far. */
  totals(): OutcomeCounts {
    const { writer: w, streamed: s } = this;
    return { contracts: w.contracts + s.contracts, invalid: w.invalid + s.invalid, violating: w.violating + s.violating };
  }

  /** Writes output and messages, then waits while stdout is full. */
  private async emit(output: string | Uint8Array, messages: string, written?: () => void): Promise<void> {
    if (messages) this.io.stderr(messages);
    if (this.warnings) {
      this.io.stderr(this.warnings);
      this.warnings = '';
    }
    if (output.length) this.io.stdout(output, written);
    // CliIo.stdout cannot report a full pipe, so wait on the process's stdout, which it writes to
    // outside tests; without this a slow reader would make a million results pile up in memory.
    if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
  }
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
