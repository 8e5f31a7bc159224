/**
 * Limits on a Markdown source that no real terms reach, checked by a fast scan of its lines BEFORE
 * remark parses it: a list nested 1,000 deep or 100 KB of `*a` takes remark tens of seconds. A line
 * over a limit is reported with its place and left out of what remark parses (replaced by an empty
 * line, so every other line keeps its number); the run then fails with the problem, quickly.
 */
import type { Place } from '../diagnostics/index.js';

/** Characters of a whole source: a real version is about 100,000. */
export const MAX_SOURCE_CHARS = 4_000_000;

/** Characters of one line: a real paragraph is a few thousand. */
export const MAX_LINE_CHARS = 100_000;

/** Nesting of lists and block quotes on one line: 項, 号 and 細分 make 3. */
export const MAX_NESTING = 32;

/** Emphasis markers (`*`, `_`) and link brackets (`[`, `]`) in one paragraph: real terms use a handful. */
export const MAX_MARKS = 500;

/** Where problems go (the compiler's DiagnosticSink fits). */
export interface LimitReport {
  error(ruleId: string, message: string, place?: Place): void;
}

const RULE = 'compile/limit';

/** List markers and block-quote markers at the start of a line, each with the space after it. */
const CONTAINER = /(?:[-+*]|\d{1,9}[.)]|>)(?=[ \t]|$)[ \t]*/uy;

/**
 * How deeply a line is nested: its indentation (a level per 2 columns, the least a nested list item
 * needs) plus the list and block-quote markers it opens (`- - - a`, `> > > a`).
 * @param line one line
 */
export function nestingOf(line: string): number {
  let i = 0;
  let columns = 0;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x20) columns++;
    else if (c === 0x09) columns += 4 - (columns % 4);
    else break;
  }
  let markers = 0;
  CONTAINER.lastIndex = i;
  while (CONTAINER.test(line)) {
    markers++;
    if (markers > MAX_NESTING) break;
  }
  return Math.floor(columns / 2) + markers;
}

/** Counts the emphasis markers and link brackets of a line. */
function marksOf(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x2a || c === 0x5f || c === 0x5b || c === 0x5d) n++;
  }
  return n;
}

/**
 * Checks a source against the limits before it is parsed.
 * @param source the Markdown text
 * @param report where each problem goes (one per line over a limit, with its place); none: not reported
 * @returns the source to parse: itself when within the limits, else with every line over a limit
 *   replaced by an empty line (or empty altogether when the whole source is too large)
 */
export function withinMarkdownLimits(source: string, report?: LimitReport): string {
  if (source.length > MAX_SOURCE_CHARS) {
    report?.error(RULE, `ファイルが大きすぎます（${source.length} 文字、上限 ${MAX_SOURCE_CHARS}）/ file too large (${source.length} characters, at most ${MAX_SOURCE_CHARS})`, { line: 1, column: 1 });
    return '';
  }
  const hasNul = source.includes('\0');
  const lines = source.split('\n');
  let changed = false;
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) lines[i] = '';
    changed = true;
  };
  // Inline syntax is parsed per paragraph: marks are also counted over runs of non-blank lines.
  let runStart = 0;
  let runMarks = 0;
  const endRun = (end: number): void => {
    if (runMarks > MAX_MARKS) {
      report?.error(RULE, marksProblem(runMarks), { line: runStart + 1, column: 1 });
      blank(runStart, end);
    }
    runStart = end + 1;
    runMarks = 0;
  };
  let previous: string | null = null;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as string;
    if (line.trim() === '') {
      previous = null;
      endRun(n);
      continue;
    }
    const at = hasNul ? line.indexOf('\0') : -1;
    if (at !== -1) report?.error('compile/nul', 'NUL 文字（U+0000）があります / NUL character (U+0000) in the text', { line: n + 1, column: at + 1 });
    const problem = lineProblem(line);
    // One report for a run of lines with the same problem (a list nested 1,000 deep is one problem).
    if (problem && problem !== previous) report?.error(RULE, problem, { line: n + 1, column: 1 });
    previous = problem;
    if (problem || at !== -1) {
      blank(n, n + 1);
      endRun(n);
      continue;
    }
    runMarks += marksOf(line);
  }
  endRun(lines.length);
  return changed ? lines.join('\n') : source;
}

function marksProblem(count: number): string {
  return `強調やリンクの記号（* _ [ ]）が多すぎます（${count} 個、一つの段落に ${MAX_MARKS} まで）/ too many emphasis or link marks (* _ [ ]): ${count}, at most ${MAX_MARKS} in a paragraph`;
}

function lineProblem(line: string): string | null {
  if (line.length > MAX_LINE_CHARS) return `行が長すぎます（${line.length} 文字、上限 ${MAX_LINE_CHARS}）/ line too long (${line.length} characters, at most ${MAX_LINE_CHARS})`;
  // Only a line that starts with white space or a container marker can be nested.
  const first = line.charCodeAt(0);
  if ((first === 0x20 || first === 0x09 || first === 0x2d || first === 0x2b || first === 0x2a || first === 0x3e || (first >= 0x30 && first <= 0x39)) && nestingOf(line) > MAX_NESTING) {
    return `リストか引用の入れ子が深すぎます（${MAX_NESTING} 段まで）/ lists or block quotes nested too deep (at most ${MAX_NESTING} levels)`;
  }
  return null;
}
