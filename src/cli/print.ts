import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/index.js';
import { isTermsError } from '../errors.js';
import { EXIT, type CliIo } from './io.js';

/** Prints diagnostics one per line (`file:line:col: message [rule]`) and a count. */
export function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  const sorted = sortDiagnostics(diagnostics);
  for (const d of sorted) io.stderr(formatDiagnostic(d) + '\n');
  const errors = sorted.filter((d) => d.severity === 'error').length;
  if (errors) io.stderr(`${errors} 件のエラー / ${errors} error${errors === 1 ? '' : 's'}\n`);
}

/**
 * Reports an error that stopped a command: a TermsError's message (the input's fault), or an internal
 * error; the stack trace only with --debug.
 * @returns the exit status it means
 */
export function reportError(io: CliIo, error: unknown): number {
  if (isTermsError(error)) {
    io.stderr(`${error.message}\n`);
    if (io.debug && error.stack) io.stderr(`${error.stack}\n`);
    return error.exitCode;
  }
  // The reader of the output went away (`terms check … | head`): it has what it wanted.
  if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'EPIPE') return EXIT.ok;
  io.stderr(`内部エラー / internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  io.stderr(io.debug && error instanceof Error && error.stack ? `${error.stack}\n` : '(--debug でスタックトレースを表示 / run with --debug for the stack trace)\n');
  return EXIT.internal;
}
