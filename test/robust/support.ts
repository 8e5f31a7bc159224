/**
 * Support for the robustness tests: the real CLI (lib/bundle, built by `npm run build:ts` as `npm test`
 * does first) run as a child process, in temporary projects made from the real terms.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir as newTempDir } from '../helpers/temp.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'terms.js');
export const PUBLISHED_2018 = readFileSync(join(ROOT, 'terms/knet-cloud/2018-04-20.md'), 'utf8');

/** What a run printed and how it ended. */
export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `terms …` as a child process.
 * @param args the arguments after `terms`
 * @param options working folder, standard input, a timeout (a run that loops forever fails the test)
 */
export function terms(args: string[], options: { cwd?: string; input?: string | Buffer; timeout?: number; env?: NodeJS.ProcessEnv } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    timeout: options.timeout ?? 60_000,
    maxBuffer: 1 << 28,
    env: { ...process.env, ...options.env },
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

/**
 * Runs a shell pipeline and reports the exit status of its first command (`terms … | head`).
 * @param command the pipeline; `terms` in it is the built CLI
 * @param cwd the working folder
 */
export function pipeline(command: string, cwd = ROOT): Run {
  const script = `set -u; terms() { "${process.execPath}" "${BIN}" "$@"; }; ${command}; exit \${PIPESTATUS[0]}`;
  const result = spawnSync('bash', ['-c', script], { cwd, timeout: 120_000, maxBuffer: 1 << 28 });
  return { status: result.status, signal: result.signal, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

/**
 * A temporary folder, removed after the test file (test/helpers/temp.ts).
 * @param prefix its name's start
 */
export function tempDir(prefix = 'terms-robust-'): string {
  return newTempDir(prefix);
}

/**
 * A temporary project: the real terms folder (both versions and the lock), or the files given.
 * @param files `terms/`-relative paths and their text, instead of the real ones
 */
export function project(files?: Record<string, string>): string {
  const dir = tempDir();
  if (!files) {
    cpSync(join(ROOT, 'terms'), join(dir, 'terms'), { recursive: true });
    return dir;
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'terms', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'terms', path), text);
  }
  return dir;
}

/** Whether output shows a Node stack trace. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+:\d+:\d+\)?$/mu.test(text) || text.includes('node:internal');
}
