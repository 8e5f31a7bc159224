/**
 * Sentences of Japanese legal text: a clause's sentence may hold several sentences (…します。ただし、…),
 * and a sentence may hold parentheticals with their own 。 (（…を含みます。以下同じとします。）), which
 * belong to the sentence around them.
 */

/** A piece of a clause's sentence and where it starts in it. */
export interface TextSpan {
  text: string;
  offset: number;
}

const OPEN = '（(「『［[';
const CLOSE = '）)」』］]';

/**
 * Splits a text into sentences at 。 outside brackets; each keeps its 。.
 * @param text a clause's sentence
 */
export function splitSentences(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '。' && depth === 0) {
      out.push({ text: text.slice(start, i + 1), offset: start });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ text: text.slice(start), offset: start });
  return out;
}

/** The character that stands in for the inside of a parenthetical (see `blankParentheticals`). */
export const BLANK = '〓';

/**
 * Replaces every parenthetical （…） or (…), brackets included, by as many `BLANK` characters, so that
 * the text keeps its offsets but its commas and particles are only those of the sentence itself.
 * @param text a sentence
 */
export function blankParentheticals(text: string): string {
  let depth = 0;
  let out = '';
  for (const c of text) {
    if (c === '（' || c === '(') depth++;
    out += depth > 0 ? BLANK.repeat(c.length) : c;
    if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return out;
}
