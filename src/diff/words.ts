/**
 * Words recorded for later: every text a redline of a version's clauses may ask the segmenter to split,
 * with its words as lengths. The site records them at build time with kuromoji, so that its compare page
 * diffs any two versions in the browser with the same words and without the dictionary.
 */
import type { RuleSet } from '../ruleset/schema.js';
import { indexClauses } from './clauses.js';
import { segmentedText, type Segmenter } from './redline.js';

/** Text → the lengths of its words, in order. */
export type RecordedWords = Record<string, number[]>;

/**
 * Records the words of every clause of some versions.
 * @param ruleSets the versions
 * @param segment the segmenter to record (kuromoji's)
 */
export function recordWords(ruleSets: readonly RuleSet[], segment: Segmenter): RecordedWords {
  return recordTextWords(
    ruleSets.flatMap((ruleSet) => wordTexts(ruleSet)),
    segment,
  );
}

/**
 * Records the words of texts (as `wordTexts` gives them): each text once, in the order first met.
 * @param texts the texts
 * @param segment the segmenter to record
 */
export function recordTextWords(texts: Iterable<string>, segment: Segmenter): RecordedWords {
  const words: RecordedWords = {};
  for (const text of texts) if (!(text in words)) words[text] = segment(text).map((w) => w.length);
  return words;
}

/** The texts `recordWords` records of a version, in clause order (a text may repeat). */
export function wordTexts(ruleSet: RuleSet): string[] {
  return indexClauses(ruleSet)
    .all.map((node) => segmentedText(node.sentence))
    .filter((text) => text !== '');
}

/**
 * A segmenter that replays recorded words; a text that was not recorded is split into characters, which
 * still gives a correct, if finer, redline.
 * @param words what `recordWords` recorded
 */
export function recordedSegmenter(words: RecordedWords): Segmenter {
  return (text) => {
    const lengths = Object.hasOwn(words, text) ? words[text] : undefined;
    if (!lengths) return [...text];
    const out: string[] = [];
    let at = 0;
    for (const n of lengths) {
      out.push(text.slice(at, at + n));
      at += n;
    }
    return at === text.length ? out : [...text];
  };
}
