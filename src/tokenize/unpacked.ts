/**
 * kuromoji's dictionary kept unpacked in the cache. kuromoji reads twelve gzipped files (18 MB, 96 MB
 * unpacked) on every load; gunzip is about half of the load's time and a third of its peak memory. With a
 * cache, the files are unpacked once into `<cache>/dictionary/` beside a manifest of their SHA-256, and
 * later loads read them as they are. A file whose hash is not the manifest's, a manifest of another
 * dictionary, or anything unreadable makes the load fall back to the packed files (and the next load
 * unpack them again): the same bytes reach kuromoji either way, so the tokens never differ.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { writeFileAtomic } from '../io/atomic.js';
import { kuromojiVersion } from './version.js';

/** The manifest: which packed files it was made from, and each unpacked file's SHA-256. */
interface Manifest {
  source: string;
  files: Record<string, string>;
}

const MANIFEST = 'manifest.json';

/** What the packed dictionary is: kuromoji's version and its files' names and sizes. */
function sourceOf(dicPath: string, names: readonly string[]): string {
  return [kuromojiVersion(), ...names.map((name) => `${name}:${statSync(join(dicPath, name)).size}`)].join(',');
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function readManifest(dir: string, source: string): Manifest | null {
  try {
    const value = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Partial<Manifest>;
    return value.source === source && value.files && typeof value.files === 'object' ? (value as Manifest) : null;
  } catch {
    return null;
  }
}

/**
 * The folder of the unpacked dictionary, unpacking it first when the cache has none for this dictionary.
 * @param dicPath kuromoji's packed dictionary
 * @param dir where the unpacked files live (`<cache>/dictionary`)
 * @returns the manifest to check reads against, or null when the files cannot be had (the caller loads
 *   the packed ones)
 */
async function unpacked(dicPath: string, dir: string): Promise<Manifest | null> {
  try {
    const names = (await readdir(dicPath)).filter((n) => n.endsWith('.dat.gz')).sort();
    const source = sourceOf(dicPath, names);
    const found = readManifest(dir, source);
    if (found) return found;
    const files: Record<string, string> = {};
    for (const name of names) {
      const bytes = gunzipSync(await readFile(join(dicPath, name)));
      files[name] = sha256(bytes);
      await writeFileAtomic(join(dir, name.replace(/\.gz$/u, '')), bytes);
    }
    // Written last: a run killed while unpacking leaves no manifest, so the next one unpacks again.
    await writeFileAtomic(join(dir, MANIFEST), JSON.stringify({ source, files }));
    return { source, files };
  } catch {
    return null;
  }
}

/** kuromoji's loader and tokenizer classes, from its CommonJS sources (not part of its typed API). */
interface DictionaryLoader {
  loadArrayBuffer(file: string, callback: (error: Error | null, buffer?: ArrayBuffer) => void): void;
  load(callback: (error: Error | null, dictionaries?: unknown) => void): void;
}
type LoaderClass = new (dicPath: string) => DictionaryLoader;
type TokenizerClass<T> = new (dictionaries: unknown) => T;

/**
 * Loads kuromoji's tokenizer from the unpacked dictionary in `dir` (unpacking it there first if needed).
 * @param dicPath kuromoji's packed dictionary
 * @param dir the cache's dictionary folder
 * @returns the tokenizer, or null when the unpacked files cannot be used (unwritable cache, a file that
 *   does not match its hash): the caller then loads the packed dictionary as kuromoji does
 */
export async function loadUnpacked<T>(dicPath: string, dir: string): Promise<T | null> {
  const manifest = await unpacked(dicPath, dir);
  if (!manifest) return null;
  const require = createRequire(import.meta.url);
  const Loader = require('kuromoji/src/loader/NodeDictionaryLoader.js') as LoaderClass;
  const Tokenizer = require('kuromoji/src/Tokenizer.js') as TokenizerClass<T>;
  const loader = new Loader(dicPath);
  loader.loadArrayBuffer = (file, callback) => {
    const name = basename(file);
    readFile(join(dir, name.replace(/\.gz$/u, ''))).then(
      (bytes) => {
        if (manifest.files[name] !== sha256(bytes)) {
          // Never trusted, and unpacked afresh by the next load: the manifest goes.
          void rm(join(dir, MANIFEST), { force: true }).catch(() => undefined);
          return callback(new Error(`${name}: not the unpacked dictionary`));
        }
        // A file read whole owns its ArrayBuffer: hand it over without a copy.
        const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
        callback(null, whole ? (bytes.buffer as ArrayBuffer) : (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer));
      },
      (error: Error) => callback(error),
    );
  };
  return new Promise((resolve) => {
    loader.load((error, dictionaries) => resolve(error ? null : new Tokenizer(dictionaries)));
  });
}
