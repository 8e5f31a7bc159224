/**
 * kuromoji's packed dictionary loaded synchronously, as kuromoji's own loader does it (DictionaryLoader.js:
 * the same files into the same calls). The tokenizer of the unpacked dictionary falls back on it when it
 * meets an altered block in the middle of a `tokenize`, which cannot wait for kuromoji's asynchronous
 * loader.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Tokenizer } from './index.js';
import { kuromojiParts } from './kuromoji-parts.js';

/**
 * @param dicPath kuromoji's dictionary folder
 * @throws Error when a file cannot be read or unpacked
 */
export function loadPackedSync(dicPath: string): Tokenizer {
  const parts = kuromojiParts();
  const read = (name: string): ArrayBuffer => {
    const bytes = gunzipSync(readFileSync(join(dicPath, `${name}.dat.gz`)));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  };
  const bytes = (name: string) => new Uint8Array(read(name));
  const dictionaries = new parts.DynamicDictionaries();
  dictionaries.loadTrie(new Int32Array(read('base')), new Int32Array(read('check')));
  dictionaries.loadTokenInfoDictionaries(bytes('tid'), bytes('tid_pos'), bytes('tid_map'));
  dictionaries.loadConnectionCosts(new Int16Array(read('cc')));
  dictionaries.loadUnknownDictionaries(
    bytes('unk'),
    bytes('unk_pos'),
    bytes('unk_map'),
    bytes('unk_char'),
    new Uint32Array(read('unk_compat')),
    bytes('unk_invoke'),
  );
  return new parts.Tokenizer(dictionaries);
}
