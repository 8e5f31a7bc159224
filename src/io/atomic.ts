import { closeSync, openSync, renameSync, rmSync, writeSync, writevSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { TermsError } from '../errors.js';
import { fileError, isFileError, shownPath } from './fs-error.js';
import { sweepStaleTemps, tempPathFor } from './temp.js';

/**
 * Creates a folder and its missing parents, one level at a time. Node's `mkdir({ recursive: true })`
 * retries forever where mkdir keeps answering ENOENT (`/proc/x`); this walks up at most as many levels
 * as the path has, and fails on anything that is not a folder.
 * @param dir the folder
 * @throws TermsError (exit 2) naming the folder when it cannot be created
 */
export async function ensureDir(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = dir; ; at = dirname(at)) {
    const info = await stat(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw isFileError(error) ? fileError(error, at, 'フォルダを作れません / cannot create the folder') : error;
    });
    if (info?.isDirectory()) break;
    if (info) throw new TermsError(`${shownPath(at)}: フォルダを作れません（ファイルがあります）/ cannot create the folder: a file is in the way`, 2);
    if (dirname(at) === at) break;
    missing.push(at);
  }
  for (const at of missing.reverse()) {
    try {
      await mkdir(at);
    } catch (error) {
      // Created meanwhile by someone else: fine if it is a folder.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && (await stat(at).catch(() => null))?.isDirectory()) continue;
      throw isFileError(error) ? fileError(error, at, 'フォルダを作れません / cannot create the folder') : error;
    }
  }
}

/**
 * Writes a file so that readers never see it half-written: the content goes to a temporary file in the
 * same directory (same file system, so the rename is atomic) and is renamed over the target. Temporary
 * files of killed runs in that folder are removed first (src/io/temp.ts).
 * @param path the file to write
 * @param content its whole new content
 * @throws TermsError (exit 2) with one line when the file cannot be written (a file where a folder
 *   should be, a read-only or immutable folder, a full disk)
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await ensureDir(dirname(path));
  await sweepStaleTemps(dirname(path));
  await replaceFile(path, content);
}

/** The atomic step of `writeFileAtomic`: a temporary file beside `path`, renamed over it. */
async function replaceFile(path: string, content: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw isFileError(error) ? fileError(error, path, '書き込めません / cannot write') : error;
  }
}

/**
 * The atomic step of `writeFileAtomic` alone, with blocking calls and the content in chunks written with
 * one `writev`: for a writer of many small files in one folder, one after the other, that makes the
 * folder and sweeps it once (src/notice/eml-writer.ts), where each call's trip to the thread pool and a
 * copy of the chunks into one buffer cost more than the write itself.
 * @param path the file to write; its folder exists
 * @param chunks its whole new content, in order
 * @throws TermsError (exit 2) with one line when the file cannot be written
 */
export function replaceFileSync(path: string, chunks: readonly Uint8Array[]): void {
  const temp = tempPathFor(path);
  try {
    const fd = openSync(temp, 'w');
    try {
      let written = writevSync(fd, chunks as Uint8Array[]);
      // writev may stop short (a signal, a full disk): the rest goes chunk by chunk.
      for (const chunk of chunks) {
        if (written >= chunk.byteLength) {
          written -= chunk.byteLength;
          continue;
        }
        for (let at = written; at < chunk.byteLength; ) at += writeSync(fd, chunk, at);
        written = 0;
      }
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The write's own error is the one to report.
    }
    throw isFileError(error) ? fileError(error, path, '書き込めません / cannot write') : error;
  }
}
