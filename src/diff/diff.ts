/**
 * `diffRuleSets`: the diff of two compiled versions (./compare.ts) with kuromoji's words for the redlines.
 * Reads rule sets only, never Markdown.
 */
import type { RuleSet } from '../ruleset/schema.js';
import { getTokenizer } from '../tokenize/index.js';
import { alignVersions, compareVersions } from './compare.js';
import { tokenizerSegmenter } from './redline.js';
import type { TermsDiff } from './types.js';

/**
 * Compares two versions of a document. The tokenizer (kuromoji) is loaded only when some clause's text
 * changed, since only redlines need it.
 * @param oldSet the earlier version's rule set
 * @param newSet the later version's rule set
 */
export async function diffRuleSets(oldSet: RuleSet, newSet: RuleSet): Promise<TermsDiff> {
  const aligned = alignVersions(oldSet, newSet);
  const segment = aligned.textChanged ? tokenizerSegmenter(await getTokenizer()) : null;
  return compareVersions(oldSet, newSet, segment, aligned);
}
