/**
 * The Japanese morphological analyser (kuromoji with its IPA dictionary), shared by the diff's redlines
 * and the site's search index. Loading the packed dictionary takes most of a second (the unpacked one in
 * the cache, ./unpacked.ts, a few milliseconds), so it happens lazily, at most once per process, and only
 * in code that needs tokens: compile and lint never import this module.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { IpadicFeatures, Tokenizer as KuromojiTokenizer } from 'kuromoji';
import { TermsError } from '../errors.js';
import { loadUnpacked, openUnpacked } from './unpacked.js';

/** One morpheme: `surface_form` as written, with its part of speech (`pos`, `pos_detail_1` …). */
export type Token = IpadicFeatures;

/**
 * A tokenizer: `tokenize(text)` splits text into morphemes whose surfaces concatenate to it. Kuromoji
 * loaded (`getTokenizer`), or its tokens read back from the cache (./cached.ts).
 */
export type Tokenizer = Pick<KuromojiTokenizer<IpadicFeatures>, 'tokenize'>;

let loading: Promise<Tokenizer> | null = null;
/** The tokenizer once loaded (what `loading` resolved to). */
let loaded: Tokenizer | null = null;

/** How many times this process began loading the dictionary (the cache's tests check a warm run loads it not at all). */
export const loads = { count: 0 };

/**
 * Where kuromoji's dictionary is installed: resolved from the package itself, so it works from src/ (tests)
 * and lib/ (the CLI) alike, whatever the working directory.
 */
export function dictionaryPath(): string {
  return join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
}

/**
 * The process's tokenizer, loading the dictionary on the first call. Concurrent first calls share the
 * one load; a failed load is not cached, so a later call tries again.
 * @param options.unpackedDir the cache's folder for the unpacked dictionary (./unpacked.ts): a faster
 *   load giving the same tokenizer; without it, or when it cannot be used, kuromoji's packed files
 * @throws TermsError (exit 3) when the dictionary cannot be read
 */
export function getTokenizer(options: { unpackedDir?: string } = {}): Promise<Tokenizer> {
  if (loading) return loading;
  loads.count++;
  const started: Promise<Tokenizer> = load(options.unpackedDir).then(
    (tokenizer) => {
      // Released meanwhile: the next call loads afresh.
      if (loading === started) loaded = tokenizer;
      return tokenizer;
    },
    (error: unknown) => {
      if (loading === started) loading = null;
      throw error;
    },
  );
  loading = started;
  return started;
}

/**
 * The process's tokenizer without waiting: the one loaded, or the unpacked dictionary opened now (no
 * more than a manifest to read and files to open, ./unpacked.ts).
 * @returns null when neither can be had at once: the caller waits for `getTokenizer`
 */
export function tokenizerNow(options: { unpackedDir: string }): Tokenizer | null {
  if (loaded) return loaded;
  if (loading) return null;
  const opened = openUnpacked(dictionaryPath(), options.unpackedDir);
  if (opened) {
    loads.count++;
    loaded = opened;
    loading = Promise.resolve(opened);
  }
  return opened;
}

async function load(unpackedDir: string | undefined): Promise<Tokenizer> {
  const dicPath = dictionaryPath();
  const fromCache = unpackedDir === undefined ? null : await loadUnpacked(dicPath, unpackedDir).catch(() => null);
  if (fromCache) return fromCache;
  const { default: kuromoji } = await import('kuromoji');
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, tokenizer) => {
      if (error) {
        const reason = error instanceof Error ? error.message : String(error);
        reject(new TermsError(`形態素解析の辞書を読み込めません / cannot load the kuromoji dictionary (${dicPath}): ${reason}`, 3));
      } else {
        resolve(tokenizer);
      }
    });
  });
}

/**
 * Lets the loaded dictionary go (about 300 MB): a long build calls it once it needs no more tokens, so
 * that rendering and writing the site do not hold it. A later `getTokenizer` loads it again.
 */
export function releaseTokenizer(): void {
  loading = null;
  loaded = null;
}
