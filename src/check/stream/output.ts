/**
 * The output of a `terms check` run: outcomes written in chunks, in input order, waiting while the reader
 * is slow (so a million results never pile up in memory), with the counts the exit status depends on and
 * the warnings of contract ids given twice. The command only says where the bytes go.
 */
import { TermsError } from '../../errors.js';
import { checkValue } from '../check.js';
import { placeName, type Place } from '../problems.js';
import { EVERYTHING, OutcomeWriter, type OutcomeCounts, type OutcomeShape, type OutputFormat, type OutputSelection } from '../output.js';
import type { CheckOutcome } from '../schema.js';
import type { TermsCatalog } from '../terms.js';
import { DuplicateIds } from './duplicates.js';
import { jsonDepth, MAX_DEPTH } from './limits.js';
import type { StreamPiece } from './index.js';

/** Output is written in chunks of about this many characters: one write per contract costs more than the checking. */
const CHUNK = 1 << 16;

/** Where a run's output goes. */
export interface OutputSink {
  /** Writes output (text, or UTF-8 bytes); calls `written` once the bytes may be reused, if ever. */
  stdout(data: string | Uint8Array, written?: () => void): void;
  /** Writes a message for the person running the command. */
  stderr(text: string): void;
  /** Resolves once the reader has room again, or returns undefined when it has room now. */
  room(): Promise<unknown> | undefined;
}

/** Writes outcomes in chunks, waits when the reader is full, and counts what the exit status depends on. */
export class CheckOutput {
  private readonly writer: OutcomeWriter;
  private buffer = '';
  /** Counts of the pieces checked by the NDJSON stream (the writer counts the others). */
  private readonly streamed: OutcomeCounts = { contracts: 0, invalid: 0, violating: 0 };
  /** Threads that checked pieces of the stream. */
  readonly threads = new Set<number>();
  /** Warnings for stderr, written with the next output. */
  private warnings = '';

  /**
   * @param sink where the output goes
   * @param format the output format
   * @param catalog the terms (the text format quotes them)
   * @param only what of the outcomes is written
   * @param ids the contract ids seen, to warn of one given twice
   */
  constructor(
    private readonly sink: OutputSink,
    format: OutputFormat,
    catalog: TermsCatalog,
    only: OutputSelection = EVERYTHING,
    private readonly ids = new DuplicateIds(),
  ) {
    this.writer = new OutcomeWriter(format, catalog, only);
  }

  /** Starts a JSON array. */
  open(): void {
    this.buffer += this.writer.open();
  }

  /** Ends the JSON array. */
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
    const place = (n: number): Place => (shape === 'line' ? { line: n } : { line: null, index: n });
    if (first !== undefined) {
      this.warnings += `注意 / warning: ${placeName(place(at))}: 契約 ID ${JSON.stringify(id)} は ${placeName(place(first))} と重複しています / ${placeName(place(at), 'en')}: duplicate contract id, also on ${placeName(place(first), 'en')}\n`;
    } else if (this.ids.full === at) {
      // The first id left unrecorded (each place is noted once): said once, where recording stopped.
      const n = this.ids.capacity.toLocaleString('en-US');
      this.warnings +=
        `注意 / warning: ${placeName(place(at))}: 記録できる契約 ID の上限（${n} 件）に達しました。ここから後の ID は、それより前の ID との重複だけを報告します` +
        ` / ${placeName(place(at), 'en')}: the limit of ${n} recorded contract ids is reached: from here on, only duplicates of an earlier id are reported\n`;
    }
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

  /** Writes output and messages, then waits while the reader is full. */
  private async emit(output: string | Uint8Array, messages: string, written?: () => void): Promise<void> {
    if (messages) this.sink.stderr(messages);
    if (this.warnings) {
      this.sink.stderr(this.warnings);
      this.warnings = '';
    }
    if (output.length) this.sink.stdout(output, written);
    const room = this.sink.room();
    if (room) await room;
  }
}

/**
 * Checks a JSON document: one contract, or an array of them (read whole: large batches belong in NDJSON).
 * @param text the document's text (without a byte-order mark)
 * @param name how messages name it (the file name, or `-`)
 * @param out where the outcomes go
 * @param catalog the terms
 * @param asOf the as-of date
 * @throws TermsError (exit status 2) when the text is not JSON, or nests too deep to check
 */
export async function checkJsonDocument(text: string, name: string, out: CheckOutput, catalog: TermsCatalog, asOf: string): Promise<void> {
  // Checked before parsing: the checker walks a contract recursively, and a file nested 100,000 deep
  // would overflow the stack (an array of contracts is one level more).
  if (jsonDepth(text, MAX_DEPTH + 1) > MAX_DEPTH + 1) {
    throw new TermsError(`${name}: 入れ子が深すぎます（${MAX_DEPTH} 段まで）/ nested too deep (at most ${MAX_DEPTH} levels of arrays and objects)`, INVALID);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TermsError(`${name}: JSON として読めません / not valid JSON: ${reason}`, INVALID);
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

/** The exit status of input that could not be read (the CLI's EXIT.invalid; docs/checker.md). */
const INVALID = 2;
