/**
 * Reads extracted text: lines (lines.ts), page furniture removed (noise.ts), breaks read from the
 * layout (unwrap.ts). A running header that is also the first line is the document's title.
 */
import type { ImportReport } from '../report.js';
import type { Guessed, InputLine } from '../types.js';
import { startsClause } from '../structure/classify.js';
import { readLayout, splitLines } from './lines.js';
import { isPageNumber, removeNoise } from './noise.js';
import { toInputLines } from './unwrap.js';

/** What the text reader gives the structure pass. */
export interface TextInput {
  lines: InputLine[];
  /** The first line, when it was removed as a running header (the title printed on every page). */
  title: Guessed | null;
}

/**
 * Reads a text input.
 * @param source the extracted text
 * @param report where removed furniture and control characters are recorded
 */
export function readTextInput(source: string, report: ImportReport): TextInput {
  const raw = splitLines(source, report);
  const layout = readLayout(raw);
  const kept = removeNoise(raw, layout, startsClause, report);
  const first = raw.find((l) => !l.blank);
  const firstKept = kept.find((l) => !l.blank);
  const title = first && first !== firstKept && !isPageNumber(first.text) && !startsClause(first.text.trim()) ? { text: first.text.trim(), line: first.line } : null;
  return { lines: toInputLines(kept, layout), title };
}
