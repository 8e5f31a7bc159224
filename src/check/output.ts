/**
 * Outcomes as `terms check` prints them (an NDJSON line, an element of a JSON array, one JSON document,
 * or the Japanese text format), with the counts the exit status depends on. Pure: the caller writes.
 */
import { hasViolation } from './findings.js';
import type { CheckOutcome } from './schema.js';
import { renderText } from './text.js';
import type { TermsCatalog } from './terms.js';

/** How an outcome sits in the output. */
export type OutcomeShape = 'line' | 'element' | 'single';

/** Output format: JSON (per shape) or the text a support agent reads out. */
export type OutputFormat = 'json' | 'text';

/** Counts of a run, or of part of one. */
export interface OutcomeCounts {
  contracts: number;
  invalid: number;
  violating: number;
}

/** Formats outcomes one at a time, counting them and collecting the messages for stderr. */
export class OutcomeWriter implements OutcomeCounts {
  contracts = 0;
  invalid = 0;
  violating = 0;
  /** Input problems of the JSON format, a line each, for stderr: where a person running the command looks. */
  messages = '';
  private first = true;

  constructor(
    private readonly format: OutputFormat,
    private readonly catalog: TermsCatalog,
  ) {}

  /** The start of a JSON array. */
  open(): string {
    return this.format === 'json' ? '[' : '';
  }

  /** The end of the JSON array. */
  close(): string {
    return this.format === 'json' ? (this.first ? ']\n' : '\n]\n') : '';
  }

  /**
   * Counts an outcome and formats it.
   * @returns its text in the output
   */
  add(outcome: CheckOutcome, shape: OutcomeShape): string {
    this.contracts++;
    if (outcome.status === 'invalid') {
      this.invalid++;
      // The JSON output carries them too; the text format prints them in place.
      if (this.format === 'json') for (const e of outcome.errors) this.messages += `${e.message}\n`;
    } else if (hasViolation(outcome.findings)) {
      this.violating++;
    }
    if (this.format === 'text') return renderText(outcome, this.catalog);
    if (shape === 'line') return JSON.stringify(outcome) + '\n';
    if (shape === 'single') return JSON.stringify(outcome, null, 2) + '\n';
    const text = (this.first ? '\n' : ',\n') + indent(JSON.stringify(outcome, null, 2));
    this.first = false;
    return text;
  }

  /** Takes the messages collected since the last call. */
  takeMessages(): string {
    const messages = this.messages;
    this.messages = '';
    return messages;
  }
}

function indent(json: string): string {
  return '  ' + json.replace(/\n/gu, '\n  ');
}
