/**
 * Rejoining what the layout broke. Which lines start a clause is the structure pass's decision (a real
 * clause starts with a label or a heading); this module says what separates two lines and how a line
 * that starts no clause is joined to the one before it.
 */
import type { BreakKind, InputLine } from '../types.js';
import type { Layout, RawLine } from './lines.js';

/**
 * Turns the text's lines into input lines, reading the break before each from the layout:
 * a known wrap, an empty line (or two, in a double-spaced text), or an ordinary line end.
 * @param lines the lines, page furniture removed, empty lines kept
 * @param layout the text's layout signals
 */
export function toInputLines(lines: readonly RawLine[], layout: Layout): InputLine[] {
  const out: InputLine[] = [];
  let previous: RawLine | null = null;
  let blanks = 0;
  for (const l of lines) {
    if (l.blank) {
      blanks++;
      continue;
    }
    let breakBefore: BreakKind = 'hard';
    if (previous) {
      if (layout.trailingSpaceBreaks) breakBefore = previous.trailingSpace ? 'hard' : 'wrap';
      else breakBefore = blanks >= (layout.doubleSpaced ? 2 : 1) ? 'hard' : 'line';
    }
    out.push({ line: l.line, text: l.text.trim(), breakBefore, heading: null, bold: false, marker: null });
    previous = l;
    blanks = 0;
  }
  return out;
}

const WORD_END = /[A-Za-z0-9]$/u;
const WORD_START = /^[A-Za-z0-9]/u;

/**
 * Joins a continuation line to the text before it. Japanese has no spaces between words, so the
 * break simply disappears; only two Latin words that met at a real line end keep a space between them
 * (a wrap inside a Latin word must not split it).
 */
export function joinText(before: string, after: string, kind: BreakKind): string {
  const left = before.replace(/\s+$/u, '');
  const right = after.replace(/^\s+/u, '');
  const space = kind !== 'wrap' && WORD_END.test(left) && WORD_START.test(right);
  return left + (space ? ' ' : '') + right;
}

/**
 * How a line that starts no clause joins the clause before it:
 * - `join`: it continues a line the layout wrapped (or an ordinary line end);
 * - `across-break`: a real break fell inside a sentence (a page or line break mid-sentence): joined,
 *   reported for information;
 * - `suspicious`: the text before ends a sentence and a real break follows: maybe a paragraph of its
 *   own that the format cannot hold unnumbered; joined, reported as a warning;
 * - `refuse`: the line holds no letter or digit and follows a real break: stray furniture (`_`, `・`),
 *   left unplaced.
 */
export function judgeJoin(before: string, next: InputLine): 'join' | 'across-break' | 'suspicious' | 'refuse' {
  if (next.breakBefore !== 'hard') return 'join';
  if (!/[\p{L}\p{N}]/u.test(next.text)) return 'refuse';
  return /[。．.！？!?]["」』）)]*\s*$/u.test(before) ? 'suspicious' : 'across-break';
}
