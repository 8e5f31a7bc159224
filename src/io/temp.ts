/**
 * Temporary files and folders, named so that a later run can tell whose they are: `.<name>.<pid>.tmp`
 * (files) and `.build.<pid>.tmp` (folders). A run that is killed cannot clean up after itself; the next
 * run that writes into the same folder removes those whose process is gone.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** `.<name>.<pid>.tmp` or `.<name>.<pid>-<n>.tmp`: the pid is the owner's. */
const TEMP = /^\..+\.(\d+)(?:-\d+)?\.tmp$/u;

let counter = 0;

/**
 * A temporary path beside `path`, in the same folder (so a rename over `path` is atomic).
 * @param path the file (or folder) the temporary one will replace
 */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${counter++}.tmp`);
}

/**
 * Whether a process is running (signal 0 tests without signalling; EPERM means it runs as another user).
 * @param pid the process id
 */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The pid a temporary name records, or null when the name is not one of ours.
 * @param name a file name
 */
export function tempOwner(name: string): number | null {
  const m = TEMP.exec(name);
  return m ? Number(m[1]) : null;
}

const swept = new Set<string>();

/**
 * Removes the temporary files and folders in `dir` left by runs that were killed (their process is
 * gone). Done once per folder and process; a folder that cannot be read is left alone.
 * @param dir the folder
 * @returns the names removed
 */
export async function sweepStaleTemps(dir: string): Promise<string[]> {
  if (swept.has(dir)) return [];
  swept.add(dir);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = tempOwner(name);
    if (pid === null || isRunning(pid)) continue;
    await rm(join(dir, name), { recursive: true, force: true }).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}

/**
 * Creates a temporary folder inside `parent` (`.build.<pid>-<n>.tmp`), after removing those of killed runs.
 * @param parent the folder it goes in (exists)
 * @param name what it is for
 * @returns its path
 */
export async function makeTempDir(parent: string, name = 'build'): Promise<string> {
  await sweepStaleTemps(parent);
  const dir = tempPathFor(join(parent, name));
  await mkdir(dir);
  return dir;
}
