/**
 * The import report: what `terms import` could not place or had to guess, each with its input line.
 * Entries are diagnostics (one shape for every stage, printed alike) that may also carry the input
 * characters the imported document does not contain, so that nothing is ever dropped silently.
 */
import type { Diagnostic, Severity } from '../diagnostics/index.js';

/** One entry of the report. */
export interface ImportMessage extends Diagnostic {
  /**
   * Input characters that are not in the imported document: an unplaced line, a removed page number
   * or running header, a label replaced by the numbering. Absent when nothing was left out.
   */
  text?: string;
}

/** Collects the report of one import; adding never throws. */
export class ImportReport {
  readonly messages: ImportMessage[] = [];

  /** @param file the input path reported with every entry */
  constructor(readonly file: string) {}

  /**
   * Records an entry.
   * @param line 1-based input line (1 when the entry is about the whole input)
   * @param text input characters left out of the document, if any
   */
  add(severity: Severity, ruleId: string, message: string, line: number, text?: string): void {
    const entry: ImportMessage = { file: this.file, line, column: 1, severity, ruleId, message };
    if (text !== undefined && text !== '') entry.text = text;
    this.messages.push(entry);
  }

  /** Entries in input order (stable for entries on the same line). */
  sorted(): ImportMessage[] {
    return this.messages.map((m, i) => ({ m, i })).sort((a, b) => a.m.line - b.m.line || a.i - b.i).map(({ m }) => m);
  }
}
