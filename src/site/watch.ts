/**
 * Rebuilding on save (`terms build --watch`): folders are watched with fs.watch, changes are debounced
 * (an editor's save is several events), and builds never overlap: a change during a build runs one more
 * build after it. A rebuild redoes only what an edit touches: unchanged versions come from the cache, the
 * diffs of unchanged pairs and an unchanged search index from the watch's memo (`BuildMemo`), and only
 * files whose bytes change are written (`writeChanged`).
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { hashOf } from '../cache/store.js';
import { writeFileAtomic } from '../io/atomic.js';
import type { Files } from './output.js';

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

/**
 * What a watch keeps between its rebuilds, so that an edit redoes only what it touches: the diffs of
 * pairs of versions and the search index, by the content they were made from. Each rebuild keeps only
 * what it used, so the memo never outgrows the project.
 */
export class BuildMemo {
  private entries = new Map<string, unknown>();
  private used = new Map<string, unknown>();
  /** How many values were computed and reused by the last rebuild (tests, `--debug`). */
  readonly stats = { computed: 0, reused: 0 };

  /**
   * The value made from `parts` before, or a new one.
   * @param parts everything the value depends on
   * @param compute makes it
   */
  async get<T>(parts: readonly string[], compute: () => T | Promise<T>): Promise<T> {
    const key = hashOf(...parts);
    if (this.entries.has(key) || this.used.has(key)) {
      const value = (this.used.get(key) ?? this.entries.get(key)) as T;
      this.used.set(key, value);
      this.stats.reused++;
      return value;
    }
    const value = await compute();
    this.used.set(key, value);
    this.stats.computed++;
    return value;
  }

  /** Ends a rebuild: what it did not use is let go. */
  settle(): void {
    this.entries = this.used;
    this.used = new Map();
  }
}

/** What an incremental write changed, by path relative to the output folder. */
export interface WrittenFiles {
  written: string[];
  removed: string[];
}

/**
 * Writes a build's pieces file by file, only where the bytes differ from what is there (each file
 * atomically), and removes the files a piece no longer has. A watch's rebuild writes this way, so a page
 * an edit does not change is left alone (its time stamp too) and the served site never lacks a piece.
 * @param outDir the output folder (`dist`)
 * @param pieces the pieces' files, by piece name
 */
export async function writeChanged(outDir: string, pieces: ReadonlyMap<string, Files>): Promise<WrittenFiles> {
  const done: WrittenFiles = { written: [], removed: [] };
  for (const [piece, files] of pieces) {
    const kept = new Set<string>();
    for (const [path, content] of files) {
      kept.add(path);
      const target = join(outDir, piece, ...path.split('/'));
      const bytes = typeof content === 'string' ? Buffer.from(content) : content;
      const old = await readFile(target).catch(() => null);
      if (old && Buffer.compare(old, bytes) === 0) continue;
      await writeFileAtomic(target, content);
      done.written.push(`${piece}/${path}`);
    }
    const there = await readdir(join(outDir, piece), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of there) {
      if (!entry.isFile()) continue;
      const path = relative(join(outDir, piece), join(entry.parentPath, entry.name)).split(sep).join('/');
      if (kept.has(path)) continue;
      await rm(join(outDir, piece, ...path.split('/')), { force: true });
      done.removed.push(`${piece}/${path}`);
    }
  }
  done.written.sort();
  done.removed.sort();
  return done;
}
