/**
 * The cache as the CLI opens it (`--no-cache`, `--cache-dir DIR`): compiled versions and tokenized
 * clause texts kept between runs (src/cache/store.ts). By default it lives in
 * `node_modules/.cache/knet-terms` when the project has a node_modules folder (where ESLint, Babel and
 * Vite keep theirs), else in `.terms-cache`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashOf, openCache, type Cache } from '../cache/store.js';
import { PACKAGE_ROOT } from '../project/root.js';
import type { CliIo } from './io.js';

/** The options every command that compiles or tokenizes takes (merge into its parseCommandArgs options). */
export const CACHE_OPTIONS = {
  'no-cache': { type: 'boolean' },
  'cache-dir': { type: 'string' },
} as const;

/** Their help lines. */
export const CACHE_HELP: Record<string, string> = {
  '--no-cache': 'キャッシュを使わない（読みも書きもしない）/ neither read nor write the cache',
  '--cache-dir DIR': 'キャッシュの場所（既定 node_modules/.cache/knet-terms、なければ .terms-cache）/ where the cache is (default node_modules/.cache/knet-terms, else .terms-cache)',
};

/** The usage fragment. */
export const CACHE_USAGE = '[--no-cache] [--cache-dir DIR]';

/**
 * The default cache folder of a project.
 * @param cwd the project folder
 */
function defaultCacheDir(cwd: string): string {
  return existsSync(join(cwd, 'node_modules')) ? join(cwd, 'node_modules', '.cache', 'knet-terms') : join(cwd, '.terms-cache');
}

let stamp: string | undefined;

/**
 * What the running code is: the package version, and the size and time of each file of the code, so that
 * a rebuilt CLI never reads what an older build wrote, even under the same version number. The CLI runs
 * from lib/bundle/ (its files are all of its code); run from src/ or lib/ (tests), every file under it.
 */
export function codeStamp(): string {
  if (stamp !== undefined) return stamp;
  const version = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? '';
  const here = dirname(fileURLToPath(import.meta.url));
  const code = basename(here) === 'cli' ? dirname(here) : here;
  const files = readdirSync(code, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const info = statSync(join(code, name), { throwIfNoEntry: false });
      return info?.isFile() ? `${name}:${info.size}:${info.mtimeMs}` : '';
    });
  stamp = `${version}+${hashOf(...files).slice(0, 16)}`;
  return stamp;
}

/**
 * The cache of a command, or null with `--no-cache`.
 * @param io the CLI's io (working folder, stderr for the one warning about an unwritable cache)
 * @param values the command's parsed `--no-cache` and `--cache-dir`
 */
export function cacheOf(io: CliIo, values: { 'no-cache'?: boolean | undefined; 'cache-dir'?: string | undefined }): Cache | null {
  if (values['no-cache']) return null;
  const dir = values['cache-dir'] === undefined ? defaultCacheDir(io.cwd) : resolve(io.cwd, values['cache-dir']);
  return openCache({ dir, stamp: codeStamp(), warn: (message) => io.stderr(`注意 / warning: ${message}\n`) });
}
