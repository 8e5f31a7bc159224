/**
 * The CLI run in-process, as the tests of its commands run it: its output captured, its exit status returned.
 */
import { main } from '../../src/cli/main.js';

/** What one run printed and returned. */
export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `terms …` in-process.
 * @param argv the arguments after `terms`
 * @param cwd the working folder
 */
export async function runInProcess(argv: readonly string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await main([...argv], { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { status, stdout, stderr };
}
