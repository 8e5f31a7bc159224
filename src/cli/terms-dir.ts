import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { TermsError } from '../errors.js';
import { displayPath, listSources } from '../project/sources.js';
import { EXIT, type CliIo } from './io.js';

/**
 * The terms folder of a command (`--terms DIR`, else `terms`), checked before anything is compiled: it
 * exists, is a folder, and holds at least one version (`<document>/<YYYY-MM-DD>.md`). An empty folder
 * would otherwise "compile" nothing with exit 0.
 * @param io the CLI's io (working folder)
 * @param option the --terms value
 * @returns its absolute path
 * @throws TermsError (exit 2) with one line saying what is wrong
 */
export async function termsFolder(io: CliIo, option: string | undefined): Promise<string> {
  const dir = resolve(io.cwd, option ?? 'terms');
  const shown = displayPath(dir, io.cwd);
  const info = await stat(dir).catch(() => null);
  if (!info) throw new TermsError(`規約のフォルダがありません / no terms folder: ${shown} (--terms DIR)`, EXIT.invalid);
  if (!info.isDirectory()) throw new TermsError(`規約のフォルダではありません / the terms folder is not a folder: ${shown} (--terms DIR)`, EXIT.invalid);
  if ((await listSources(dir)).length === 0) {
    throw new TermsError(`${shown}: 規約の版がありません（<文書>/<YYYY-MM-DD>.md）/ no terms versions in the folder (expected <document>/<YYYY-MM-DD>.md)`, EXIT.invalid);
  }
  return dir;
}
