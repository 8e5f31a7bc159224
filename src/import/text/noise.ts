/**
 * Page furniture in extracted text: page numbers (`- 3 -`, `3/12`, a lone number) and running headers
 * or footers (a line that repeats at least three times at page-like intervals). Both are removed and
 * reported with the lines they were on, never silently.
 */
import { inputLine, type ImportReport } from '../report.js';
import { summarizeLines, type Layout, type RawLine } from './lines.js';

const DIGITS = '[0-9０-９]+';
const PAGE_NUMBER = new RegExp(
  [
    `^[-－―—–‐ー]\\s*${DIGITS}\\s*[-－―—–‐ー]$`,
    `^${DIGITS}\\s*[/／]\\s*${DIGITS}$`,
    `^[0-9０-９]{1,4}$`,
    `^(?:page|p\\.)\\s*${DIGITS}(?:\\s*(?:of|/)\\s*${DIGITS})?$`,
    `^${DIGITS}\\s*(?:ページ|頁)$`,
  ].join('|'),
  'iu',
);

/** Whether a line is only a page number. */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** The form a running header keeps from page to page: digits (the page number) and spaces ignored. */
function furnitureKey(text: string): string {
  return text.trim().replace(/[0-9０-９]+/gu, '#').replace(/\s+/gu, ' ');
}

/**
 * Keys of lines repeating ≥3 times with gaps of at least 5 lines that are not wildly uneven (a page
 * holds a roughly constant number of lines; the last page may be short).
 */
function runningKeys(lines: readonly RawLine[], startsClause: (text: string) => boolean): Set<string> {
  const seen = new Map<string, number[]>();
  for (const l of lines) {
    if (l.blank || startsClause(l.text.trim())) continue;
    const key = furnitureKey(l.text);
    if (key.replace(/[#\s]/gu, '').length === 0) continue;
    const list = seen.get(key) ?? [];
    list.push(l.line);
    seen.set(key, list);
  }
  const keys = new Set<string>();
  for (const [key, at] of seen) {
    if (at.length < 3) continue;
    const gaps = at.slice(1).map((line, i) => line - (at[i] ?? 0));
    const inner = gaps.length > 2 ? gaps.slice(0, -1) : gaps;
    const min = Math.min(...inner);
    const max = Math.max(...inner);
    if (min >= 5 && max <= 3 * min) keys.add(key);
  }
  return keys;
}

/**
 * Removes page numbers and running headers/footers.
 * @param lines the text's lines
 * @param layout its layout: a lone number right after a line known to be wrapped continues that line
 * @param startsClause whether a line starts a clause (such a line is never furniture)
 * @param report where each removal is recorded, with the removed text
 */
export function removeNoise(
  lines: readonly RawLine[],
  layout: Layout,
  startsClause: (text: string) => boolean,
  report: ImportReport,
): RawLine[] {
  const running = runningKeys(lines, startsClause);
  const pages: RawLine[] = [];
  const furniture = new Map<string, RawLine[]>();
  const kept: RawLine[] = [];
  let previous: RawLine | null = null;
  for (const l of lines) {
    if (l.blank) {
      kept.push(l);
      continue;
    }
    const wrappedBefore = layout.trailingSpaceBreaks && previous !== null && !previous.trailingSpace;
    if (isPageNumber(l.text) && !wrappedBefore) {
      pages.push(l);
    } else if (running.has(furnitureKey(l.text))) {
      const list = furniture.get(furnitureKey(l.text)) ?? [];
      list.push(l);
      furniture.set(furnitureKey(l.text), list);
    } else {
      kept.push(l);
      previous = l;
    }
  }
  if (pages.length > 0) {
    report.leftOut(
      'info',
      'import/page-number',
      `ページ番号と思われる行を削除しました（${pages.length} 行: ${summarizeLines(pages.map((l) => l.line))}） / removed page numbers`,
      inputLine(pages[0]?.line ?? 1),
      pages.map((l) => l.text).join(''),
    );
  }
  for (const list of furniture.values()) {
    report.leftOut(
      'info',
      'import/running-header',
      `繰り返し現れるヘッダー・フッター「${list[0]?.text.trim() ?? ''}」を削除しました（${list.length} 行: ${summarizeLines(list.map((l) => l.line))}） / removed a running header or footer`,
      inputLine(list[0]?.line ?? 1),
      list.map((l) => l.text).join(''),
    );
  }
  return kept;
}
