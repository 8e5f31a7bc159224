import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/index.js';
import type { CliIo } from './io.js';

/** Prints diagnostics one per line (`file:line:col: message [rule]`) and a count. */
export function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  const sorted = sortDiagnostics(diagnostics);
  for (const d of sorted) io.stderr(formatDiagnostic(d) + '\n');
  const errors = sorted.filter((d) => d.severity === 'error').length;
  if (errors) io.stderr(`${errors} 件のエラー / ${errors} error${errors === 1 ? '' : 's'}\n`);
}
