/**
 * Writing the build's output so that nobody ever sees half of it: everything is written into a
 * temporary folder inside the output folder (same file system), and each finished piece (`rules`,
 * `diff`, `notices`, `site`) is then renamed over the old one. A failed build leaves the old output alone.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { ensureDir } from '../io/atomic.js';
import { makeTempDir } from '../io/temp.js';
import { dirname, join } from 'node:path';

/** Files to write, by path relative to the output folder (forward slashes). */
export type FileMap = Map<string, string | Uint8Array>;

/** Files to write, one at a time: a map, or a generator that renders each as it is asked for. */
export type Files = Iterable<readonly [string, string | Uint8Array]>;

/**
 * Writes the pieces and swaps each into place.
 * @param outDir the output folder (`dist`)
 * @param pieces the pieces' files, by piece name (a folder directly under `outDir`); each file is written
 *   as it comes, so a generator never has the whole piece in memory
 */
export async function writePieces(outDir: string, pieces: ReadonlyMap<string, Files>): Promise<void> {
  await ensureDir(outDir);
  const temp = await makeTempDir(outDir);
  try {
    for (const [piece, files] of pieces) {
      for (const [path, content] of files) {
        const target = join(temp, piece, ...path.split('/'));
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, content);
      }
      await mkdir(join(temp, piece), { recursive: true });
    }
    for (const piece of pieces.keys()) {
      const target = join(outDir, piece);
      const old = join(temp, `${piece}.old`);
      await rename(target, old).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      await rename(join(temp, piece), target);
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
