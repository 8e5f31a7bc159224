/**
 * Rebuilding on save (`terms build --watch`): folders are watched with fs.watch, changes are debounced
 * (an editor's save is several events), and builds never overlap: a change during a build runs one more
 * build after it.
 */
import { watch, type FSWatcher } from 'node:fs';

/** A running watch. */
export interface Watch {
  close(): void;
}

/**
 * Calls `rebuild` after files under the folders change.
 * @param dirs the folders to watch (recursively)
 * @param rebuild the build to run; it reports its own errors (a rejection is ignored, the watch goes on)
 * @param debounceMs how long the folders must be quiet first
 */
export function watchAndRebuild(dirs: readonly string[], rebuild: () => Promise<void>, debounceMs = 150): Watch {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = rebuild()
      .catch(() => undefined)
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const changed = (_event: string, name: string | Buffer | null) => {
    // Editors' temporary and backup files are no change to the terms.
    if (typeof name === 'string' && /(^|[\\/])(\.|.*~$|.*\.sw[px]$)/u.test(name)) return;
    clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  };
  const watchers: FSWatcher[] = dirs.map((dir) => watch(dir, { recursive: true }, changed));
  return {
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
