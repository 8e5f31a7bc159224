import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { checkLine, checkValue, dateProblem, hasViolation, prepareTerms, renderText, type CheckOutcome, type TermsCatalog } from '../../check/index.js';
import { TermsError } from '../../errors.js';
import { todayInJapan } from '../../period/index.js';
import { compileProject } from '../../project/compile-all.js';
import { parseCommandArgs } from '../args.js';
import { printDiagnostics } from '../print.js';
import { EXIT, type CliIo, type Command } from '../io.js';

const usage = 'terms check FILE|- [--as-of YYYY-MM-DD] [--format json|text] [--ndjson] [--terms DIR] [--document ID]';

/** Output is written in chunks of about this many characters: one write per contract costs more than the checking. */
const CHUNK = 1 << 16;

export const checkCommand: Command = {
  summary: '契約イベントを規約に照らして評価 / evaluate contract events against the terms',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        'as-of': { type: 'string' },
        format: { type: 'string' },
        ndjson: { type: 'boolean' },
        terms: { type: 'string' },
        document: { type: 'string' },
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

    const project = await compileProject(resolve(io.cwd, values.terms ?? 'terms'), io.cwd);
    const errors = project.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) {
      printDiagnostics(io, errors);
      io.stderr('規約をコンパイルできないため評価できません / the terms do not compile\n');
      return EXIT.invalid;
    }
    const catalog = prepareTerms(project.versions.map((v) => v.ruleSet), values.document);
    const input = await openInput(file, io);
    const ndjson = values.ndjson === true || /\.(ndjson|jsonl)$/iu.test(file);
    const out = new Output(io, format, catalog);
    if (ndjson) {
      let line = 0;
      let index = 0;
      for await (const text of createInterface({ input, crlfDelay: Infinity })) {
        line++;
        if (text.trim() === '') continue;
        const json = line === 1 ? withoutBom(text) : text;
        if (out.add(checkLine(json, { index: index++, line }, catalog, asOf), 'line')) await out.flush();
      }
    } else {
      await checkJson(withoutBom(await readAll(input)), file, out, catalog, asOf);
    }
    await out.flush();
    const { contracts, invalid, violating } = out;
    io.stderr(
      `${contracts} 件の契約を評価しました（違反あり ${violating} 件、入力の誤り ${invalid} 件）/ checked ${contracts} contract(s): ${violating} with violations, ${invalid} invalid\n`,
    );
    return invalid ? EXIT.invalid : violating ? EXIT.failed : EXIT.ok;
  },
};

/** A JSON file: one contract, or an array of them (read whole: large batches belong in NDJSON). */
async function checkJson(text: string, file: string, out: Output, catalog: TermsCatalog, asOf: string): Promise<void> {
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
    if (out.add(checkValue(value[index], { index, line: null }, catalog, asOf), 'element')) await out.flush();
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
  return createReadStream(path, { encoding: 'utf8' });
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
  contracts = 0;
  invalid = 0;
  violating = 0;
  private buffer = '';
  private first = true;

  constructor(
    private readonly io: CliIo,
    private readonly format: 'json' | 'text',
    private readonly catalog: TermsCatalog,
  ) {}

  open(): void {
    if (this.format === 'json') this.buffer += '[';
  }

  close(): void {
    if (this.format === 'json') this.buffer += this.first ? ']\n' : '\n]\n';
  }

  /**
   * Counts an outcome and adds it to the buffer.
   * @param shape how the outcome sits in the output: an NDJSON line, an array element, or alone
   * @returns whether the buffer is full and should be flushed (synchronous: an await per contract costs
   *   more than checking it)
   */
  add(outcome: CheckOutcome, shape: 'line' | 'element' | 'single'): boolean {
    this.contracts++;
    if (outcome.status === 'invalid') {
      this.invalid++;
      // The JSON output carries them too; stderr is where a person running the command looks.
      if (this.format === 'json') for (const e of outcome.errors) this.io.stderr(`${e.message}\n`);
    } else if (hasViolation(outcome.findings)) {
      this.violating++;
    }
    if (this.format === 'text') this.buffer += renderText(outcome, this.catalog);
    else if (shape === 'line') this.buffer += JSON.stringify(outcome) + '\n';
    else if (shape === 'single') this.buffer += JSON.stringify(outcome, null, 2) + '\n';
    else {
      this.buffer += (this.first ? '\n' : ',\n') + indent(JSON.stringify(outcome, null, 2));
      this.first = false;
    }
    return this.buffer.length >= CHUNK;
  }

  /** Writes the buffer, then waits while stdout is full. */
  async flush(): Promise<void> {
    if (this.buffer) this.io.stdout(this.buffer);
    this.buffer = '';
    // CliIo.stdout cannot report a full pipe, so wait on the process's stdout, which it writes to
    // outside tests; without this a slow reader would make a million results pile up in memory.
    if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
  }
}

function indent(json: string): string {
  return '  ' + json.replace(/\n/gu, '\n  ');
}

