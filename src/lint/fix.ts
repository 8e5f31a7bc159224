/**
 * Applies the fixes findings carry (`Diagnostic.fix`) to a source text: what `terms lint --fix` writes
 * and what the language server offers as a quick fix come from the same data.
 */
import type { Diagnostic, TextEdit } from '../diagnostics/index.js';

/** What applying fixes gave: the new text and how many fixes went in. */
export interface FixResult {
  text: string;
  /** Findings whose fix was applied. */
  applied: number;
  /** Findings whose fix overlapped one applied before it (a second run applies them). */
  skipped: number;
}

/**
 * The offset in `text` of a 1-based line and column (clamped to the text).
 * @param lineStarts offsets where each line starts (lineStartsOf)
 */
export function offsetAt(lineStarts: readonly number[], text: string, line: number, column: number): number {
  const start = lineStarts[line - 1];
  if (start === undefined) return text.length;
  return Math.min(start + column - 1, text.length);
}

/** Offsets where each line of `text` starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/**
 * Applies every fix of `diagnostics` that does not overlap another one, all edits of a fix or none.
 * @param source the Markdown text the diagnostics were found in
 * @param diagnostics findings (those without a fix are ignored)
 */
export function applyFixes(source: string, diagnostics: readonly Diagnostic[]): FixResult {
  const starts = lineStartsOf(source);
  const span = (e: TextEdit) => [offsetAt(starts, source, e.line, e.column), offsetAt(starts, source, e.endLine, e.endColumn)] as const;
  const taken: Array<readonly [number, number]> = [];
  const edits: Array<{ from: number; to: number; text: string }> = [];
  let applied = 0;
  let skipped = 0;
  for (const d of diagnostics) {
    if (!d.fix?.length) continue;
    const spans = d.fix.map(span);
    if (spans.some(([a, b]) => taken.some(([x, y]) => a < y && x < b))) {
      skipped++;
      continue;
    }
    spans.forEach((s, i) => {
      taken.push(s);
      edits.push({ from: s[0], to: s[1], text: (d.fix as TextEdit[])[i]?.text ?? '' });
    });
    applied++;
  }
  let text = source;
  for (const e of edits.sort((a, b) => b.from - a.from)) text = text.slice(0, e.from) + e.text + text.slice(e.to);
  return { text, applied, skipped };
}
