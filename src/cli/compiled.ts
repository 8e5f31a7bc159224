/**
 * "Compile the project or stop", once for every command: compile every version of the terms folder (or
 * the versions named on the command line), print every problem the one way, and give back the versions,
 * or tell the command to stop with exit status 2 (the input is invalid).
 */
import type { Cache } from '../cache/store.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { TermsError } from '../errors.js';
import { compileProject, type CompiledVersion } from '../project/compile-all.js';
import { displayPath } from '../project/sources.js';
import { loadVersion } from './load-version.js';
import { printDiagnostics } from './print.js';
import { EXIT, type CliIo } from './io.js';

/** What to compile. */
export interface CompileRequest {
  /** The terms folder. */
  termsDir: string;
  /**
   * The versions named on the command line, in order (`<doc>@<version>`, a Markdown file, a compiled
   * .json); every version of the terms folder when absent.
   */
  specs?: readonly string[];
  /** Compiled versions kept between runs (./cache.ts), or null. */
  cache: Cache | null;
  /**
   * Prints the problems (default: one line each on stderr, then the count of errors). `terms ci` passes
   * its --format's printer.
   */
  print?: (diagnostics: Diagnostic[]) => void;
  /**
   * Problems found before compiling (a bad option file), printed with the compile's and stopping the
   * command as its errors do.
   */
  before?: readonly Diagnostic[];
  /**
   * When the versions compile, leave their warnings to the caller, who prints them with its own findings
   * (`terms ci`); by default they are printed here.
   */
  deferWarnings?: boolean;
}

/** The versions, or the exit status to stop with (every problem has been printed). */
export type Compiled = { ok: true; versions: CompiledVersion[]; diagnostics: Diagnostic[] } | { ok: false; exit: number };

/**
 * Compiles the project (or the named versions) or says why not.
 * @param io the CLI's io
 * @param request what to compile, and how to print
 * @returns the versions (by document then version, or in the order named) and the compile's diagnostics,
 *   or `{ ok: false, exit: 2 }` when something does not compile or cannot be read
 * @throws TermsError (exit 2) when the terms folder cannot be read
 */
export async function compileOrStop(io: CliIo, request: CompileRequest): Promise<Compiled> {
  const print = request.print ?? ((diagnostics: Diagnostic[]) => printDiagnostics(io, diagnostics));
  let versions: CompiledVersion[];
  let diagnostics: Diagnostic[];
  const problems: string[] = [];
  if (request.specs) {
    const loaded = await Promise.all(request.specs.map((spec) => loadVersion(spec, request.termsDir, io, request.cache)));
    versions = loaded.flatMap((l) => (l.version ? [l.version] : []));
    diagnostics = loaded.flatMap((l) => l.diagnostics);
    problems.push(...loaded.flatMap((l) => l.problems));
  } else {
    const compiled = await compileProject(request.termsDir, io.cwd, request.cache).catch((error: NodeJS.ErrnoException) => {
      if (typeof error.code !== 'string') throw error;
      throw new TermsError(`規約のフォルダを読めません / cannot read the terms folder ${displayPath(request.termsDir, io.cwd)}: ${error.code}`, EXIT.invalid);
    });
    ({ versions, diagnostics } = compiled);
  }
  await request.cache?.flush();
  const all = [...(request.before ?? []), ...diagnostics];
  const failed = problems.length > 0 || all.some((d) => d.severity === 'error');
  if (failed || !request.deferWarnings) print(all);
  if (!failed) return { ok: true, versions, diagnostics: all };
  for (const problem of problems) io.stderr(`${problem}\n`);
  return { ok: false, exit: EXIT.invalid };
}
