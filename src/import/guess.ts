/**
 * Guesses of what the input does not say in so many words: the company that issues the terms.
 */
import type { Guessed, InputLine } from './types.js';

const KIND = '(?:株式会社|合同会社|有限会社|合資会社|合名会社)';
const NAME = '[^\\s、。,，「」『』（）()【】［］\\[\\]]{1,30}';
const COMPANY = new RegExp(`${KIND}[ 　]?${NAME}|${NAME}[ 　]?${KIND}`, 'u');

/**
 * The first company name in the text (`Knet 株式会社`, `株式会社ノット`), or null.
 * @param lines the input lines, in order
 */
export function guessCompany(lines: readonly InputLine[]): Guessed | null {
  for (const l of lines) {
    const m = COMPANY.exec(l.text);
    if (m) return { text: m[0], line: l.line };
  }
  return null;
}
