/**
 * Errors that stop a command. Content problems are diagnostics (src/diagnostics), not exceptions; a
 * TermsError carries a user-facing message (Japanese, with English) and the exit status to use.
 */
export class TermsError extends Error {
  override readonly name = 'TermsError';

  /**
   * @param message user-facing message, printed without a stack trace
   * @param exitCode exit status of the CLI (2: input could not be read or is invalid, 1: a check failed)
   */
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
  }
}

/** Type guard for TermsError (also across module copies). */
export function isTermsError(value: unknown): value is TermsError {
  return value instanceof Error && value.name === 'TermsError' && 'exitCode' in value;
}
