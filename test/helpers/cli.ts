/**
 * The CLI run in-process, as the tests of its commands run it: its output captured, its exit status returned.
 * One helper for every test file that runs `terms …` without caring for the process itself (a spawned
 * `node bin/terms.js` costs a Node start and a bundle load per run; the suite runs hundreds of commands).
 */
import { Readable } from 'node:stream';
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
 * @param cwd the working folder (the test process's own when not given)
 * @param stdin what the command reads for `-` (nothing when not given)
 */
export async function runInProcess(argv: readonly string[], cwd?: string, stdin?: string | Uint8Array): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const decoder = new TextDecoder();
  const status = await main([...argv], {
    ...(cwd === undefined ? {} : { cwd }),
    ...(stdin === undefined ? {} : { stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : stdin]) }),
    // terms check writes UTF-8 bytes and may reuse them once `written` is called: decode before that.
    stdout: (t, written) => {
      stdout += typeof t === 'string' ? t : decoder.decode(t, { stream: true });
      written?.();
    },
    stderr: (t) => void (stderr += t),
  });
  stdout += decoder.decode();
  return { status, stdout, stderr };
}
