/**
 * `diffRuleSets`: the diff of two compiled versions (./compare.ts) with kuromoji's words for the redlines.
 * Reads rule sets only, never Markdown.
 */
import type { Cache } from '../cache/store.js';
import type { RuleSet } from '../ruleset/schema.js';
import { withTokens } from '../tokenize/cached.js';
import { alignVersions, compareVersions } from './compare.js';
import { tokenizerSegmenter } from './redline.js';
import type { TermsDiff } from './types.js';

/**
 * Compares two versions of a document. The tokenizer (kuromoji) is loaded only when some clause's text
 * changed, since only redlines need it; with a cache, not even then when every text's tokens are in it.
 * @param oldSet the earlier version's rule set
 * @param newSet the later version's rule set
 * @param cache tokens kept between runs (src/cache), or null; new tokens are queued, the caller flushes
 */
export async function diffRuleSets(oldSet: RuleSet, newSet: RuleSet, cache: Cache | null = null): Promise<TermsDiff> {
  const aligned = alignVersions(oldSet, newSet);
  if (!aligned.textChanged) return compareVersions(oldSet, newSet, null, aligned);
  // Aligned again inside: a cached-only attempt abandoned for a missing text leaves nothing half-used.
  return withTokens(cache, (tokenizer) => compareVersions(oldSet, newSet, tokenizerSegmenter(tokenizer)));
}
