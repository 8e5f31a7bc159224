import fc from 'fast-check';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as store from '../../src/cache/store.js';
import { CACHE_FORMAT, decodeEntry, hashOf, openCache } from '../../src/cache/store.js';

const root = mkdtempSync(join(tmpdir(), 'terms-cache-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** A cache folder with one entry written, and where its file is. */
async function withEntry(name: string, value: unknown = ['利用', '規約']) {
  const dir = join(root, name);
  const cache = openCache({ dir, stamp: 'v1' });
  const key = cache.key('words', 'テキスト');
  cache.write('words', key, value);
  await cache.flush();
  return { dir, key, file: join(dir, 'words', `${key}.json`) };
}

describe('cache/store', () => {
  it('should export its public API', () => {
    expect(Object.keys(store).sort()).toEqual(['CACHE_FORMAT', 'decodeEntry', 'hashOf', 'openCache']);
  });

  it('should read back what was written, under the same stamp only', async () => {
    const { dir, key } = await withEntry('roundtrip');
    const again = openCache({ dir, stamp: 'v1' });
    expect(again.read('words', key, isStrings)).toEqual(['利用', '規約']);
    expect(again.stats.hits).toBe(1);
    // Another build of the code computes other keys, and an entry read under its key is refused.
    const other = openCache({ dir, stamp: 'v2' });
    expect(other.key('words', 'テキスト')).not.toBe(key);
    expect(other.read('words', key, isStrings)).toBeUndefined();
  });

  it('should ignore a truncated, corrupt, foreign or older entry, and one of the wrong shape', async () => {
    const { dir, key, file } = await withEntry('damaged');
    const good = readFileSync(file, 'utf8');
    const [headerLine, payload] = good.split('\n') as [string, string];
    const header = JSON.parse(headerLine) as Record<string, unknown>;
    const variants = {
      truncated: good.slice(0, good.length - 3),
      'no payload': headerLine,
      'not JSON': 'garbage\u0000\u0001',
      'payload changed': `${headerLine}\n${payload.replace('利用', '削除')}`,
      'foreign stamp': `${JSON.stringify({ ...header, stamp: 'someone-else' })}\n${payload}`,
      'older format': `${JSON.stringify({ ...header, format: CACHE_FORMAT - 1 })}\n${payload}`,
      'other key': `${JSON.stringify({ ...header, key: hashOf('x') })}\n${payload}`,
    };
    for (const [what, text] of Object.entries(variants)) {
      writeFileSync(file, text);
      const cache = openCache({ dir, stamp: 'v1' });
      expect(cache.read('words', key, isStrings), what).toBeUndefined();
      expect(cache.stats.rejected, what).toBe(1);
    }
    writeFileSync(file, good);
    expect(openCache({ dir, stamp: 'v1' }).read('words', key, (v): v is number[] => Array.isArray(v) && v.every((n) => typeof n === 'number'))).toBeUndefined();
  });

  it('should give back the value or nothing whatever byte of an entry is changed', async () => {
    const { key, file } = await withEntry('property', { words: ['第１条', '（目的）'], lengths: [3, 4] });
    const good = readFileSync(file, 'utf8');
    const expected = decodeEntry(good, { stamp: 'v1', kind: 'words', key });
    expect(expected).toEqual({ value: { words: ['第１条', '（目的）'], lengths: [3, 4] } });
    fc.assert(
      fc.property(fc.nat({ max: good.length - 1 }), fc.string({ minLength: 0, maxLength: 2 }), (at, replacement) => {
        const changed = good.slice(0, at) + replacement + good.slice(at + 1);
        const decoded = decodeEntry(changed, { stamp: 'v1', kind: 'words', key });
        return decoded === undefined || JSON.stringify(decoded) === JSON.stringify(expected);
      }),
    );
  });

  it('should drop the entries of another stamp when it writes, and keep each kind bounded', async () => {
    const dir = join(root, 'bounded');
    const old = openCache({ dir, stamp: 'old' });
    old.write('words', old.key('words', 'a'), ['a']);
    await old.flush();
    const cache = openCache({ dir, stamp: 'new', maxEntries: 8 });
    for (let i = 0; i < 20; i++) cache.write('words', cache.key('words', String(i)), [String(i)]);
    await cache.flush();
    const names = readdirSync(join(dir, 'words'));
    expect(names.length).toBeLessThanOrEqual(8);
    expect(names).not.toContain(`${old.key('words', 'a')}.json`);
    expect(readFileSync(join(dir, 'STAMP'), 'utf8')).toBe('new');
  });

  it('should say once that it cannot write, and go on', async () => {
    const blocker = join(root, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const said: string[] = [];
    const cache = openCache({ dir: join(blocker, 'cache'), stamp: 'v1', warn: (m) => said.push(m) });
    cache.write('words', cache.key('words', 'a'), ['a']);
    await cache.flush();
    cache.write('words', cache.key('words', 'b'), ['b']);
    await cache.flush();
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/cannot write the cache/u);
    expect(cache.read('words', cache.key('words', 'a'), isStrings)).toBeUndefined();
  });
});
