import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The knet-terms package folder (where package.json, templates/ and node_modules/ are), found by walking
 * up from this module: the same answer from src/ (tests), lib/ (tsc output) and lib/bundle/ (the CLI).
 */
export const PACKAGE_ROOT: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'knet-terms') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('knet-terms: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
})();
