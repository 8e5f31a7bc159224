/**
 * Temporary folders for the tests, removed when the test file that made them ends (test/helpers/temp-setup.ts).
 * The suite runs its files without isolation (vitest.config.ts): a support module is loaded once per worker,
 * so an `afterAll` it registered itself would clean up after the first file that imported it only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const created: string[] = [];

/**
 * A fresh temporary folder, removed after the current test file.
 * @param prefix its name's start
 */
export function tempDir(prefix = 'terms-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Removes the folders made since the last call. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
