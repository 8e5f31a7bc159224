/**
 * kuromoji's CommonJS classes, from which the loaders (./packed.ts, ./unpacked.ts) assemble a tokenizer:
 * kuromoji's typed API only offers its own loader. kuromoji 0.1.2 is the last release (2018) and the
 * lock file pins it, so these internals do not move; the dictionary tests compare every loader with
 * kuromoji's own.
 */
import { createRequire } from 'node:module';
import type { Tokenizer } from './index.js';

/** The reads kuromoji makes of its byte buffers while tokenizing (src/util/ByteBuffer.js). */
export interface ByteReader {
  getShort(index: number): number;
  getInt(index: number): number;
  getString(index: number): string;
}

/** A dictionary of tokens: entries, their features, and which entries a trie id or character class maps to. */
export interface TokenInfo {
  dictionary: ByteReader;
  pos_buffer: ByteReader;
  target_map: Record<number, ArrayLike<number> | undefined>;
  loadTargetMap(bytes: Uint8Array): unknown;
}

/** The unknown-word dictionary: a token dictionary with the character definition. */
export interface UnknownInfo extends TokenInfo {
  character_definition: unknown;
}

/** What kuromoji's Tokenizer reads (src/dict/DynamicDictionaries.js). */
export interface Dictionaries {
  trie: { bc: { getBase(index: number): number | undefined; getCheck(index: number): number | undefined } };
  token_info_dictionary: TokenInfo;
  connection_costs: { get(forward: number, backward: number): number | undefined };
  unknown_dictionary: UnknownInfo;
  loadTrie(base: Int32Array, check: Int32Array): unknown;
  loadTokenInfoDictionaries(entries: Uint8Array, features: Uint8Array, targets: Uint8Array): unknown;
  loadConnectionCosts(costs: Int16Array): unknown;
  loadUnknownDictionaries(
    entries: Uint8Array,
    features: Uint8Array,
    targets: Uint8Array,
    categories: Uint8Array,
    compatible: Uint32Array,
    invoke: Uint8Array,
  ): unknown;
}

/** The classes, required on first use: a run that never tokenizes never loads them. */
export interface Parts {
  DynamicDictionaries: new (trie?: unknown, tokenInfo?: unknown, costs?: unknown, unknown?: unknown) => Dictionaries;
  TokenInfoDictionary: { prototype: TokenInfo };
  UnknownDictionary: { prototype: UnknownInfo };
  CharacterDefinition: { load(categories: Uint8Array, compatible: Uint32Array, invoke: Uint8Array): unknown };
  ByteBuffer: new (bytes: Uint8Array) => ByteReader;
  Tokenizer: new (dictionaries: Dictionaries) => Tokenizer;
  doublearray: { load(base: Int32Array, check: Int32Array): Dictionaries['trie'] };
}

let parts: Parts | undefined;

export function kuromojiParts(): Parts {
  if (parts) return parts;
  const require = createRequire(import.meta.url);
  // doublearray is kuromoji's dependency, resolved from kuromoji wherever npm put it.
  const fromKuromoji = createRequire(require.resolve('kuromoji/package.json'));
  parts = {
    DynamicDictionaries: require('kuromoji/src/dict/DynamicDictionaries.js') as Parts['DynamicDictionaries'],
    TokenInfoDictionary: require('kuromoji/src/dict/TokenInfoDictionary.js') as Parts['TokenInfoDictionary'],
    UnknownDictionary: require('kuromoji/src/dict/UnknownDictionary.js') as Parts['UnknownDictionary'],
    CharacterDefinition: require('kuromoji/src/dict/CharacterDefinition.js') as Parts['CharacterDefinition'],
    ByteBuffer: require('kuromoji/src/util/ByteBuffer.js') as Parts['ByteBuffer'],
    Tokenizer: require('kuromoji/src/Tokenizer.js') as Parts['Tokenizer'],
    doublearray: fromKuromoji('doublearray') as Parts['doublearray'],
  };
  return parts;
}
