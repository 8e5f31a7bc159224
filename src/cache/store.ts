/**
 * A cache keyed by content, the way ESLint's `--cache` and TypeScript's incremental builds work: a value
 * is stored under the hash of everything it was made from (the code's stamp, the cache format, the
 * input), so an entry is either exactly what a fresh computation would give or never found.
 *
 * Entries are files `<dir>/<kind>/<key>.json`: a header line (format, stamp, kind, key and the payload's
 * SHA-256) and the payload, JSON. Reading checks all of it and the caller's shape check; anything off (a
 * truncated, corrupt, foreign or older entry) is ignored, so the value is computed again and rewritten.
 * Writes are atomic (src/io/atomic.ts: a temporary file renamed over the entry), so concurrent writers
 * never leave half an entry. A cache that cannot be written is said once and then left alone: the
 * command works without it. The cache stays bounded: entries of another stamp are dropped when the stamp
 * changes, and each kind keeps its newest `maxEntries` files.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';

/** The layout of entries; raised whenever it changes, which turns older caches into misses. */
export const CACHE_FORMAT = 1;

/** The file naming the stamp whose entries the folder holds. */
const STAMP_FILE = 'STAMP';

/** An entry's file name. */
const ENTRY = /^[0-9a-f]{64}\.json$/u;

/** A kind's name: a folder of entries. */
const KIND = /^[a-z][a-z0-9-]*$/u;

/** What a cache is opened with. */
export interface CacheOptions {
  /** The cache folder (created on the first write). */
  dir: string;
  /**
   * What the code that made the values is: the package version and its build. An entry made by another
   * stamp is never used.
   */
  stamp: string;
  /** Entries kept per kind (default 4000): the oldest go first. */
  maxEntries?: number;
  /** Says, at most once, that the cache cannot be written (the command goes on without it). */
  warn?: (message: string) => void;
}

/** A value's shape check: whether what was read is what the caller stores. */
export type ShapeCheck<T> = (value: unknown) => value is T;

/** An open cache. */
export interface Cache {
  readonly dir: string;
  /**
   * The key of a value: the hash of the stamp, the format, the kind and every part it is made from.
   * @param kind the kind of value (`rules`, `tokens`)
   * @param parts what the value is computed from
   */
  key(kind: string, ...parts: readonly string[]): string;
  /**
   * Reads an entry; never throws.
   * @returns the value, or undefined when there is none or it is not to be trusted
   */
  read<T>(kind: string, key: string, check: ShapeCheck<T>): T | undefined;
  /** Queues an entry to be written by `flush`. */
  write(kind: string, key: string, value: unknown): void;
  /** Writes the queued entries and prunes; never throws (a failure is said once through `warn`). */
  flush(): Promise<void>;
  /** How many entries were read, found wanting, and written: for tests and `--debug`. */
  readonly stats: { hits: number; rejected: number; written: number };
}

/** The SHA-256 of some strings, each ended by a NUL (so that ("ab","c") and ("a","bc") differ). */
export function hashOf(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

interface Header {
  format: number;
  stamp: string;
  kind: string;
  key: string;
  sum: string;
}

/**
 * Opens a cache (nothing is read or created until it is used).
 * @param options where it is and whose entries it holds
 */
export function openCache(options: CacheOptions): Cache {
  const { dir, stamp } = options;
  const maxEntries = options.maxEntries ?? 4000;
  const pending = new Map<string, string>();
  const kinds = new Set<string>();
  const stats = { hits: 0, rejected: 0, written: 0 };
  let broken = false;

  const pathOf = (kind: string, key: string) => join(dir, kind, `${key}.json`);

  const fail = (error: unknown) => {
    if (broken) return;
    broken = true;
    const reason = error instanceof Error ? error.message : String(error);
    options.warn?.(`キャッシュに書き込めません。キャッシュなしで続けます / cannot write the cache, going on without it: ${dir} (${reason})`);
  };

  return {
    dir,
    stats,
    key: (kind, ...parts) => hashOf(String(CACHE_FORMAT), stamp, kind, ...parts),
    read<T>(kind: string, key: string, check: ShapeCheck<T>): T | undefined {
      if (!KIND.test(kind) || !/^[0-9a-f]{64}$/u.test(key)) return undefined;
      let text: string;
      try {
        text = readFileSync(pathOf(kind, key), 'utf8');
      } catch {
        return undefined;
      }
      const value = decodeEntry(text, { stamp, kind, key });
      if (value === undefined || !check(value.value)) {
        stats.rejected++;
        return undefined;
      }
      stats.hits++;
      return value.value;
    },
    write(kind, key, value) {
      if (broken || !KIND.test(kind)) return;
      const payload = JSON.stringify(value);
      const header: Header = { format: CACHE_FORMAT, stamp, kind, key, sum: hashOf(payload) };
      pending.set(pathOf(kind, key), `${JSON.stringify(header)}\n${payload}`);
      kinds.add(kind);
    },
    async flush() {
      if (pending.size === 0 || broken) {
        pending.clear();
        return;
      }
      const entries = [...pending];
      pending.clear();
      try {
        await dropOtherStamps(dir, stamp);
        for (const [path, content] of entries) {
          await writeFileAtomic(path, content);
          stats.written++;
        }
      } catch (error) {
        fail(error);
        return;
      }
      for (const kind of kinds) await prune(join(dir, kind), maxEntries).catch(() => undefined);
    },
  };
}

/**
 * An entry's value when its header and payload are all as expected.
 * @param text the file's text
 * @param expected the stamp, kind and key the entry must have
 */
export function decodeEntry(text: string, expected: { stamp: string; kind: string; key: string }): { value: unknown } | undefined {
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  const payload = text.slice(newline + 1);
  try {
    const header = JSON.parse(text.slice(0, newline)) as Partial<Header> | null;
    if (
      typeof header !== 'object' ||
      header === null ||
      header.format !== CACHE_FORMAT ||
      header.stamp !== expected.stamp ||
      header.kind !== expected.kind ||
      header.key !== expected.key ||
      header.sum !== hashOf(payload)
    ) {
      return undefined;
    }
    return { value: JSON.parse(payload) as unknown };
  } catch {
    return undefined;
  }
}

/**
 * Empties the cache of entries made by other code when the stamp changed (they can never be used), and
 * records the new stamp.
 */
async function dropOtherStamps(dir: string, stamp: string): Promise<void> {
  const recorded = await readFile(join(dir, STAMP_FILE), 'utf8').catch(() => null);
  if (recorded === stamp) return;
  if (recorded !== null) {
    const kinds = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const kind of kinds) {
      if (!kind.isDirectory() || !KIND.test(kind.name)) continue;
      const names = await readdir(join(dir, kind.name)).catch(() => []);
      for (const name of names) if (ENTRY.test(name)) await rm(join(dir, kind.name, name), { force: true });
    }
  }
  await writeFileAtomic(join(dir, STAMP_FILE), stamp);
}

/** Keeps the newest `max` entries of a kind's folder (three quarters of it once it is over). */
async function prune(kindDir: string, max: number): Promise<void> {
  const names = (await readdir(kindDir)).filter((n) => ENTRY.test(n));
  if (names.length <= max) return;
  const dated = await Promise.all(names.map(async (name) => ({ name, at: (await stat(join(kindDir, name)).catch(() => null))?.mtimeMs ?? 0 })));
  dated.sort((a, b) => a.at - b.at);
  for (const { name } of dated.slice(0, names.length - Math.floor((max * 3) / 4))) await rm(join(kindDir, name), { force: true });
}
