/**
 * The dictionary unpacked into the cache (src/tokenize/unpacked.ts): the tokenizer it loads splits text
 * exactly as kuromoji's own load does, and an unpacked file that is not what the manifest says is never
 * used.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dictionaryPath, getTokenizer, type Tokenizer } from '../../src/tokenize/index.js';
import { loadUnpacked } from '../../src/tokenize/unpacked.js';
import { tempDir } from '../helpers/temp.js';

const TEXT = '契約者は、解約希望日の２ヶ月前までに、当社所定の方法により解約希望通知を行うものとします。反社会的勢力';

describe('the unpacked dictionary', () => {
  it('should tokenize as the packed one, and be refused once a file is altered', async () => {
    const dir = tempDir('terms-dictionary-');
    const unpacked = await loadUnpacked<Tokenizer>(dictionaryPath(), dir);
    expect(unpacked).not.toBeNull();
    const packed = await getTokenizer();
    expect(unpacked?.tokenize(TEXT)).toEqual(packed.tokenize(TEXT));
    const files = readdirSync(dir).sort();
    expect(files).toContain('manifest.json');
    expect(files.filter((f) => f.endsWith('.dat'))).toHaveLength(readdirSync(dictionaryPath()).filter((f) => f.endsWith('.dat.gz')).length);

    // One byte changed in the largest file: its hash is not the manifest's, so the load gives up.
    const victim = join(dir, 'tid_pos.dat');
    const bytes = readFileSync(victim);
    bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0xff;
    writeFileSync(victim, bytes);
    expect(await loadUnpacked<Tokenizer>(dictionaryPath(), dir)).toBeNull();
    // ...and the next load unpacks afresh.
    await vi.waitFor(() => expect(existsSync(join(dir, 'manifest.json'))).toBe(false));
  });
});
