/**
 * A file of the unpacked dictionary, read in blocks as the tokenizer first needs them. Reading the whole
 * dictionary means touching 64 MB of fresh memory, and on a small virtual machine that costs more than
 * everything else a warm build does; the clauses of one edit need a few hundred kilobytes of it. Each
 * block is checked against its SHA-256 from the manifest when it is read, so a block that is not what was
 * unpacked is never used (`DictionaryAltered`), whenever it is first needed.
 */
import { createHash } from 'node:crypto';
import { readSync } from 'node:fs';

/**
 * Block size: one page of memory. The tokenizer's reads are scattered (a trie, a cost matrix), so larger
 * blocks touch more memory for the same reads: a sentence read 16 MB in 64 KB blocks, 2.6 MB in 4 KB
 * ones. A multiple of 4, so that an Int32 never straddles two blocks.
 */
export const BLOCK_BITS = 12;
export const BLOCK = 1 << BLOCK_BITS;

/** What the manifest says of one unpacked file. */
export interface PagedEntry {
  /** Its size as kuromoji's packed file gives it (trailing zeros included). */
  size: number;
  /** Bytes kept on disk: the rest, up to `size`, are zeros. */
  stored: number;
  /** SHA-256 of each block's stored bytes, one after another, in base64. */
  blocks: string;
}

/** A block that is not what the manifest says (altered, truncated, replaced): the dictionary must not be used. */
export class DictionaryAltered extends Error {}

const ZEROS = new Uint8Array(BLOCK);

/** Blocks read from disk in this process (the tests check a sentence reads a small part of the files). */
export const blockReads = { count: 0 };

const DIGEST = 32;
const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();

/** The entry's `blocks` for `bytes` (the stored ones). */
export function blockHashes(bytes: Uint8Array): string {
  const digests: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += BLOCK) digests.push(sha256(bytes.subarray(at, at + BLOCK)));
  return Buffer.concat(digests).toString('base64');
}

export class PagedFile {
  private readonly blocks: (Uint8Array | undefined)[] = [];
  private digests: Buffer | undefined;

  /**
   * @param fd the open file (kept open while the tokenizer lives)
   * @param name its name, for the message when a block is altered
   * @param entry what the manifest says of it
   */
  constructor(
    private readonly fd: number,
    readonly name: string,
    readonly entry: PagedEntry,
  ) {}

  get size(): number {
    return this.entry.size;
  }

  /** Block `n`: read and checked on first use; zeros past the stored bytes. Callers never write to it. */
  block(n: number): Uint8Array {
    return this.blocks[n] ?? this.read(n);
  }

  /** The byte at `index` (0 ≤ index < size). */
  byte(index: number): number {
    return (this.blocks[index >>> BLOCK_BITS] ?? this.read(index >>> BLOCK_BITS))[index & (BLOCK - 1)] as number;
  }

  /** The first `length` bytes as one array (for the small tables kuromoji reads whole). */
  bytes(length = this.size): Uint8Array {
    const whole = new Uint8Array(length);
    for (let at = 0; at < Math.min(length, this.entry.stored); at += BLOCK) {
      whole.set(this.block(at >>> BLOCK_BITS).subarray(0, Math.min(BLOCK, length - at)), at);
    }
    return whole;
  }

  private read(n: number): Uint8Array {
    const start = n * BLOCK;
    const length = Math.min(BLOCK, this.entry.stored - start);
    let block = ZEROS;
    if (length > 0) {
      block = new Uint8Array(BLOCK);
      blockReads.count++;
      let done = 0;
      while (done < length) {
        const got = readSync(this.fd, block, done, length - done, start + done);
        if (got === 0) throw new DictionaryAltered(`${this.name}: shorter than its manifest says`);
        done += got;
      }
      this.digests ??= Buffer.from(this.entry.blocks, 'base64');
      if (!sha256(block.subarray(0, length)).equals(this.digests.subarray(n * DIGEST, (n + 1) * DIGEST))) throw new DictionaryAltered(`${this.name}: block ${n} is not the unpacked dictionary`);
    }
    this.blocks[n] = block;
    return block;
  }
}

/** A file of Int32s or Int16s, read as kuromoji reads its typed arrays: `undefined` out of range. */
export class TypedPages {
  private readonly views: (Int32Array | Int16Array | undefined)[] = [];
  readonly length: number;
  /** Bits of an index that pick the element within a block. */
  private readonly inBlock: number;

  constructor(
    private readonly file: PagedFile,
    private readonly View: typeof Int32Array | typeof Int16Array,
  ) {
    this.length = Math.floor(file.size / View.BYTES_PER_ELEMENT);
    this.inBlock = BLOCK_BITS - Math.log2(View.BYTES_PER_ELEMENT);
  }

  get(index: number): number | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    const n = index >>> this.inBlock;
    const view = this.views[n] ?? (this.views[n] = new this.View(this.file.block(n).buffer as ArrayBuffer, 0, 1 << this.inBlock));
    return view[index & ((1 << this.inBlock) - 1)];
  }
}
