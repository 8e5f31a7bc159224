/**
 * Page furniture of a PDF, found by position: page numbers and running headers or footers are the
 * first or last lines of a page, in its top or bottom margin; a running one repeats (digits aside) on
 * at least half of the pages. What is removed is reported with its text, never dropped silently.
 */
import { isPageNumber } from '../text/noise.js';
import type { PdfLine } from './layout.js';

/** A line of the document with its number in reading order (what the report points at). */
export interface NumberedLine extends PdfLine {
  line: number;
}

/** The furniture found, and the lines kept. */
export interface Furniture {
  kept: NumberedLine[];
  pageNumbers: NumberedLine[];
  /** Running headers and footers, grouped by their text (digits aside). */
  running: NumberedLine[][];
}

const MARGIN = 0.12;

function key(text: string): string {
  return text.replace(/[0-9０-９]+/gu, '#').replace(/\s+/gu, '');
}

/**
 * Splits page furniture from the text.
 * @param lines every line, in reading order, numbered
 * @param heights each page's height, by page number
 */
export function removeFurniture(lines: readonly NumberedLine[], heights: ReadonlyMap<number, number>): Furniture {
  const byPage = new Map<number, NumberedLine[]>();
  for (const l of lines) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  // Candidates: the two topmost and two bottommost lines of each page, when they stand in its margin.
  const candidates = new Set<NumberedLine>();
  for (const [page, list] of byPage) {
    const height = heights.get(page) ?? 842;
    const byY = [...list].sort((a, b) => a.y - b.y);
    for (const l of [...byY.slice(0, 2), ...byY.slice(-2)]) {
      if (l.y < height * MARGIN || l.y > height * (1 - MARGIN)) candidates.add(l);
    }
  }
  const pages = byPage.size;
  const seen = new Map<string, Set<number>>();
  for (const l of candidates) {
    const k = key(l.text);
    seen.set(k, (seen.get(k) ?? new Set()).add(l.page));
  }
  const pageNumbers: NumberedLine[] = [];
  const running = new Map<string, NumberedLine[]>();
  const kept: NumberedLine[] = [];
  for (const l of lines) {
    if (candidates.has(l) && isPageNumber(l.text)) {
      pageNumbers.push(l);
      continue;
    }
    const k = key(l.text);
    const on = seen.get(k)?.size ?? 0;
    if (candidates.has(l) && pages >= 2 && on >= Math.max(2, Math.ceil(pages / 2))) {
      running.set(k, [...(running.get(k) ?? []), l]);
      continue;
    }
    kept.push(l);
  }
  return { kept, pageNumbers, running: [...running.values()] };
}
