/**
 * What the build derives from tokens, through the cache: each version's recorded words (kept by the
 * version's clause texts) and the search index (kept by its inputs). A build whose versions are unchanged
 * reads neither tokens nor the dictionary for them, and an edit of one version redoes only that version's
 * words, and the index only when the edited version is one it shows. The values are what the computation
 * gives, and are checked on the way back like the tokens (the words must add up to their text).
 */
import { hashOf, type Cache } from '../cache/store.js';
import { tokenizerSegmenter } from '../diff/redline.js';
import { recordTextWords, recordWords, wordTexts, type RecordedWords } from '../diff/words.js';
import type { RuleSet } from '../ruleset/schema.js';
import type { Tokenizer } from '../tokenize/index.js';
import { kuromojiVersion } from '../tokenize/version.js';
import { buildSearchIndex } from './search/build-index.js';
import type { SearchIndex } from './search/types.js';

/**
 * The words of some versions, as `recordWords` gives them, each version's read from the cache when its
 * texts are unchanged.
 * @param ruleSets the versions, in the order their words are recorded (a text keeps its first words)
 * @param tokenizer the tokenizer (only asked for a version not in the cache)
 * @param cache the cache, or null
 */
export function wordsCached(ruleSets: readonly RuleSet[], tokenizer: Tokenizer, cache: Cache | null): RecordedWords {
  if (!cache) return recordWords(ruleSets, tokenizerSegmenter(tokenizer));
  const words: RecordedWords = {};
  for (const ruleSet of ruleSets) {
    const texts = [...new Set(wordTexts(ruleSet))];
    const key = cache.key('words', kuromojiVersion(), ...texts);
    let own = cache.read('words', key, (value): value is RecordedWords => isWordsOf(value, texts));
    if (!own) {
      own = recordTextWords(texts, tokenizerSegmenter(tokenizer));
      cache.write('words', key, own);
    }
    for (const text of texts) if (!(text in words)) words[text] = own[text] as number[];
  }
  return words;
}

/** Whether a value is the words of exactly these texts: for each, lengths that add up to it. */
function isWordsOf(value: unknown, texts: readonly string[]): value is RecordedWords {
  if (typeof value !== 'object' || value === null || Object.keys(value).length !== texts.length) return false;
  return texts.every((text) => {
    const lengths = Object.hasOwn(value, text) ? (value as Record<string, unknown>)[text] : undefined;
    if (!Array.isArray(lengths)) return false;
    let sum = 0;
    for (const n of lengths) {
      if (!Number.isInteger(n) || (n as number) < 1) return false;
      sum += n as number;
    }
    return sum === text.length;
  });
}

/**
 * The search index, read from the cache when its inputs (the versions it shows, their URLs, the
 * synonyms) are unchanged.
 */
export async function searchIndexCached(
  inputs: readonly { ruleSet: RuleSet; url: string }[],
  synonyms: Readonly<Record<string, readonly string[]>>,
  tokenizer: Tokenizer,
  cache: Cache | null,
): Promise<SearchIndex> {
  if (!cache) return buildSearchIndex(inputs, { synonyms, tokenizer });
  const key = cache.key('search', kuromojiVersion(), hashOf(JSON.stringify(inputs)), hashOf(JSON.stringify(synonyms)));
  const hit = cache.read('search', key, isSearchIndex);
  if (hit) return hit;
  const index = await buildSearchIndex(inputs, { synonyms, tokenizer });
  cache.write('search', key, index);
  return index;
}

function isSearchIndex(value: unknown): value is SearchIndex {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.version === 2 && ['documents', 'articles', 'clauses', 'terms', 'forms', 'postings'].every((field) => Array.isArray(v[field]));
}
