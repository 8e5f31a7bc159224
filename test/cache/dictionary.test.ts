/**
 * The dictionary unpacked into the cache and read in blocks (src/tokenize/unpacked.ts, paged.ts): its
 * tokenizer splits text exactly as kuromoji's own load does, reads a small part of the files for a
 * sentence, and never uses a block that is not what was unpacked.
 */
import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import kuromoji from 'kuromoji';
import { beforeAll, describe, expect, it } from 'vitest';
import { dictionaryPath, type Token, type Tokenizer } from '../../src/tokenize/index.js';
import { loadPackedSync } from '../../src/tokenize/packed.js';
import { BLOCK, blockReads } from '../../src/tokenize/paged.js';
import { loadUnpacked, openUnpacked } from '../../src/tokenize/unpacked.js';
import { tempDir } from '../helpers/temp.js';

const TEXT = '契約者は、解約希望日の２ヶ月前までに、当社所定の方法により解約希望通知を行うものとします。反社会的勢力';

/** kuromoji's own loader: the reference every other load is compared with. */
function kuromojiTokenizer(): Promise<Tokenizer> {
  return new Promise((resolve, reject) =>
    kuromoji.builder({ dicPath: dictionaryPath() }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer))),
  );
}

/** Tokens, or what kuromoji threw: kuromoji fails on some characters, and a loader must fail alike. */
function outcome(tokenizer: Tokenizer, text: string): Token[] | string {
  try {
    return tokenizer.tokenize(text);
  } catch (error) {
    return String(error);
  }
}

let reference: Tokenizer;
let dir: string;
beforeAll(async () => {
  reference = await kuromojiTokenizer();
  dir = tempDir('terms-dictionary-');
  expect(await loadUnpacked(dictionaryPath(), dir)).not.toBeNull();
});

describe('the unpacked dictionary', () => {
  it('should tokenize the terms as kuromoji does', () => {
    const paged = openUnpacked(dictionaryPath(), dir) as Tokenizer;
    const terms = readdirSync('terms/knet-cloud').map((f) => readFileSync(join('terms/knet-cloud', f), 'utf8'));
    for (const text of [TEXT, ...terms]) expect(paged.tokenize(text)).toEqual(reference.tokenize(text));
  });

  it('should tokenize any text as kuromoji does, failing where it fails', () => {
    const paged = openUnpacked(dictionaryPath(), dir) as Tokenizer;
    // Every 13th code unit of the Basic Multilingual Plane (surrogates apart), so that every character
    // class and its compatible classes are met.
    let sweep = '';
    for (let c = 0; c < 0x10000; c += 13) if (c < 0xd800 || c > 0xdfff) sweep += String.fromCharCode(c);
    for (let at = 0; at < sweep.length; at += 400) {
      const text = sweep.slice(at, at + 400);
      expect(outcome(paged, text)).toEqual(outcome(reference, text));
    }
    const piece = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'のはをにがでとしてるもの契約者当社本規約解約通知月日前までアイウカキクサービス料金ＳＬＡ１２３abcXYZ09 、。「」（）・ー\n'), maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }), (pieces) => {
        const text = pieces.join('');
        expect(outcome(paged, text)).toEqual(outcome(reference, text));
      }),
      { numRuns: 300 },
    );
  });

  it('should read a small part of the files for a sentence', () => {
    const before = blockReads.count;
    const paged = openUnpacked(dictionaryPath(), dir) as Tokenizer;
    paged.tokenize(TEXT);
    const stored = readdirSync(dir).filter((f) => f !== 'manifest.json').reduce((sum, f) => sum + Math.ceil(statSync(join(dir, f)).size / BLOCK), 0);
    const read = blockReads.count - before;
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(stored / 20);
  });

  it("should load the packed files as kuromoji does when it falls back on them", () => {
    const packed = loadPackedSync(dictionaryPath());
    expect(packed.tokenize(TEXT)).toEqual(reference.tokenize(TEXT));
  });

  it('should never use a block that is not what was unpacked, and unpack afresh next time', async () => {
    const own = tempDir('terms-dictionary-altered-');
    expect(await loadUnpacked(dictionaryPath(), own)).not.toBeNull();
    // The trie's root is in the first block of base.dat: every text reads it.
    const victim = join(own, 'base.dat');
    const bytes = readFileSync(victim);
    bytes[8] = (bytes[8] ?? 0) ^ 0xff;
    writeFileSync(victim, bytes);
    const altered = openUnpacked(dictionaryPath(), own) as Tokenizer;
    expect(altered).not.toBeNull(); // the size is right: the alteration is only found when the block is read
    expect(altered.tokenize(TEXT)).toEqual(reference.tokenize(TEXT)); // ...and the packed files serve instead
    expect(altered.tokenize(`${TEXT}。`)).toEqual(reference.tokenize(`${TEXT}。`));
    expect(existsSync(join(own, 'manifest.json'))).toBe(false);
    expect(openUnpacked(dictionaryPath(), own)).toBeNull();

    const again = await loadUnpacked(dictionaryPath(), own);
    expect(readFileSync(victim)[8]).not.toBe(bytes[8]);
    expect(again?.tokenize(TEXT)).toEqual(reference.tokenize(TEXT));
  });

  it('should refuse a file of the wrong size, and a manifest of another dictionary', async () => {
    const own = tempDir('terms-dictionary-short-');
    expect(await loadUnpacked(dictionaryPath(), own)).not.toBeNull();
    truncateSync(join(own, 'tid_pos.dat'), 1000);
    expect(openUnpacked(dictionaryPath(), own)).toBeNull();
    expect(existsSync(join(own, 'manifest.json'))).toBe(false);

    expect(await loadUnpacked(dictionaryPath(), own)).not.toBeNull();
    const manifest = join(own, 'manifest.json');
    const other = JSON.parse(readFileSync(manifest, 'utf8')) as { source: string };
    writeFileSync(manifest, JSON.stringify({ ...other, source: other.source.replace('paged-', 'paged-0') }));
    expect(openUnpacked(dictionaryPath(), own)).toBeNull();
    expect(statSync(join(own, 'tid_pos.dat')).size).toBeGreaterThan(1000);
  });
});
