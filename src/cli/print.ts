import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/index.js';
import { isTermsError } from '../errors.js';
import { fileError, isFileError } from '../io/fs-error.js';
import { displayPath } from '../project/sources.js';
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
  // The reader of the output went away (`terms check … | head`): it has what it wanted.
  if (isBrokenPipe(error)) return EXIT.ok;
  // A path that does not exist, a file where a folder should be, a read-only folder: the input's fault.
  if (isFileError(error)) {
    const shown = error.path === undefined ? undefined : displayPath(error.path, io.cwd);
    return reportError(io, Object.assign(fileError(error, shown), { stack: error.stack }));
  }
  if (isTermsError(error)) {
    io.stderr(`${oneLine(error.message)}\n`);
    if (io.debug && error.stack) io.stderr(`${error.stack}\n`);
    return error.exitCode;
  }
  io.stderr(`内部エラー / internal error: ${(error instanceof Error ? error.message : String(error)).replace(/\s*[\r\n]+\s*/gu, ' ').trim()}\n`);
  io.stderr(io.debug && error instanceof Error && error.stack ? `${error.stack}\n` : '(--debug でスタックトレースを表示 / run with --debug for the stack trace)\n');
  return EXIT.internal;
}

/** Whether an error says that the reader of stdout went away. */
export function isBrokenPipe(error: unknown): boolean {
  return error instanceof Error && ((error as NodeJS.ErrnoException).code === 'EPIPE' || (error as NodeJS.ErrnoException).code === 'ERR_STREAM_DESTROYED');
}

/**
 * A message as one line per problem: the usage that follows a problem stays on its own line, but
 * a problem's own text never spans lines (an internal error's message may).
 */
function oneLine(message: string): string {
  return message.replace(/\r\n?/gu, '\n').replace(/\n{2,}/gu, '\n').trimEnd();
}
