/**
 * `--format json`: an array of `{file, line, column, endLine, endColumn, ruleId, severity, message,
 * clause}`, every key present (null when unknown), for scripts.
 */
import { sortDiagnostics } from '../../diagnostics/index.js';
import type { Formatter } from './types.js';

export const json: Formatter = (report) =>
  JSON.stringify(
    sortDiagnostics(report.diagnostics).map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      endLine: d.endLine ?? null,
      endColumn: d.endColumn ?? null,
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      clause: d.clause ?? null,
    })),
    null,
    2,
  ) + '\n';
