/**
 * The client assets through the cache: Vite's build of site/ (a second or so, and Vite itself to load) is
 * kept with the list of source files it bundled and their hashes, and reused while every one of them is
 * unchanged, for the same base path, Vite version and knet-terms build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { hashOf, type Cache } from '../cache/store.js';
import { buildClient, CLIENT_DIR, type BuiltFile, type ClientBuild } from './assets.js';

const KIND = 'client';

/** A built file as stored: text, or bytes in base64. */
type StoredFile = { path: string; text: string } | { path: string; base64: string };

interface StoredClient {
  /** Every bundled source file and the hash of its bytes. */
  inputs: [string, string][];
  files: StoredFile[];
  assets: { css: string[]; js: string[] };
}

/**
 * Builds the client, or reads the build of the same sources.
 * @param base the site's base path
 * @param cache the cache, or null (always build)
 */
export async function buildClientCached(base: string, cache: Cache | null): Promise<ClientBuild> {
  if (!cache) return buildClient(base);
  const vite = (createRequire(import.meta.url)('vite/package.json') as { version: string }).version;
  const key = cache.key(KIND, base, vite, CLIENT_DIR);
  const stored = cache.read(KIND, key, isStoredClient);
  if (stored && stored.inputs.every(([path, sum]) => hashOfFile(path) === sum)) {
    return {
      files: stored.files.map((f): BuiltFile => ({ path: f.path, content: 'text' in f ? f.text : new Uint8Array(Buffer.from(f.base64, 'base64')) })),
      assets: stored.assets,
      inputs: stored.inputs.map(([path]) => path),
    };
  }
  const built = await buildClient(base);
  const inputs = built.inputs.map((path): [string, string] => [path, hashOfFile(path) ?? '']);
  const files = built.files.map((f): StoredFile => (typeof f.content === 'string' ? { path: f.path, text: f.content } : { path: f.path, base64: Buffer.from(f.content).toString('base64') }));
  cache.write(KIND, key, { inputs, files, assets: built.assets } satisfies StoredClient);
  return built;
}

/** The hash of a file's bytes, or null when it cannot be read (then the entry never matches). */
function hashOfFile(path: string): string | null {
  try {
    return hashOf(readFileSync(path, 'latin1'));
  } catch {
    return null;
  }
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isStoredClient(value: unknown): value is StoredClient {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const assets = v.assets as Record<string, unknown> | null | undefined;
  return (
    Array.isArray(v.inputs) &&
    v.inputs.length > 0 &&
    v.inputs.every((i) => Array.isArray(i) && i.length === 2 && typeof i[0] === 'string' && typeof i[1] === 'string') &&
    Array.isArray(v.files) &&
    v.files.every((f: unknown) => {
      if (typeof f !== 'object' || f === null) return false;
      const file = f as Record<string, unknown>;
      return typeof file.path === 'string' && (typeof file.text === 'string' || typeof file.base64 === 'string');
    }) &&
    typeof assets === 'object' &&
    assets !== null &&
    isStrings(assets.css) &&
    isStrings(assets.js)
  );
}
