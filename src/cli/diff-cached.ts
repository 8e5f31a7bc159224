/**
 * `diffRuleSets` with the words of cached tokens, for every command that diffs (`terms diff`, and
 * `terms notice`): a diff of texts tokenized before loads no dictionary, and gives the same result.
 */
import type { Cache } from '../cache/store.js';
import { alignVersions, compareVersions } from '../diff/compare.js';
import { tokenizerSegmenter } from '../diff/redline.js';
import type { TermsDiff } from '../diff/types.js';
import type { RuleSet } from '../ruleset/schema.js';
import { withTokens } from '../tokenize/cached.js';

/**
 * Compares two versions, as `diffRuleSets` does.
 * @param before the earlier version's rule set
 * @param after the later version's rule set
 * @param cache the cache, or null (kuromoji for every text); new tokens are queued, the caller flushes
 */
export async function diffCached(before: RuleSet, after: RuleSet, cache: Cache | null): Promise<TermsDiff> {
  const aligned = alignVersions(before, after);
  if (!aligned.textChanged) return compareVersions(before, after, null, aligned);
  // Aligned again inside: a first attempt abandoned for a missing text leaves nothing half-used behind.
  return withTokens(cache, (tokenizer) => compareVersions(before, after, tokenizerSegmenter(tokenizer)));
}
