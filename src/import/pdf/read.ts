/**
 * PDF → input lines: pdf.js gives the text with positions (load.ts); lines are put in reading order,
 * two-column pages included (layout.ts); page numbers and running headers and footers are removed by
 * position (furniture.ts); where one line continues another is read from the layout: a line that fills
 * its column to the right edge was wrapped, a shorter one ended its paragraph. Text that has no place
 * in the reading order (rotated, outside the page) is reported with its text.
 */
import { guessCompany } from '../guess.js';
import { inputLine, type ImportReport } from '../report.js';
import { startsClause } from '../structure/classify.js';
import { summarizeLines } from '../text/lines.js';
import type { BreakKind, Guessed, InputLine } from '../types.js';
import { removeFurniture, type NumberedLine } from './furniture.js';
import { readPage } from './layout.js';
import { loadPdf, type PdfPage } from './load.js';

/** What the PDF reader gives the structure pass. */
export interface PdfInput {
  lines: InputLine[];
  title: Guessed | null;
  company: Guessed | null;
}

/** The body text size: the size most characters are set in. */
function bodySize(lines: readonly NumberedLine[]): number {
  const weights = new Map<number, number>();
  for (const l of lines) weights.set(l.size, (weights.get(l.size) ?? 0) + l.text.length);
  return [...weights].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10.5;
}

/**
 * What separates a line from the one before it in reading order: a line that ended short ended its
 * paragraph; one that ran to the right edge of its column was wrapped by the layout, unless the next
 * line starts a clause and either the line before ended a sentence or the next line starts no further
 * right than it (a wrapped line hangs under the text, a new clause starts at the label): then the
 * structure pass decides.
 */
function breakBefore(previous: NumberedLine | null, line: NumberedLine): BreakKind {
  if (!previous) return 'hard';
  const full = previous.x1 >= previous.right - 1.2 * previous.size;
  if (!full) return 'hard';
  if (!startsClause(line.text.trim())) return 'wrap';
  const sentenceEnd = /[。．.！？!?」）)]$/u.test(previous.text.trim());
  const sameColumn = previous.page === line.page && previous.column === line.column;
  return sentenceEnd || (sameColumn && line.x0 <= previous.x0 + 0.5 * line.size) ? 'line' : 'wrap';
}

function reportUnplaced(pages: readonly PdfPage[], report: ImportReport, firstLine: Map<number, number>): void {
  for (const page of pages) {
    const outside = page.items.filter((i) => i.text.trim() !== '' && (i.x + i.width < 0 || i.x > page.width || i.y < 0 || i.y > page.height + i.size));
    const odd = [...page.rotated.filter((i) => i.text.trim() !== ''), ...outside];
    if (odd.length === 0) continue;
    const text = odd.map((i) => i.text).join('');
    report.leftOut(
      'warning',
      'import/unplaced',
      `${page.number} ページの回転した文字・縦書き・ページ外の文字は読み順に置けません: 「${text.slice(0, 40)}${text.length > 40 ? '…' : ''}」 / rotated or vertical text, or text outside the page, could not be placed`,
      inputLine(firstLine.get(page.number) ?? 1),
      text,
    );
  }
}

/**
 * Reads a PDF.
 * @param bytes the file
 * @param path its name, for messages
 * @param report where removed furniture and unplaced text are recorded
 * @throws TermsError (exit 2) for an unreadable or password-protected PDF, or one with no text layer
 */
export async function readPdfInput(bytes: Uint8Array, path: string, report: ImportReport): Promise<PdfInput> {
  const pages = await loadPdf(bytes, path);
  const all: NumberedLine[] = [];
  const firstLine = new Map<number, number>();
  for (const page of pages) {
    // Text outside the page box is reported below, not read.
    const inside = { ...page, items: page.items.filter((i) => !(i.x + i.width < 0 || i.x > page.width || i.y < 0 || i.y > page.height + i.size)) };
    firstLine.set(page.number, all.length + 1);
    for (const l of readPage(inside)) all.push({ ...l, line: all.length + 1 });
  }
  reportUnplaced(pages, report, firstLine);
  const { kept, pageNumbers, running } = removeFurniture(all, new Map(pages.map((p) => [p.number, p.height])));
  if (pageNumbers.length > 0) {
    report.leftOut(
      'info',
      'import/page-number',
      `ページ番号を削除しました（${pageNumbers.length} 行: ${summarizeLines(pageNumbers.map((l) => l.line))}） / removed page numbers`,
      inputLine(pageNumbers[0]?.line ?? 1),
      pageNumbers.map((l) => l.text).join(''),
    );
  }
  for (const list of running) {
    report.leftOut(
      'info',
      'import/running-header',
      `各ページのヘッダー・フッター「${list[0]?.text.trim() ?? ''}」を削除しました（${list.length} ページ） / removed a running header or footer`,
      inputLine(list[0]?.line ?? 1),
      list.map((l) => l.text).join(''),
    );
  }
  const size = bodySize(kept);
  const lines: InputLine[] = [];
  let previous: NumberedLine | null = null;
  for (const l of kept) {
    const text = l.text.trim();
    const heading = l.size >= size * 1.15 && text.length <= 40 && !/[。]$/u.test(text) ? 2 : null;
    lines.push({ line: l.line, text, breakBefore: breakBefore(previous, l), heading, bold: false, marker: null });
    previous = l;
  }
  const furniture = running.flat().map((l) => ({ line: l.line, text: l.text, breakBefore: 'hard' as const, heading: null, bold: false, marker: null }));
  return { lines, title: null, company: guessCompany(lines) ?? guessCompany(furniture) };
}
