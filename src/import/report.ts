/**
 * The import report: what `terms import` could not place or had to guess, each with its input line.
 * It is the diagnostic sink every stage reports to (same entries, same `add`, printed alike), whose
 * entries may also carry the input characters the imported document does not contain, so that
 * nothing is ever dropped silently.
 */
import { DiagnosticSink, type Diagnostic, type Place, type Severity } from '../diagnostics/index.js';

/** One entry of the report. */
export interface ImportMessage extends Diagnostic {
  /**
   * Input characters that are not in the imported document: an unplaced line, a removed page number
   * or running header, a label replaced by the numbering. Absent when nothing was left out.
   */
  text?: string;
}

/**
 * The place of a whole input line: the importer reports lines, not columns.
 * @param line 1-based input line (1 when the entry is about the whole input)
 */
export function inputLine(line: number): Place {
  return { line, column: 1 };
}

/** Collects the report of one import; adding never throws. */
export class ImportReport extends DiagnosticSink {
  // Narrowed, not redeclared: the sink's own array, whose entries may carry `text`.
  declare readonly diagnostics: ImportMessage[];

  /**
   * Records an entry about input characters the imported document does not contain.
   * @param place where in the input (see {@link inputLine})
   * @param text the characters left out; an empty text records a plain entry
   */
  leftOut(severity: Severity, ruleId: string, message: string, place: Place, text: string): void {
    const entry: ImportMessage = this.add(severity, ruleId, message, place);
    if (text !== '') entry.text = text;
  }
}
