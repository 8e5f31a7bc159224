/**
 * The editorial equivalences: two texts that differ only in whitespace, in 全角/半角 (NFKC) or in
 * punctuation say the same thing. Each step is a function so that a change can be named by the first
 * step that makes both sides equal.
 */

const WHITESPACE = /\s+/gu;
const PUNCTUATION = /\p{P}+/gu;

/** Removes every space (half- and full-width) and line break: Japanese text has no word spaces. */
function withoutWhitespace(text: string): string {
  return text.replace(WHITESPACE, '');
}

/** NFKC without whitespace: （ and (, ２ and 2, ｶ and カ become the same. */
export function widthFolded(text: string): string {
  return withoutWhitespace(text).normalize('NFKC');
}

/** Width-folded text without punctuation (、。・「」() …): what is left is wording. */
function wordingOnly(text: string): string {
  return widthFolded(text).replace(PUNCTUATION, '');
}

/**
 * Names the editorial difference between two texts, or `wording` when they differ in words.
 * @returns `whitespace`, `width`, `punctuation` or `wording` (texts assumed different)
 */
export function differenceKind(oldText: string, newText: string): 'whitespace' | 'width' | 'punctuation' | 'wording' {
  if (withoutWhitespace(oldText) === withoutWhitespace(newText)) return 'whitespace';
  if (widthFolded(oldText) === widthFolded(newText)) return 'width';
  if (wordingOnly(oldText) === wordingOnly(newText)) return 'punctuation';
  return 'wording';
}
