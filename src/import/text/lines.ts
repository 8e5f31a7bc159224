/**
 * First pass over extracted text: split into lines, remove control characters, and read the layout
 * signals an extraction leaves: whether every line is followed by an empty one (double spacing), and
 * whether a trailing space marks the real line ends (so a line without one was wrapped by the layout).
 */
import { inputLine, type ImportReport } from '../report.js';

/** One physical line of the input. */
export interface RawLine {
  /** 1-based line number. */
  line: number;
  /** The line without its terminator and without control characters. */
  text: string;
  /** Whether the line holds only whitespace. */
  blank: boolean;
  /** Whether the line ends with whitespace (a real line end in some extractions). */
  trailingSpace: boolean;
}

/** The layout signals of a text (see the module comment). */
export interface Layout {
  /** Nearly every line is followed by an empty line: single empty lines carry no meaning. */
  doubleSpaced: boolean;
  /** Lines with and without a trailing space are both common: the space marks real line ends. */
  trailingSpaceBreaks: boolean;
}

// Line terminators: CommonMark's, plus the Unicode separators, which the compiler would otherwise keep
// inside a clause.
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/u;
// C0 and C1 controls except tab: never text, and some (U+0000) Markdown itself replaces.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

/**
 * Splits a text into lines, dropping control characters (reported once, with their lines).
 * @param source the whole input (a leading byte order mark is ignored)
 * @param report where removed control characters are recorded
 */
export function splitLines(source: string, report: ImportReport): RawLine[] {
  const removedAt: number[] = [];
  let removed = '';
  const lines = source.replace(/^\uFEFF/u, '').split(LINE_BREAK).map((raw, i): RawLine => {
    const controls = raw.match(CONTROL);
    if (controls) {
      removedAt.push(i + 1);
      removed += controls.join('');
    }
    const text = controls ? raw.replace(CONTROL, '') : raw;
    return { line: i + 1, text, blank: text.trim() === '', trailingSpace: /\s$/u.test(text) };
  });
  if (removedAt.length > 0) {
    report.leftOut(
      'info',
      'import/control-characters',
      `制御文字を削除しました（${removedAt.length} 行: ${summarizeLines(removedAt)}） / removed control characters`,
      inputLine(removedAt[0] ?? 1),
      removed,
    );
  }
  return lines;
}

/**
 * Reads the layout signals of a text.
 * @param lines the text's lines (after noise removal or before: the proportions barely change)
 */
export function readLayout(lines: readonly RawLine[]): Layout {
  const content = lines.filter((l) => !l.blank);
  if (content.length < 4) return { doubleSpaced: false, trailingSpaceBreaks: false };
  let followedByBlank = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    if (!lines[i]?.blank && lines[i + 1]?.blank) followedByBlank++;
  }
  const trailing = content.filter((l) => l.trailingSpace).length;
  const share = trailing / content.length;
  return {
    doubleSpaced: followedByBlank >= 0.9 * (content.length - 1),
    trailingSpaceBreaks: share >= 0.1 && share <= 0.9,
  };
}

/** `3, 5, 9…` for a report: the first few line numbers of a list. */
export function summarizeLines(lines: readonly number[]): string {
  const shown = lines.slice(0, 8).join(', ');
  return lines.length > 8 ? `${shown}…` : shown;
}
