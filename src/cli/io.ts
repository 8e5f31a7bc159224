/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  /**
   * Writes text, or UTF-8 bytes (terms check), and calls `written` once the bytes may be reused: a
   * writer that keeps them must not call it.
   */
  stdout(text: string | Uint8Array, written?: () => void): void;
  stderr(text: string): void;
  cwd: string;
  /** Standard input (for `-` as a file name). */
  stdin: NodeJS.ReadableStream;
  /** Whether --debug was given: stack traces are shown only then. */
  debug: boolean;
}

/** A command of the CLI: parses its arguments, does the I/O, calls the library, returns an exit status. */
export interface Command {
  summary: string;
  usage: string;
  /**
   * What each argument and option means, `日本語 / English`, by how it is written (`--out DIR`):
   * `terms <command> --help` prints them all.
   */
  help?: Record<string, string>;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Exit statuses, the same for every command (documented in the README). */
export const EXIT = {
  ok: 0,
  /** The input was read and a check failed: a lint error, a violation, a refused notice. */
  failed: 1,
  /** The input could not be read or is invalid (compile errors, bad options, unreadable files). */
  invalid: 2,
  /** A bug in knet-terms itself. */
  internal: 3,
} as const;
