/**
 * What a line starts with: a 章/節/条/付則 heading, a caption written above its article (law style), or
 * a clause label in one of the families Japanese terms use. Numbers are read with src/numbers.
 */
import { GOJUON_CHARS as GOJUON, IROHA_CHARS as IROHA, parseCircled, parseGojuon, parseIroha, parseNumber } from '../../numbers/index.js';
import { HEADING } from '../../ruleset/levels.js';
import type { Num } from '../../ruleset/schema.js';

// The compiler's heading grammar fragments (ruleset/levels.ts), so that the two read numbers and spaces alike.
const N = HEADING.number;
const SPACE = HEADING.space;
/** What may stand between a heading's number and its title instead of a space (`第1章:総則`, `第5条：目的`). */
const SEPARATOR = '[:：.．]';

/** A 章 heading line. */
export interface ChapterLine {
  num: Num;
  /** The title to write: 第１章 総則 (a space inserted after 章 when there was none). */
  title: string;
  /** A separator written after 章 (`:`) that the title leaves out, if any. */
  separator?: string;
}

const CHAPTER = new RegExp(`^第${SPACE}*(${N})${SPACE}*章(${SPACE}*(?:${SEPARATOR}${SPACE}*)?)(.*)$`, 'u');
const SECTION = new RegExp(`^第${SPACE}*(${N})${SPACE}*節(?:${SPACE}*(.*))?$`, 'u');

/**
 * A heading's title after its number: short, and not a sentence. Titles and captions may hold 、・：
 * (`第3章　遵守事項、禁止事項`, `（解除、期限の利益喪失等）`); a sentence ends in 。 or runs long.
 */
function isTitle(rest: string, max = 40): boolean {
  return rest.length <= max && !/[。]/u.test(rest);
}


/**
 * Reads a 章 heading (`第１章 総則`, `第一章　総則`, `第1章総則`, `第1章:総則`), or null.
 * @param text the line
 * @param heading the line is a Markdown heading, so a longer title is still a title
 */
export function readChapterLine(text: string, heading = false): ChapterLine | null {
  const m = CHAPTER.exec(text);
  const value = m?.[1] ? parseNumber(m[1]) : null;
  const rest = m?.[3]?.trim() ?? '';
  if (!m || value === null || !isTitle(rest, heading ? 80 : 40) || (!heading && /、/u.test(rest) && !/[:：]/u.test(m[2] ?? ''))) return null;
  const written = m[1] ?? '';
  const between = m[2] ?? '';
  // The compiler reads `第N章` + spaces + title: a colon between them becomes a full-width space (the
  // colon is reported as `separator`), a tab or no space at all a plain space.
  const separator = between.replace(/[ \t　]/gu, '');
  const space = separator !== '' ? '　' : between.replace(/\t/gu, ' ') || ' ';
  const chapter: ChapterLine = { num: { value, written }, title: rest === '' ? `第${written}章` : `第${written}章${space}${rest}` };
  if (separator !== '') chapter.separator = separator;
  return chapter;
}

/** Whether a line is a 節 heading (which the format has no place for). */
export function isSectionLine(text: string): boolean {
  const m = SECTION.exec(text);
  const rest = m?.[2]?.trim() ?? '';
  return m !== null && isTitle(rest) && !/、/u.test(rest);
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
  /** A separator written between the number and the caption (`第5条：禁止事項`) that the heading leaves out. */
  separator?: string;
  /** The article's stable key, when the input is the project's own Markdown (`{#cancellation}`). */
  key?: string;
}

const KEY = /[ \t　]*\{#([A-Za-z0-9][A-Za-z0-9._/-]*)\}$/u;

const ARTICLE = new RegExp(`^(第${SPACE}*(${N})${SPACE}*条(?:${SPACE}*の${SPACE}*(${N}))?)(.*)$`, 'u');
const CAPTION_ONLY = new RegExp(`^(${HEADING.caption})$`, 'u');
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
  line: string,
  options: { heading: boolean; captionAbove: boolean; expected: number | null },
): ArticleLine | null {
  const key = options.heading ? KEY.exec(line) : null;
  if (key) {
    const read = readArticleLine(line.slice(0, key.index), options);
    return read && read.rest === '' ? { ...read, key: key[1] ?? '' } : null;
  }
  const text = line;
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
  const separated = new RegExp(`^${SPACE}*(${SEPARATOR})${SPACE}*(\\S.*)$`, 'u').exec(m[4] ?? '');
  if (separated) {
    // `第5条：禁止事項`: a caption after a colon, never a sentence (a sentence does not start with one).
    const caption = (separated[2] ?? '').trim();
    if (!isTitle(caption, options.heading ? 80 : 30)) return null;
    const bracketed = CAPTION_ONLY.test(caption) && readCaptionLine(caption) !== null;
    return {
      num,
      title: `第${m[2] ?? ''}条${m[3] ? `の${m[3]}` : ''}`,
      caption: bracketed ? { written: caption, text: caption.slice(1, -1) } : { written: `（${caption}）`, text: caption },
      captionBracketed: !bracketed,
      rest: '',
      separator: separated[1] ?? '',
    };
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
  if (!options.captionAbove && isTitle(rest) && !/、/u.test(rest) && rest.length <= 30) return result(`（${rest}）`, '', true);
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
  /** Decoration the label leaves out (`【】`, `■`, `：`), if any. */
  dropped?: string;
}

const OPEN = '[【［\\[〔＜<《〈■◆●□◇]';
const CLOSE = '[】］\\]〕＞>》〉]';
const SUPPL = new RegExp(
  `^(${OPEN}?)${SPACE}*([付附])${SPACE}*則(${SPACE}*${CLOSE})?(?:${SPACE}*([（(][^（）()]*[）)]))?(${SPACE}*${CLOSE})?(?:${SPACE}*([:：])|${SPACE}+|$)(.*)$`,
  'u',
);

/** Reads a 付則 line in any of its spellings (`附則`, `附　則`, `【附則】`, `附則（2020年4月1日）`), or null. */
export function readSupplLine(text: string): SupplLine | null {
  const m = SUPPL.exec(text);
  if (!m) return null;
  const [, open = '', kind = '付', close1 = '', note = '', close2 = '', colon = '', rest = ''] = m;
  // An opening bracket needs its closing one: `【附則` is no heading.
  if ((open !== '' && !/[■◆●□◇]/u.test(open)) !== ((close1 + close2).trim() !== '')) return null;
  const line: SupplLine = { label: `${kind}則${note}`, rest: rest.trim() };
  const dropped = (open + close1 + close2 + colon).replace(/[ \t　]/gu, '');
  if (dropped !== '') line.dropped = dropped;
  return line;
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

interface Family {
  family: string;
  pattern: RegExp;
  strong: boolean;
  value: (s: string) => number | null;
}

const FAMILIES: Family[] = [
  { family: 'paren-number', pattern: /^[（(]([0-9０-９]+)[）)]/u, strong: true, value: parseNumber },
  { family: 'paren-kanji', pattern: /^[（(]([一二三四五六七八九十]+)[）)]/u, strong: true, value: parseNumber },
  { family: 'paren-iroha', pattern: new RegExp(`^[（(]([${IROHA}])[）)]`, 'u'), strong: true, value: parseIroha },
  { family: 'paren-gojuon', pattern: new RegExp(`^[（(]([${GOJUON}])[）)]`, 'u'), strong: true, value: parseGojuon },
  { family: 'paren-circled', pattern: /^([⑴-⒇])/u, strong: true, value: parseCircled },
  { family: 'circled', pattern: /^([①-⑳])/u, strong: true, value: parseCircled },
  { family: 'dot-number', pattern: /^([0-9０-９]+)[．.](?![0-9０-９])/u, strong: true, value: parseNumber },
  { family: 'half-paren-number', pattern: /^([0-9０-９]+)[)）]/u, strong: true, value: parseNumber },
  { family: 'bullet', pattern: /^([・•●○◆◇■□▪‣])/u, strong: true, value: () => null },
  { family: 'bare-number', pattern: /^([0-9０-９]+)(?=[ \t　])/u, strong: false, value: parseNumber },
  { family: 'kanji', pattern: /^([一二三四五六七八九十]+)(?=[ \t　])/u, strong: false, value: parseNumber },
  { family: 'iroha', pattern: new RegExp(`^([${IROHA}])(?=[ \\t　])`, 'u'), strong: false, value: parseIroha },
  { family: 'gojuon', pattern: new RegExp(`^([${GOJUON}])(?=[ \\t　])`, 'u'), strong: false, value: parseGojuon },
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

/**
 * Whether a line starts a clause or a heading (a chapter, an article, the 附則, or a strong label): such a
 * line is never page furniture, and a full line before it may have ended a sentence there.
 * @param text the line, trimmed
 */
export function startsClause(text: string): boolean {
  return (
    readChapterLine(text) !== null ||
    readArticleLine(text, { heading: false, captionAbove: false, expected: null }) !== null ||
    readSupplLine(text) !== null ||
    readLabels(text).some((c) => c.strong)
  );
}
