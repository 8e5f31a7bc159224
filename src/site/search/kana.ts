/**
 * Kana folding for readings: the index keeps readings in hiragana (kuromoji gives them in katakana), and a
 * query typed in katakana is folded to hiragana to meet them. Runs in the browser.
 */

/**
 * Katakana to hiragana (ァ–ヶ; ー and other characters are kept).
 * @param text any text
 */
export function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}
