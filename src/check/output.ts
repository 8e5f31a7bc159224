/**
 * Outcomes as `terms check` prints them (an NDJSON line, an element of a JSON array, one JSON document,
 * or the Japanese text format), with the counts the exit status depends on. Pure: the caller writes.
 */
import { hasViolation } from './findings.js';
import type { CheckOutcome, CheckResult } from './schema.js';
import { renderText } from './text.js';
import type { TermsCatalog } from './terms.js';

/** How an outcome sits in the output. */
export type OutcomeShape = 'line' | 'element' | 'single';

/** Output format: JSON (per shape) or the text a support agent reads out. */
export type OutputFormat = 'json' | 'text';

/**
 * What of the outcomes is written (`--only`): by default every contract, whole. Batch users who need less
 * ask for `findings` (each contract as its id, status and findings) or `violations` (only the contracts
 * with a finding of severity `violation`), or both. Contracts that could not be read are always written,
 * as their error object: nothing goes missing silently. The counts cover every contract either way.
 */
export interface OutputSelection {
  findings: boolean;
  violations: boolean;
}

/** Every contract, whole. */
export const EVERYTHING: OutputSelection = { findings: false, violations: false };

/** The words of `--only`, in the order they are documented. */
export const SELECTIONS = ['findings', 'violations'] as const;

/**
 * Reads `--only` (a comma-separated list of SELECTIONS).
 * @param value the option's value, or undefined when it was not given
 * @returns the selection, or null when a word is not one of SELECTIONS
 */
export function parseSelection(value: string | undefined): OutputSelection | null {
  if (value === undefined) return EVERYTHING;
  const words = value.split(',').map((w) => w.trim());
  if (words.some((w) => !(SELECTIONS as readonly string[]).includes(w))) return null;
  return { findings: words.includes('findings'), violations: words.includes('violations') };
}

/** A contract's findings as `--only findings` writes them. */
export interface FindingsOnly {
  contract: string;
  status: CheckResult['status'];
  findings: CheckResult['findings'];
}

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
    private readonly only: OutputSelection = EVERYTHING,
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
   * @returns its text in the output (empty when the selection leaves it out)
   */
  add(outcome: CheckOutcome, shape: OutcomeShape): string {
    this.contracts++;
    let shown: CheckOutcome | FindingsOnly = outcome;
    if (outcome.status === 'invalid') {
      this.invalid++;
      // The JSON output carries them too; the text format prints them in place.
      if (this.format === 'json') for (const e of outcome.errors) this.messages += `${e.message}\n`;
    } else {
      const violating = hasViolation(outcome.findings);
      if (violating) this.violating++;
      else if (this.only.violations) return '';
      if (this.only.findings) shown = { contract: outcome.contract, status: outcome.status, findings: outcome.findings };
    }
    // --only findings is refused with the text format (the command says so), which renders whole outcomes.
    if (this.format === 'text') return renderText(outcome, this.catalog);
    if (shape === 'line') return JSON.stringify(shown) + '\n';
    if (shape === 'single') return JSON.stringify(shown, null, 2) + '\n';
    const text = (this.first ? '\n' : ',\n') + indent(JSON.stringify(shown, null, 2));
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
