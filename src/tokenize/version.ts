/** The kuromoji version, which tokens and the unpacked dictionary are keyed by (./cached.ts, ./unpacked.ts). */
import { createRequire } from 'node:module';

let version: string | undefined;

/** The kuromoji package version (its dictionary's): tokens depend on it. */
export function kuromojiVersion(): string {
  version ??= (createRequire(import.meta.url)('kuromoji/package.json') as { version: string }).version;
  return version;
}
