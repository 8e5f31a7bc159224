/**
 * Between the project's places (1-based line and column, columns in UTF-16 code units like JavaScript
 * strings) and LSP's (0-based line and character, UTF-16 by default).
 */
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Position, type Range } from 'vscode-languageserver';
import type { Diagnostic, Place, TextEdit } from '../diagnostics/index.js';

/** An LSP range of a place (an empty range at its start when it has no end). */
export function toRange(place: Place): Range {
  const start = { line: place.line - 1, character: place.column - 1 };
  const end = place.endLine === undefined ? start : { line: place.endLine - 1, character: (place.endColumn ?? place.column) - 1 };
  return { start, end };
}

/** A 1-based place of an LSP position. */
export function fromPosition(p: Position): { line: number; column: number } {
  return { line: p.line + 1, column: p.character + 1 };
}

/** Whether a 1-based point is inside a place (start included, end included: a cursor right after a word counts). */
export function contains(place: Place, point: { line: number; column: number }): boolean {
  const endLine = place.endLine ?? place.line;
  const endColumn = place.endColumn ?? place.column;
  if (point.line < place.line || point.line > endLine) return false;
  if (point.line === place.line && point.column < place.column) return false;
  if (point.line === endLine && point.column > endColumn) return false;
  return true;
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** What an LSP diagnostic carries for code actions. */
export interface DiagnosticData {
  fix?: TextEdit[];
  /** The line a suppression comment goes above (the clause's first line), 1-based. */
  suppressLine: number;
}

/**
 * An LSP diagnostic of a finding: the rule id is its code, `terms` its source, its fix and the line a
 * suppression would go on are its data (for code actions).
 * @param d the finding
 * @param suppressLine where a suppression of it goes
 */
export function toLspDiagnostic(d: Diagnostic, suppressLine: number): LspDiagnostic {
  const data: DiagnosticData = { suppressLine, ...(d.fix ? { fix: d.fix } : {}) };
  return { range: toRange(d), severity: SEVERITY[d.severity], code: d.ruleId, source: 'terms', message: d.message, data };
}
