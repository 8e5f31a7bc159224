/**
 * Numbers in Japanese legal text: one place that reads 全角/半角 digits and 漢数字, folds 全角 to 半角,
 * and writes labels in a numbering style. Everything else calls these; the text always keeps numbers
 * as written.
 */

const FULLWIDTH_DIGITS = '０１２３４５６７８９';
const KANJI_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const KANJI_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The class of characters a written number may use (for building regular expressions). */
export const NUMBER_CHARS = '0-9０-９〇零一二三四五六七八九十百千';

/** Converts 全角 digits to 半角, leaving everything else. */
export function toHalfwidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String(FULLWIDTH_DIGITS.indexOf(c)));
}

/**
 * Converts 全角 ASCII (！ to ～: letters, digits, punctuation) to 半角, one character for one, so that an
 * offset in the folded text is the same offset in the text (matching 「ＳＬＡ」 and 「SLA」 alike).
 */
export function toHalfwidthAscii(s: string): string {
  return s.replace(/[！-～]/gu, (c) => String.fromCharCode((c.codePointAt(0) ?? 0) - 0xfee0));
}

/** Converts 半角 digits to 全角. */
export function toFullwidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (c) => FULLWIDTH_DIGITS[Number(c)] ?? c);
}

/**
 * Reads a written number: `14`, `１４`, `十四`, `二十一`, `一〇` (positional kanji).
 * @returns the integer, or null when `written` is not a number
 */
export function parseNumber(written: string): number | null {
  if (written === '') return null;
  const half = toHalfwidthDigits(written);
  if (/^[0-9]+$/.test(half)) return Number(half);
  if (![...written].every((c) => c in KANJI_DIGITS || c in KANJI_UNITS)) return null;
  if (![...written].some((c) => c in KANJI_UNITS)) {
    // Positional: 一〇 = 10.
    return Number([...written].map((c) => KANJI_DIGITS[c]).join(''));
  }
  let total = 0;
  let digit: number | null = null;
  for (const c of written) {
    const unit = KANJI_UNITS[c];
    if (unit !== undefined) {
      total += (digit ?? 1) * unit;
      digit = null;
    } else {
      if (digit !== null) return null;
      digit = KANJI_DIGITS[c] ?? null;
    }
  }
  return total + (digit ?? 0);
}

export type NumberingStyle = 'fullwidth' | 'halfwidth' | 'mixed';

/** Writes `n` in a style: fullwidth ２ / １０, halfwidth 2 / 10, mixed ２ / 10 (one digit 全角). */
export function writeNumber(n: number, style: NumberingStyle): string {
  const s = String(n);
  if (style === 'halfwidth') return s;
  if (style === 'fullwidth') return toFullwidthDigits(s);
  return s.length === 1 ? toFullwidthDigits(s) : s;
}

/** The label of paragraph `n` (n ≥ 2): `２．`. */
export function paragraphLabel(n: number, style: NumberingStyle): string {
  return `${writeNumber(n, style)}．`;
}

/** The label of item `n`: `（１）`, `（10）`. */
export function itemLabel(n: number, style: NumberingStyle): string {
  return `（${writeNumber(n, style)}）`;
}

/** The iroha order of 号の細分 labels: イ, ロ, ハ … (for building regular expressions and Word's formats). */
export const IROHA_CHARS = 'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス';

/** The gojūon order some terms number with instead: ア, イ, ウ … */
export const GOJUON_CHARS = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';

/** The label of sub-item `n` (1-based): イ, ロ, ハ … */
export function subitemLabel(n: number): string {
  return IROHA_CHARS[n - 1] ?? `（${n}）`;
}

/** Reads an iroha label back (イ → 1), or null. */
export function parseIroha(label: string): number | null {
  const i = IROHA_CHARS.indexOf(label);
  return label.length === 1 && i >= 0 ? i + 1 : null;
}

/** Reads a gojūon label back (ア → 1, イ → 2), or null. */
export function parseGojuon(label: string): number | null {
  const i = GOJUON_CHARS.indexOf(label);
  return label.length === 1 && i >= 0 ? i + 1 : null;
}

/** Circled numbers ①…⑳ and parenthesised ⑴…⒇ → 1…20, else null. */
export function parseCircled(c: string): number | null {
  const code = c.codePointAt(0) ?? 0;
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  if (code >= 0x2474 && code <= 0x2487) return code - 0x2474 + 1;
  return null;
}
