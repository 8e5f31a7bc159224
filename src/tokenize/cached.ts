/**
 * Tokens through the cache: kuromoji's tokens of each text are kept between runs, so that a run whose
 * texts were all tokenized before never loads the dictionary (most of a second and 300 MB).
 *
 * `withTokens` runs a computation twice at most: first with the cached tokens, and kuromoji for a text
 * that is not cached if the unpacked dictionary can be opened at once (./unpacked.ts); when it cannot (not
 * unpacked yet), that attempt is abandoned, the dictionary is loaded, and it runs again with kuromoji for
 * what is missing. The computation must be pure (diffs, recorded words, the search index),
 * so both runs give what kuromoji alone would.
 */
import { join } from 'node:path';
import type { Cache } from '../cache/store.js';
import { getTokenizer, tokenizerNow, type Token, type Tokenizer } from './index.js';
import { kuromojiVersion } from './version.js';

const KIND = 'tokens';

/** A token's fields, in the order they are stored. */
const FIELDS = [
  'word_id',
  'word_type',
  'word_position',
  'surface_form',
  'pos',
  'pos_detail_1',
  'pos_detail_2',
  'pos_detail_3',
  'conjugated_type',
  'conjugated_form',
  'basic_form',
  'reading',
  'pronunciation',
] as const satisfies readonly (keyof Token)[];

/** Fields that are numbers; the others are strings. */
const NUMBERS = new Set<string>(['word_id', 'word_position']);

/** A token as stored: its fields in FIELDS order, null for one kuromoji left out (an unknown word's reading). */
type StoredToken = (string | number | null)[];

/** Thrown to abandon a cached-only attempt that needs a text the cache does not have. */
class TokensMissing extends Error {}


/**
 * Runs a computation with a tokenizer, from the cache as far as it goes.
 * @param cache the cache, or null to use kuromoji for everything
 * @param compute a pure computation over tokens
 * @returns what `compute` returns; new tokens are queued in the cache (the caller flushes it)
 */
export async function withTokens<T>(cache: Cache | null, compute: (tokenizer: Tokenizer) => T | Promise<T>): Promise<T> {
  if (!cache) return compute(await getTokenizer());
  const options = { unpackedDir: join(cache.dir, 'dictionary') };
  const tokenizer = new CachedTokenizer(cache, () => tokenizerNow(options));
  try {
    return await compute(tokenizer);
  } catch (error) {
    if (!(error instanceof TokensMissing)) throw error;
  }
  tokenizer.kuromoji = await getTokenizer(options);
  return compute(tokenizer);
}

/** Cached tokens, read on first use; kuromoji's for the rest once it is loaded. */
class CachedTokenizer implements Tokenizer {
  kuromoji: Tokenizer | null = null;
  private readonly seen = new Map<string, Token[]>();

  /** @param now kuromoji if it can be had without waiting (else a miss abandons the attempt) */
  constructor(
    private readonly cache: Cache,
    private readonly now: () => Tokenizer | null,
  ) {}

  tokenize(text: string): Token[] {
    let tokens = this.seen.get(text);
    if (!tokens) {
      const key = this.cache.key(KIND, kuromojiVersion(), text);
      const stored = this.cache.read(KIND, key, (value): value is StoredToken[] => isStoredTokens(value, text));
      if (stored) {
        tokens = stored.map(fromStored);
      } else {
        this.kuromoji ??= this.now();
        if (!this.kuromoji) throw new TokensMissing(text);
        tokens = this.kuromoji.tokenize(text);
        this.cache.write(KIND, key, tokens.map(toStored));
      }
      this.seen.set(text, tokens);
    }
    // Copies: what a caller does with its tokens never reaches another caller's.
    return tokens.map((t) => ({ ...t }));
  }
}

function toStored(token: Token): StoredToken {
  return FIELDS.map((field) => token[field] ?? null);
}

function fromStored(stored: StoredToken): Token {
  const token: Record<string, string | number> = {};
  FIELDS.forEach((field, i) => {
    const value = stored[i];
    if (value !== null && value !== undefined) token[field] = value;
  });
  return token as unknown as Token;
}

/**
 * Whether stored tokens are a text's: the right fields of the right types, surfaces that give the text.
 * @param value what was read
 * @param text the text they must be the tokens of
 */
function isStoredTokens(value: unknown, text: string): value is StoredToken[] {
  if (!Array.isArray(value)) return false;
  let surfaces = '';
  for (const token of value) {
    if (!Array.isArray(token) || token.length !== FIELDS.length) return false;
    for (let i = 0; i < FIELDS.length; i++) {
      const field = FIELDS[i] as string;
      const v: unknown = token[i];
      const ok = NUMBERS.has(field) ? typeof v === 'number' : typeof v === 'string' || (v === null && (field === 'reading' || field === 'pronunciation'));
      if (!ok) return false;
    }
    surfaces += token[3] as string;
  }
  return surfaces === text;
}
