/**
 * How alike two clauses read, from 0 (nothing shared) to 1 (the same after width folding): the Dice
 * coefficient of their character bigrams. Bigrams suit Japanese, which has no spaces to split words on,
 * and cost nothing to compute, so alignment never needs the tokenizer.
 */
import { widthFolded } from './normalize.js';

/** Bigram counts of a text, computed once per clause. */
export type Profile = { size: number; grams: Map<string, number>; text: string };

/** The bigram profile of a text (width-folded, whitespace removed). */
export function profile(text: string): Profile {
  const folded = widthFolded(text);
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < folded.length; i++) {
    const gram = folded.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return { size: Math.max(folded.length - 1, 0), grams, text: folded };
}

/**
 * Dice similarity of two profiles.
 * @returns 1 for equal texts, 0 when no bigram is shared (or one text is empty and the other not)
 */
export function similarity(a: Profile, b: Profile): number {
  if (a.text === b.text) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.grams.size <= b.grams.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [gram, count] of small.grams) shared += Math.min(count, large.grams.get(gram) ?? 0);
  return (2 * shared) / (a.size + b.size);
}
