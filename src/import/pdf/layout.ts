/**
 * The reading order of a page from the positions of its text: items on one baseline make a line;
 * a line split by a wide gap is two fragments; a page whose fragments leave a vertical gutter free is
 * read in two columns (the left column top to bottom, then the right), full-width lines (a title, a
 * heading across both columns) cutting the page into bands that are read in turn.
 */
import type { PdfItem, PdfPage } from './load.js';

/** One line of text in reading order. */
export interface PdfLine {
  page: number;
  text: string;
  /** Left and right edges and baseline, in points from the page's top-left corner. */
  x0: number;
  x1: number;
  y: number;
  /** Font size of most of the line's characters. */
  size: number;
  column: 'full' | 'left' | 'right';
  /** Right edge of the text block the line is in (where a line wrapped by the layout ends). */
  right: number;
}

const isSpace = (s: string) => s.trim() === '';

/**
 * Drops the spaces pdf.js adds where the next glyph was drawn further along (or later in the page's
 * content, as Chromium draws some inline boxes): a space item that other items' text mostly covers.
 */
function withoutCoveredSpaces(items: readonly PdfItem[]): PdfItem[] {
  const solid = items.filter((i) => !isSpace(i.text));
  return items.filter((i) => {
    if (!isSpace(i.text)) return true;
    let covered = 0;
    for (const s of solid) {
      if (Math.abs(s.y - i.y) >= 0.5 * Math.min(s.size, i.size)) continue;
      covered += Math.max(0, Math.min(s.x + s.width, i.x + i.width) - Math.max(s.x, i.x));
    }
    return covered < 0.5 * i.width;
  });
}

const CJK = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303F\\uFF00-\\uFFEF]';
const SPACED = new RegExp(`(?<=${CJK}) (?=${CJK})`, 'gu');

/**
 * Takes out the spaces pdf.js puts between the characters of a line stretched to its width (a
 * justified line that could not break, 均等割り付け): when most characters of an item are followed by
 * a single space, the spaces between Japanese characters are spacing, not text.
 */
export function unspaceStretched(text: string): string {
  const gaps = text.match(SPACED)?.length ?? 0;
  const chars = [...text.replace(/ /gu, '')].length;
  return gaps >= 4 && gaps >= 0.6 * (chars - 1) ? text.replace(SPACED, '') : text;
}

/** A run of items on one baseline with no wide gap inside. */
export interface Fragment {
  items: PdfItem[];
  x0: number;
  x1: number;
  y: number;
  size: number;
}

function fragment(items: PdfItem[]): Fragment {
  const x0 = Math.min(...items.map((i) => i.x));
  const x1 = Math.max(...items.map((i) => i.x + i.width));
  const weights = new Map<number, number>();
  for (const i of items) weights.set(Math.round(i.size * 10) / 10, (weights.get(Math.round(i.size * 10) / 10) ?? 0) + i.text.length);
  const size = [...weights].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  return { items, x0, x1, y: Math.max(...items.map((i) => i.y)), size };
}

/** Items grouped by baseline, each baseline split into fragments at gaps wider than 1.5 characters. */
function fragments(items: readonly PdfItem[]): Fragment[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const baselines: PdfItem[][] = [];
  for (const item of sorted) {
    const line = baselines.at(-1);
    const ref = line?.[0];
    if (line && ref && Math.abs(item.y - ref.y) <= 0.4 * Math.min(item.size, ref.size)) line.push(item);
    else baselines.push([item]);
  }
  const out: Fragment[] = [];
  for (const line of baselines) {
    line.sort((a, b) => a.x - b.x);
    let current: PdfItem[] = [];
    let end = Number.NEGATIVE_INFINITY;
    for (const item of line) {
      if (current.length && item.x - end > 1.5 * item.size) {
        out.push(fragment(current));
        current = [];
      }
      current.push(item);
      end = Math.max(end, item.x + item.width);
    }
    if (current.length) out.push(fragment(current));
  }
  return out.filter((f) => f.items.some((i) => !isSpace(i.text)));
}

/** The x of a gutter between two columns, or null when the page is read as one column. */
export function findGutter(frags: readonly Fragment[], width: number): number | null {
  if (frags.length < 8) return null;
  let best: { x: number; crossing: number } | null = null;
  for (let x = width * 0.3; x <= width * 0.7; x += 1) {
    const left = frags.filter((f) => f.x1 <= x);
    const right = frags.filter((f) => f.x0 >= x);
    if (left.length < 4 || right.length < 4) continue;
    // The two sides must stand side by side, not one above the other.
    const beside = right.filter((r) => left.some((l) => Math.abs(l.y - r.y) < 2 * r.size)).length;
    if (beside < 3) continue;
    const crossing = frags.length - left.length - right.length;
    if (crossing > 0.25 * frags.length) continue;
    if (!best || crossing < best.crossing) best = { x, crossing };
  }
  if (!best) return null;
  // The middle of the free stretch around the best x.
  const found = best;
  const free = (x: number) => frags.filter((f) => f.x0 < x && f.x1 > x).length <= found.crossing;
  let a = found.x;
  let b = found.x;
  while (a > 0 && free(a - 1)) a--;
  while (b < width && free(b + 1)) b++;
  return (a + b) / 2;
}

const CJK_CHAR = new RegExp(`^${CJK}$`, 'u');

/**
 * A fragment's text. A space between Japanese characters that spans a whole character's width is the
 * full-width space (　) of the text: PDF writers draw no glyph for it, and pdf.js gives a plain space.
 */
function text(f: Fragment): string {
  let out = '';
  f.items.forEach((item, i) => {
    if (!isSpace(item.text)) {
      out += unspaceStretched(item.text);
      return;
    }
    const before = f.items[i - 1];
    const after = f.items[i + 1];
    const gap = before && after ? after.x - (before.x + before.width) : 0;
    const cjk = CJK_CHAR.test([...out].at(-1) ?? '') && CJK_CHAR.test([...(after?.text ?? '')][0] ?? '');
    out += cjk && gap >= 0.8 * item.size ? '　'.repeat(Math.max(1, Math.round(gap / item.size))) : item.text;
  });
  return out;
}

/** The right edge of a block of lines: where most full lines end. */
function rightEdge(lines: readonly Fragment[]): number {
  const ends = lines.filter((l) => text(l).trim().length >= 5).map((l) => l.x1).sort((a, b) => a - b);
  if (ends.length === 0) return Math.max(0, ...lines.map((l) => l.x1));
  return ends[Math.floor(ends.length * 0.9)] ?? ends[ends.length - 1] ?? 0;
}

/**
 * The lines of a page in reading order.
 * @param page the page's text items
 */
export function readPage(page: PdfPage): PdfLine[] {
  const frags = fragments(withoutCoveredSpaces(page.items));
  const gutter = findGutter(frags, page.width);
  const out: PdfLine[] = [];
  const emit = (list: Fragment[], column: PdfLine['column'], right: number): void => {
    for (const f of list) {
      out.push({ page: page.number, text: text(f), x0: f.x0, x1: f.x1, y: f.y, size: f.size, column, right });
    }
  };
  if (gutter === null) {
    // One column: fragments on one baseline are one line, a wide gap read as a full-width space.
    const merged: Fragment[] = [];
    for (const f of frags) {
      const last = merged.at(-1);
      if (last && Math.abs(last.y - f.y) <= 0.4 * Math.min(last.size, f.size)) {
        last.items.push({ text: '　', x: last.x1, y: last.y, width: 0, size: last.size }, ...f.items);
        last.x1 = Math.max(last.x1, f.x1);
      } else merged.push({ ...f, items: [...f.items] });
    }
    emit(merged, 'full', rightEdge(merged));
    return out;
  }
  const full = frags.filter((f) => f.x0 < gutter && f.x1 > gutter);
  const left = frags.filter((f) => f.x1 <= gutter);
  const right = frags.filter((f) => f.x0 >= gutter);
  const edges = { full: rightEdge(full), left: rightEdge(left), right: rightEdge(right) };
  let bandLeft: Fragment[] = [];
  let bandRight: Fragment[] = [];
  const flush = (): void => {
    emit(bandLeft, 'left', edges.left);
    emit(bandRight, 'right', edges.right);
    bandLeft = [];
    bandRight = [];
  };
  for (const f of frags) {
    if (f.x1 <= gutter) bandLeft.push(f);
    else if (f.x0 >= gutter) bandRight.push(f);
    else {
      flush();
      emit([f], 'full', Math.max(edges.full, f.x1));
    }
  }
  flush();
  return out;
}
