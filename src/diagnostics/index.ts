/**
 * Problems found in content (not misuse of the API): positioned, collected, reported together.
 * Every stage (compile, lint, import, check) reports with this one shape, so the CLI prints them alike.
 */

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Path of the source as given to the stage (relative to the project when the CLI reads it). */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  /** Stable identifier of the check: `compile/article-sequence`, `ref-caption` … */
  ruleId: string;
  message: string;
  /** Clause id the problem is about, when known. */
  clause?: string;
  /** The one right fix, when there is one: edits applied together (`terms lint --fix`, the editor's quick fix). */
  fix?: TextEdit[];
}

/** Replaces the source range from line:column up to (not including) endLine:endColumn by `text`; 1-based. */
export interface TextEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/** A source position, 1-based. */
export interface Place {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** Collects diagnostics for one file; `error()` and friends never throw. */
export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];

  /** @param file the path reported with every diagnostic */
  constructor(readonly file: string) {}

  /**
   * Records a problem at `place` (the start of the file when unknown).
   * @returns the diagnostic recorded, so that a stage may attach what only it knows (the importer's left-out text)
   */
  add(severity: Severity, ruleId: string, message: string, place?: Place, clause?: string): Diagnostic {
    const d = diagnosticAt(this.file, severity, ruleId, message, place, clause);
    this.diagnostics.push(d);
    return d;
  }

  error(ruleId: string, message: string, place?: Place, clause?: string): void {
    this.add('error', ruleId, message, place, clause);
  }

  warning(ruleId: string, message: string, place?: Place, clause?: string): void {
    this.add('warning', ruleId, message, place, clause);
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }
}

/**
 * A problem at a place in a file (the start of the file when the place is unknown).
 * @param file the path reported
 */
export function diagnosticAt(file: string, severity: Severity, ruleId: string, message: string, place?: Place, clause?: string): Diagnostic {
  const d: Diagnostic = { file, line: place?.line ?? 1, column: place?.column ?? 1, severity, ruleId, message };
  if (place?.endLine !== undefined) d.endLine = place.endLine;
  if (place?.endColumn !== undefined) d.endColumn = place.endColumn;
  if (clause !== undefined) d.clause = clause;
  return d;
}

/** Orders diagnostics by file, line, column (stable for equal places). */
export function sortDiagnostics<D extends Diagnostic>(list: readonly D[]): D[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** `file:line:col: message [rule]`, the one-line form used by compile errors. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity === 'error' ? '' : d.severity + ': '}${d.message} [${d.ruleId}]`;
}
