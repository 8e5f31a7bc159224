/**
 * Word's number formats (`w:numFmt`): how a list level writes its counter. Only what Japanese and
 * Western terms use; an unknown format is written in decimal (and the caller reports it).
 */
import { GOJUON_CHARS as AIUEO, IROHA_CHARS as IROHA, toFullwidthDigits } from '../../numbers/index.js';

const KANJI_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '〇壱弐参四伍六七八九';
const AIUEO_HALF = 'ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ';
const IROHA_HALF = 'ｲﾛﾊﾆﾎﾍﾄﾁﾘﾇﾙｦﾜｶﾖﾀﾚｿﾂﾈﾅﾗﾑｳｲﾉｵｸﾔﾏｹﾌｺｴﾃｱｻｷﾕﾒﾐｼｴﾋﾓｾｽ';
const TRADITIONAL = '甲乙丙丁戊己庚辛壬癸';
const ZODIAC = '子丑寅卯辰巳午未申酉戌亥';

/** 十一, 二十, 百五: Japanese counting, as 第十一条 is written. */
function kanjiCounting(n: number, digits = KANJI_DIGITS): string {
  if (n <= 0) return String(n);
  if (n >= 10000) return String(n);
  let out = '';
  const units: Array<[number, string]> = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ];
  let rest = n;
  for (const [value, name] of units) {
    const d = Math.floor(rest / value);
    if (d > 0) out += (d > 1 ? digits[d] : '') + name;
    rest %= value;
  }
  return out + (rest > 0 ? (digits[rest] ?? '') : '');
}

function cycle(order: string, n: number): string {
  const chars = [...order];
  return n >= 1 && n <= chars.length ? (chars[n - 1] ?? String(n)) : String(n);
}

function letters(n: number, upper: boolean): string {
  if (n < 1) return String(n);
  // Word repeats the letter: 27 → AA, 53 → AAA.
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  const s = letter.repeat(Math.floor((n - 1) / 26) + 1);
  return upper ? s : s.toLowerCase();
}

function roman(n: number, upper: boolean): string {
  if (n < 1 || n > 3999) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, s] of table) {
    while (rest >= value) {
      out += s;
      rest -= value;
    }
  }
  return upper ? out : out.toLowerCase();
}

function enclosed(n: number, first: number, count: number): string {
  return n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : `(${n})`;
}

const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalHalfWidth: String,
  decimalZero: (n) => (n < 10 ? `0${n}` : String(n)),
  decimalFullWidth: (n) => toFullwidthDigits(String(n)),
  decimalFullWidth2: (n) => toFullwidthDigits(String(n)),
  japaneseCounting: (n) => kanjiCounting(n),
  chineseCounting: (n) => kanjiCounting(n),
  chineseCountingThousand: (n) => kanjiCounting(n),
  taiwaneseCounting: (n) => kanjiCounting(n),
  japaneseLegal: (n) => kanjiCounting(n, LEGAL_DIGITS),
  japaneseDigitalTenThousand: (n) => [...String(n)].map((d) => KANJI_DIGITS[Number(d)] ?? d).join(''),
  ideographDigital: (n) => [...String(n)].map((d) => KANJI_DIGITS[Number(d)] ?? d).join(''),
  aiueo: (n) => cycle(AIUEO_HALF, n),
  aiueoFullWidth: (n) => cycle(AIUEO, n),
  iroha: (n) => cycle(IROHA_HALF, n),
  irohaFullWidth: (n) => cycle(IROHA, n),
  ideographTraditional: (n) => cycle(TRADITIONAL, n),
  ideographZodiac: (n) => cycle(ZODIAC, n),
  decimalEnclosedCircle: (n) => enclosed(n, 0x2460, 20),
  decimalEnclosedCircleChinese: (n) => enclosed(n, 0x2460, 20),
  decimalEnclosedParen: (n) => enclosed(n, 0x2474, 20),
  decimalEnclosedFullstop: (n) => enclosed(n, 0x2488, 20),
  ideographEnclosedCircle: (n) => enclosed(n, 0x3280, 10),
  upperLetter: (n) => letters(n, true),
  lowerLetter: (n) => letters(n, false),
  upperRoman: (n) => roman(n, true),
  lowerRoman: (n) => roman(n, false),
  none: () => '',
};

/** Whether Word's format `numFmt` is one this reader writes. */
export function knownFormat(numFmt: string): boolean {
  return numFmt === 'bullet' || numFmt in FORMATS;
}

/**
 * A counter as a list level with format `numFmt` shows it.
 * @param n the counter
 * @param numFmt `w:numFmt` (`decimalFullWidth`, `japaneseCounting`, `aiueoFullWidth` …)
 */
export function formatCounter(n: number, numFmt: string): string {
  return (FORMATS[numFmt] ?? String)(n);
}
