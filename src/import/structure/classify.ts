/**
 * What a line starts with: a 章/節/条/付則 heading, a caption written above its article (law style), or
 * a clause label in one of the families Japanese terms use. Numbers are read with src/numbers.
 */
import { NUMBER_CHARS, parseCircled, parseIroha, parseNumber } from '../../numbers/index.js';
import type { Num } from '../../ruleset/schema.js';

const N = `[${NUMBER_CHARS}]+`;
const SPACE = '[ \\t　]';

/** A 章 heading line. */
export interface ChapterLine {
  num: Num;
  /** The title to write: 第１章 総則 (a space inserted after 章 when there was none). */
  title: string;
}

const CHAPTER = new RegExp(`^第${SPACE}*(${N})${SPACE}*章(${SPACE}*)(.*)$`, 'u');
const SECTION = new RegExp(`^第${SPACE}*(${N})${SPACE}*節(?:${SPACE}*(.*))?$`, 'u');

/** A heading's title after its number: short, and not a sentence. */
function isTitle(rest: string): boolean {
  return rest.length <= 40 && !/[。、]/u.test(rest);
}

/** Reads a 章 heading (`第１章 総則`, `第一章　総則`, `第1章総則`), or null. */
export function readChapterLine(text: string): ChapterLine | null {
  const m = CHAPTER.exec(text);
  const value = m?.[1] ? parseNumber(m[1]) : null;
  const rest = m?.[3]?.trim() ?? '';
  if (!m || value === null || !isTitle(rest)) return null;
  const written = m[1] ?? '';
  // The compiler reads `第N章` + spaces + title; a tab or no space at all is given a plain space.
  const space = (m[2] ?? '').replace(/\t/gu, ' ') || ' ';
  return { num: { value, written }, title: rest === '' ? `第${written}章` : `第${written}章${space}${rest}` };
}

/** Whether a line is a 節 heading (which the format has no place for). */
export function isSectionLine(text: string): boolean {
  const m = SECTION.exec(text);
  return m !== null && isTitle(m[2]?.trim() ?? '');
}

/** An article line: its heading, and the first paragraph when written on the same line. */
export interface ArticleLine {
  num: Num;
  /** 第14条 as written, spaces inside removed. */
  title: string;
  caption: { written: string; text: string } | null;
  /** Whether the caption was written without brackets (`第1条　総則`) and is given them. */
  captionBracketed: boolean;
  /** Text after the heading on the same line (law style `第二条　この規約において…`), or ''. */
  rest: string;
}

const ARTICLE = new RegExp(`^(第${SPACE}*(${N})${SPACE}*条(?:${SPACE}*の${SPACE}*(${N}))?)(.*)$`, 'u');
const CAPTION_ONLY = /^([（(].*[）)])$/u;
const CAPTION_THEN = /^([（(][^（）()]*[）)])[ \t　]+(\S.*)$/u;

/**
 * Reads an article line, or null when the line does not start with one (a line that starts with a
 * reference, `第10条（…）の定めに基づき`, is not a heading: text follows the caption without a space).
 * @param text the line
 * @param options `heading`: the line is a Markdown heading, so all of it is heading;
 *   `captionAbove`: a caption stood on the line above, so text after the number is the first paragraph;
 *   `expected`: the number the next article should have (`第1条（目的）本規約は…`, text right after
 *   the caption, is a heading only when its number is the expected one)
 */
export function readArticleLine(
  text: string,
  options: { heading: boolean; captionAbove: boolean; expected: number | null },
): ArticleLine | null {
  const m = ARTICLE.exec(text);
  if (!m) return null;
  const value = parseNumber(m[2] ?? '');
  if (value === null) return null;
  const num: Num = { value, written: m[2] ?? '' };
  let title = `第${m[2] ?? ''}条`;
  if (m[3]) {
    const branch = parseNumber(m[3]);
    if (branch === null || branch < 1) return null;
    num.branch = branch;
    title += `の${m[3]}`;
  }
  const after = m[4] ?? '';
  const rest = after.trim();
  const result = (caption: string | null, first: string, bracketed = false): ArticleLine => ({
    num,
    title,
    caption: caption === null ? null : { written: caption, text: caption.slice(1, -1) },
    captionBracketed: bracketed,
    rest: first,
  });
  if (rest === '') return result(null, '');
  if (CAPTION_ONLY.test(rest) && (options.heading || !/^[ \t　]/u.test(after) || isTitle(rest))) return result(rest, '');
  const captionThen = CAPTION_THEN.exec(rest);
  if (captionThen) return result(captionThen[1] ?? '', captionThen[2] ?? '');
  if (!/^[ \t　]/u.test(after)) {
    const glued = /^([（(][^（）()]*[）)])(\S.*)$/u.exec(rest);
    return glued && num.value === options.expected && !num.branch ? result(glued[1] ?? '', glued[2] ?? '') : null;
  }
  if (options.heading) return result(`（${rest}）`, '', true);
  if (!options.captionAbove && isTitle(rest) && rest.length <= 30) return result(`（${rest}）`, '', true);
  return result(null, rest);
}

/** Whether a line is only a caption, `（定義）` (it heads the article below it in law style). */
export function readCaptionLine(text: string): { written: string; text: string } | null {
  const m = /^[（(]([^（）()]+)[）)]$/u.exec(text);
  return m && isTitle(m[1] ?? '') ? { written: text, text: m[1] ?? '' } : null;
}

/** A 付則 / 附則 line, and the first paragraph when written on the same line. */
export interface SupplLine {
  /** 付則 or 附則 (spaces inside removed), with its parenthesised note if any. */
  label: string;
  rest: string;
}

const SUPPL = /^([付附])[ \t　]*則(?:[ \t　]*([（(][^（）()]*[）)]))?(?:[ \t　]+(.*))?$/u;

/** Reads a 付則 line, or null. */
export function readSupplLine(text: string): SupplLine | null {
  const m = SUPPL.exec(text);
  if (!m) return null;
  return { label: `${m[1] ?? '付'}則${m[2] ?? ''}`, rest: (m[3] ?? '').trim() };
}

/**
 * A label candidate: the family it belongs to (labels of one family number one list), its value, and
 * whether it is strong (unmistakably a label, `（３）`) or weak (`２　`, `一　`, `イ　`: read as a label
 * only where the numbering expects it).
 */
export interface LabelCandidate {
  family: string;
  /** The number, or null for a bullet (always the next one). */
  value: number | null;
  strong: boolean;
  /** The label as written, trailing spaces included; null for a Markdown list marker (markup). */
  written: string | null;
  /** The text after the label. */
  rest: string;
}

const GOJUON = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
const IROHA = 'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス';

interface Family {
  family: string;
  pattern: RegExp;
  strong: boolean;
  value: (s: string) => number | null;
}

const kana = (order: string) => (s: string) => (s.length === 1 && order.includes(s) ? order.indexOf(s) + 1 : null);
const FAMILIES: Family[] = [
  { family: 'paren-number', pattern: /^[（(]([0-9０-９]+)[）)]/u, strong: true, value: parseNumber },
  { family: 'paren-kanji', pattern: /^[（(]([一二三四五六七八九十]+)[）)]/u, strong: true, value: parseNumber },
  { family: 'paren-iroha', pattern: new RegExp(`^[（(]([${IROHA}])[）)]`, 'u'), strong: true, value: (s) => parseIroha(s) },
  { family: 'paren-gojuon', pattern: new RegExp(`^[（(]([${GOJUON}])[）)]`, 'u'), strong: true, value: kana(GOJUON) },
  { family: 'paren-circled', pattern: /^([⑴-⒇])/u, strong: true, value: parseCircled },
  { family: 'circled', pattern: /^([①-⑳])/u, strong: true, value: parseCircled },
  { family: 'dot-number', pattern: /^([0-9０-９]+)[．.](?![0-9０-９])/u, strong: true, value: parseNumber },
  { family: 'half-paren-number', pattern: /^([0-9０-９]+)[)）]/u, strong: true, value: parseNumber },
  { family: 'bullet', pattern: /^([・•●○◆◇■□▪‣])/u, strong: true, value: () => null },
  { family: 'bare-number', pattern: /^([0-9０-９]+)(?=[ \t　])/u, strong: false, value: parseNumber },
  { family: 'kanji', pattern: /^([一二三四五六七八九十]+)(?=[ \t　])/u, strong: false, value: parseNumber },
  { family: 'iroha', pattern: new RegExp(`^([${IROHA}])(?=[ \\t　])`, 'u'), strong: false, value: (s) => parseIroha(s) },
  { family: 'gojuon', pattern: new RegExp(`^([${GOJUON}])(?=[ \\t　])`, 'u'), strong: false, value: kana(GOJUON) },
];

/**
 * Every reading of the label a line starts with, most likely first (イ　is both iroha 1 and gojūon 2).
 * @returns the candidates, empty when the line starts with no label or the label has no text after it
 */
export function readLabels(text: string): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  for (const f of FAMILIES) {
    const m = f.pattern.exec(text);
    if (!m) continue;
    const label = /^[ \t　]*/u.exec(text.slice(m[0].length));
    const written = m[0] + (label?.[0] ?? '');
    const rest = text.slice(written.length);
    if (rest.trim() === '') continue;
    const value = f.value(m[1] ?? '');
    if (value === null && f.family !== 'bullet') continue;
    out.push({ family: f.family, value, strong: f.strong, written, rest });
  }
  return out;
}
