/**
 * kuromoji's dictionary kept unpacked in the cache and read as it is needed. kuromoji's own load gunzips
 * twelve files (18 MB into 96 MB) and builds a map of 326,000 arrays; a warm build that tokenizes one
 * edited clause needs a few hundred kilobytes of all that. With a cache, the files are unpacked once into
 * `<cache>/dictionary/`, without their trailing zeros, beside an index of the token map and a manifest of
 * every 4 KB block's SHA-256; later loads open the files and read a block when the tokenizer first
 * touches it (./paged.ts).
 *
 * The same bytes reach kuromoji's code as from its own loader, so the tokens never differ (the tests
 * compare the two on the corpus and on random text). A manifest of another dictionary, or a file of the
 * wrong size, makes the load fall back to the packed files; a block that is not what the manifest says,
 * met later, makes the tokenizer switch to the packed files for good (./packed.ts). Either way the
 * manifest goes, and the next load unpacks afresh.
 */
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { writeFileAtomic } from '../io/atomic.js';
import type { Token, Tokenizer } from './index.js';
import { kuromojiParts, type ByteReader, type Dictionaries, type Parts } from './kuromoji-parts.js';
import { loadPackedSync } from './packed.js';
import { BLOCK, blockHashes, DictionaryAltered, PagedFile, TypedPages, type PagedEntry } from './paged.js';
import { kuromojiVersion } from './version.js';

/** The manifest: which packed files it was made from, and what each unpacked file holds. */
interface Manifest {
  source: string;
  files: Record<string, PagedEntry>;
}

const MANIFEST = 'manifest.json';
/** The layout of the folder: a manifest of another layout is not this one's. */
const LAYOUT = `paged-${BLOCK}`;
/** The token map's index (derived, not one of kuromoji's files): for each trie id, where its entry starts. */
const TARGET_INDEX = 'tid_map.idx';

/** The packed files, and what they are: the layout, kuromoji's version and the files' names and sizes. */
function packedFiles(dicPath: string): { names: string[]; source: string } {
  const names = readdirSync(dicPath).filter((n) => n.endsWith('.dat.gz')).sort();
  const sizes = names.map((name) => `${name}:${statSync(join(dicPath, name)).size}`);
  return { names, source: [LAYOUT, kuromojiVersion(), ...sizes].join(',') };
}

/** The manifest in `dir` if it is this dictionary's, else null. */
function readManifest(dir: string, source: string): Manifest | null {
  try {
    const value = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Partial<Manifest>;
    return value.source === source && value.files && typeof value.files === 'object' ? (value as Manifest) : null;
  } catch {
    return null;
  }
}

/** Bytes up to the last that is not zero: kuromoji's files are buffers written with room to spare. */
function withoutTrailingZeros(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return bytes.subarray(0, end);
}

/**
 * The token map's index, read as kuromoji's loadTargetMap reads tid_map.dat: a count, then for each trie
 * id its number of entries and their ids. The index gives, for each trie id, the Int32 offset of its
 * record (0: none), so that a lookup reads only that record.
 * @returns null when the file is not what kuromoji writes (an id twice, a negative one): no index, and the
 *   caller loads the packed dictionary
 */
function targetIndex(map: Uint8Array): Int32Array | null {
  const ints = new Int32Array(map.buffer, map.byteOffset, map.length >>> 2);
  const at = (i: number) => ints[i] ?? 0;
  let max = -1;
  for (let p = 1; p < ints.length; p += 2 + at(p + 1)) max = Math.max(max, at(p));
  const index = new Int32Array(max + 1);
  for (let p = 1; p < ints.length; p += 2 + at(p + 1)) {
    const key = at(p);
    if (key < 0 || at(p + 1) < 0) return null;
    if (key === 0 && at(p + 1) === 0) continue; // the zeros kuromoji reads past the last record
    if (index[key] !== 0) return null;
    index[key] = p;
  }
  return index;
}

/**
 * The manifest of the unpacked dictionary, unpacking it first when the cache has none for this one.
 * @param dicPath kuromoji's packed dictionary
 * @param dir where the unpacked files live (`<cache>/dictionary`)
 * @returns null when the files cannot be had (the caller loads the packed ones)
 */
async function unpacked(dicPath: string, dir: string): Promise<Manifest | null> {
  try {
    const { names, source } = packedFiles(dicPath);
    const found = readManifest(dir, source);
    if (found) return found;
    const files: Record<string, PagedEntry> = {};
    const keep = async (name: string, bytes: Uint8Array) => {
      const stored = withoutTrailingZeros(bytes);
      files[name] = { size: bytes.length, stored: stored.length, blocks: blockHashes(stored) };
      await writeFileAtomic(join(dir, name), stored);
    };
    for (const packed of names) {
      const bytes = gunzipSync(await readFile(join(dicPath, packed)));
      const name = packed.replace(/\.gz$/u, '');
      await keep(name, bytes);
      if (name === 'tid_map.dat') {
        // A copy: gunzip's buffer need not start where an Int32Array may.
        const index = targetIndex(new Uint8Array(bytes));
        if (!index) return null;
        await keep(TARGET_INDEX, new Uint8Array(index.buffer));
      }
    }
    // Written last: a run killed while unpacking leaves no manifest, so the next one unpacks again.
    await writeFileAtomic(join(dir, MANIFEST), JSON.stringify({ source, files }));
    return { source, files };
  } catch {
    return null;
  }
}

/** kuromoji's ByteBuffer reads (src/util/ByteBuffer.js), over a paged file. */
class PagedBytes implements ByteReader {
  constructor(
    private readonly file: PagedFile,
    private readonly parts: Parts,
  ) {}

  getShort(index: number): number {
    if (this.file.size < index + 2) return 0;
    const value = (this.file.byte(index + 1) << 8) + this.file.byte(index);
    return value & 0x8000 ? value - 0x10000 : value;
  }

  getInt(index: number): number {
    if (this.file.size < index + 4) return 0;
    const f = this.file;
    return (f.byte(index + 3) << 24) + (f.byte(index + 2) << 16) + (f.byte(index + 1) << 8) + f.byte(index);
  }

  getString(index: number): string {
    const bytes: number[] = [];
    for (let at = index; at < this.file.size; at++) {
      const byte = this.file.byte(at);
      if (byte === 0) break;
      bytes.push(byte);
    }
    // kuromoji's own UTF-8 decoding, so that the features are its strings to the last code unit.
    return new this.parts.ByteBuffer(Uint8Array.from(bytes)).getString(0);
  }
}

/** kuromoji's `target_map` object, read from the index and the map file as keys are asked for. */
function pagedTargetMap(index: TypedPages, map: TypedPages): Record<number, number[] | undefined> {
  return new Proxy({} as Record<number, number[] | undefined>, {
    get(_target, key) {
      if (typeof key !== 'string') return undefined;
      const id = Number(key);
      const at = Number.isInteger(id) ? index.get(id) : undefined;
      if (!at) return undefined;
      const count = map.get(at + 1) ?? 0;
      const ids = new Array<number>(count);
      for (let i = 0; i < count; i++) ids[i] = map.get(at + 2 + i) ?? 0;
      return ids;
    },
  });
}

/** Closes a dropped tokenizer's files. */
const closing = new FinalizationRegistry<number[]>((fds) => fds.forEach(closeQuietly));

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}

/** kuromoji's dictionaries over the unpacked files; the unknown-word tables (a few KB) are read now. */
function pagedDictionaries(file: (name: string) => PagedFile, parts: Parts): Dictionaries {
  const bytes = (name: string) => new PagedBytes(file(name), parts);
  const trie = parts.doublearray.load(new Int32Array(2), new Int32Array(2));
  const base = new TypedPages(file('base.dat'), Int32Array);
  const check = new TypedPages(file('check.dat'), Int32Array);
  trie.bc = { getBase: (i) => base.get(i), getCheck: (i) => check.get(i) };

  const tokens = Object.create(parts.TokenInfoDictionary.prototype) as Dictionaries['token_info_dictionary'];
  tokens.dictionary = bytes('tid.dat');
  tokens.pos_buffer = bytes('tid_pos.dat');
  tokens.target_map = pagedTargetMap(new TypedPages(file(TARGET_INDEX), Int32Array), new TypedPages(file('tid_map.dat'), Int32Array));

  const costs = new TypedPages(file('cc.dat'), Int16Array);
  const backward = costs.get(1) ?? 0;
  const connectionCosts = {
    forward_dimension: costs.get(0),
    backward_dimension: backward,
    get(forward: number, next: number) {
      const i = forward * backward + next + 2;
      // kuromoji throws a string here; the same, so that nothing differs even in failure.
      if (costs.length < i + 1) throw 'ConnectionCosts buffer overflow';
      return costs.get(i);
    },
  };

  const unknown = Object.create(parts.UnknownDictionary.prototype) as Dictionaries['unknown_dictionary'];
  unknown.dictionary = bytes('unk.dat');
  unknown.pos_buffer = bytes('unk_pos.dat');
  // Read up to their last record: kuromoji reads the zeros after it as records of nothing (the map) or
  // as character classes no character has (the invoke table).
  const map = file('unk_map.dat');
  unknown.loadTargetMap(map.bytes(Math.min(map.size, (map.entry.stored + 3) & ~3)));
  const invoke = file('unk_invoke.dat');
  const compatible = file('unk_compat.dat').bytes();
  unknown.character_definition = parts.CharacterDefinition.load(
    file('unk_char.dat').bytes(),
    new Uint32Array(compatible.buffer, 0, compatible.length >>> 2),
    invoke.bytes(Math.min(invoke.size, invoke.entry.stored + 1)),
  );
  return new parts.DynamicDictionaries(trie, tokens, connectionCosts, unknown);
}

/**
 * The tokenizer of the unpacked dictionary; on an altered block it drops the files, forgets the manifest
 * and tokenizes with the packed dictionary from then on.
 */
class PagedTokenizer implements Tokenizer {
  private fallback: Tokenizer | null = null;

  constructor(
    private readonly paged: Tokenizer,
    private readonly fds: number[],
    private readonly dicPath: string,
    private readonly dir: string,
  ) {}

  tokenize(text: string): Token[] {
    if (!this.fallback) {
      try {
        return this.paged.tokenize(text);
      } catch (error) {
        if (!(error instanceof DictionaryAltered)) throw error;
        forget(this.dir);
        this.fds.splice(0).forEach(closeQuietly);
        this.fallback = loadPackedSync(this.dicPath);
      }
    }
    return this.fallback.tokenize(text);
  }
}

function forget(dir: string): void {
  rmSync(join(dir, MANIFEST), { force: true });
}

/**
 * Loads kuromoji's tokenizer from the unpacked dictionary in `dir` (unpacking it there first if needed).
 * @param dicPath kuromoji's packed dictionary
 * @param dir the cache's dictionary folder
 * @returns the tokenizer, or null when the unpacked files cannot be used (unwritable cache, a file of the
 *   wrong size, an altered table): the caller then loads the packed dictionary as kuromoji does
 */
export async function loadUnpacked(dicPath: string, dir: string): Promise<Tokenizer | null> {
  const manifest = await unpacked(dicPath, dir);
  return manifest ? open(dicPath, dir, manifest) : null;
}

/**
 * The tokenizer of a dictionary already unpacked in `dir`, synchronously (it reads a manifest and opens
 * files): a computation that meets a text with no cached tokens goes on at once instead of starting over.
 * @returns null when `dir` has no usable unpacked dictionary (then `loadUnpacked`)
 */
export function openUnpacked(dicPath: string, dir: string): Tokenizer | null {
  try {
    const manifest = readManifest(dir, packedFiles(dicPath).source);
    return manifest ? open(dicPath, dir, manifest) : null;
  } catch {
    return null;
  }
}

function open(dicPath: string, dir: string, manifest: Manifest): Tokenizer | null {
  const fds: number[] = [];
  try {
    const parts = kuromojiParts();
    const files = new Map<string, PagedFile>();
    for (const [name, entry] of Object.entries(manifest.files)) {
      const fd = openSync(join(dir, name), 'r');
      fds.push(fd);
      if (fstatSync(fd).size !== entry.stored) throw new DictionaryAltered(`${name}: not the size its manifest says`);
      files.set(name, new PagedFile(fd, name, entry));
    }
    const file = (name: string): PagedFile => {
      const found = files.get(name);
      if (!found) throw new DictionaryAltered(`${name}: not in the manifest`);
      return found;
    };
    const tokenizer = new PagedTokenizer(new parts.Tokenizer(pagedDictionaries(file, parts)), fds, dicPath, dir);
    closing.register(tokenizer, fds);
    return tokenizer;
  } catch {
    fds.forEach(closeQuietly);
    forget(dir);
    return null;
  }
}
