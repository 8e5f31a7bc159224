/**
 * Writes the .eml files of a run into one folder, each atomically (a temporary file beside it, renamed
 * over it), as src/io/atomic.ts does for one file; the folder is made, and what killed runs left in it
 * swept, once per run instead of once per file. Each file is written with blocking calls: the files go
 * one after the other, and on this kind of machine four trips to the thread pool per file (open, write,
 * close, rename) cost twice the calls themselves.
 */
import { ensureDir, replaceFileSync } from '../io/atomic.js';
import { sweepStaleTemps } from '../io/temp.js';

/** Writes one file of the folder, given as its chunks in order; returns when it is in place under its name. */
export type EmlWriter = (path: string, chunks: readonly Uint8Array[]) => void;

/**
 * A writer for files in one folder.
 * @param dir the folder (made when missing)
 * @throws TermsError (exit 2) with one line when the folder or a file cannot be written
 */
export async function createEmlWriter(dir: string): Promise<EmlWriter> {
  await ensureDir(dir);
  await sweepStaleTemps(dir);
  return replaceFileSync;
}
