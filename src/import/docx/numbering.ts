/**
 * Word's automatic numbering, computed as Word shows it: the list definitions of word/numbering.xml
 * (levels with start, format, level text, restart) and the numbering a paragraph takes from its own
 * properties or its style. mammoth reads only whether a paragraph is in a list; the numbers a reader
 * sees (第１条, （１）, ２．) are computed here, in document order.
 */
import { formatCounter, knownFormat } from './formats.js';
import { wAttr, wChild, wChildren, wVal } from './xml.js';

/** One level of a list definition (`w:lvl`). */
export interface ListLevel {
  start: number;
  numFmt: string;
  /** `%1．`, `第%1条`, `（%2）`: the level text, `%n` standing for level n's counter. */
  text: string;
  /** Restart after this level (1-based) is used; 0 never; null after any higher level (the default). */
  restart: number | null;
  /** Show every level's counter in decimal (`w:isLgl`). */
  legal: boolean;
  /** What follows the number: a tab, a space or nothing. */
  suffix: 'tab' | 'space' | 'nothing';
}

/** The numbering definitions of a document. */
export interface NumberingDefinitions {
  /** abstractNumId → levels by ilvl. */
  abstract: Map<string, Map<number, ListLevel>>;
  /** numId → its abstract list, start overrides and whole-level overrides by ilvl. */
  nums: Map<string, NumInstance>;
  /** A numbering style (`w:numStyleLink`) → the numId its style carries. */
  styleLinks: Map<string, string>;
  /** abstractNumId → the numbering style it links to, when it is only a link. */
  linkOf: Map<string, string>;
}

/** A list instance (`w:num`): its definition and overrides. */
export interface NumInstance {
  abstractId: string;
  starts: Map<number, number>;
  levels: Map<number, ListLevel>;
}

/** A paragraph style's numbering and what it is based on. */
export interface StyleInfo {
  name: string | null;
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

function readLevel(lvl: Element): ListLevel {
  const restart = wVal(lvl, 'lvlRestart');
  const suffix = wVal(lvl, 'suff');
  return {
    start: Number(wVal(lvl, 'start') ?? '0') || 0,
    numFmt: wVal(lvl, 'numFmt') ?? 'decimal',
    text: wVal(lvl, 'lvlText') ?? '',
    restart: restart === null ? null : Number(restart),
    legal: wChild(lvl, 'isLgl') !== null && wAttr(wChild(lvl, 'isLgl'), 'val') !== '0' && wAttr(wChild(lvl, 'isLgl'), 'val') !== 'false',
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
  };
}

/**
 * Reads word/numbering.xml (absent: no lists) and the numbering styles of word/styles.xml.
 * @param numbering the parsed numbering part, or null
 * @param styles the document's styles
 */
export function readNumbering(numbering: Document | null, styles: Map<string, StyleInfo>): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstract: new Map(), nums: new Map(), styleLinks: new Map(), linkOf: new Map() };
  for (const [id, s] of styles) if (s.numId !== null) defs.styleLinks.set(id, s.numId);
  const root = numbering?.documentElement;
  if (!root) return defs;
  for (const a of wChildren(root, 'abstractNum')) {
    const id = wAttr(a, 'abstractNumId') ?? '';
    const levels = new Map<number, ListLevel>();
    for (const lvl of wChildren(a, 'lvl')) levels.set(Number(wAttr(lvl, 'ilvl') ?? '0'), readLevel(lvl));
    defs.abstract.set(id, levels);
    const link = wVal(a, 'numStyleLink');
    if (link !== null) defs.linkOf.set(id, link);
  }
  for (const n of wChildren(root, 'num')) {
    const starts = new Map<number, number>();
    const levels = new Map<number, ListLevel>();
    for (const o of wChildren(n, 'lvlOverride')) {
      const ilvl = Number(wAttr(o, 'ilvl') ?? '0');
      const start = wVal(o, 'startOverride');
      if (start !== null) starts.set(ilvl, Number(start));
      const lvl = wChild(o, 'lvl');
      if (lvl) levels.set(ilvl, readLevel(lvl));
    }
    defs.nums.set(wAttr(n, 'numId') ?? '', { abstractId: wVal(n, 'abstractNumId') ?? '', starts, levels });
  }
  return defs;
}

/**
 * Reads the paragraph styles of word/styles.xml: names (for headings), basedOn and numbering.
 * @param styles the parsed styles part, or null
 */
export function readStyles(styles: Document | null): Map<string, StyleInfo> {
  const out = new Map<string, StyleInfo>();
  const root = styles?.documentElement;
  if (!root) return out;
  for (const s of wChildren(root, 'style')) {
    const id = wAttr(s, 'styleId');
    if (id === null) continue;
    const numPr = wChild(wChild(s, 'pPr'), 'numPr');
    const ilvl = wVal(numPr, 'ilvl');
    out.set(id, {
      name: wVal(s, 'name'),
      basedOn: wVal(s, 'basedOn'),
      numId: wVal(numPr, 'numId'),
      ilvl: ilvl === null ? null : Number(ilvl),
    });
  }
  return out;
}

/** The list a paragraph is in: its numId and level, from its own properties or its style chain. */
export function paragraphList(pPr: Element | null, styles: Map<string, StyleInfo>): { numId: string; ilvl: number } | null {
  const numPr = wChild(pPr, 'numPr');
  let numId = wVal(numPr, 'numId');
  let ilvl: number | null = wVal(numPr, 'ilvl') === null ? null : Number(wVal(numPr, 'ilvl'));
  let styleId = wVal(pPr, 'pStyle');
  const seen = new Set<string>();
  while ((numId === null || ilvl === null) && styleId !== null && !seen.has(styleId)) {
    seen.add(styleId);
    const style = styles.get(styleId);
    if (!style) break;
    numId ??= style.numId;
    if (ilvl === null && style.ilvl !== null) ilvl = style.ilvl;
    styleId = style.basedOn;
  }
  // numId 0 switches numbering off (a style's list removed from one paragraph).
  if (numId === null || numId === '0') return null;
  return { numId, ilvl: ilvl ?? 0 };
}

/** The number Word shows for one paragraph: its text and what follows it. */
export interface ShownNumber {
  text: string;
  suffix: ListLevel['suffix'];
  /** The level's format, when this reader does not know it (written in decimal). */
  unknownFormat: string | null;
}

/**
 * Counts list paragraphs in document order, as Word does: lists sharing a definition continue each
 * other; a start override restarts a level where its list is first used; a level restarts after a
 * higher level is used.
 */
export class ListCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  /** @param defs the document's numbering definitions */
  constructor(private readonly defs: NumberingDefinitions) {}

  /** The list definition behind `numId`, following numbering-style links. */
  private resolve(numId: string): { abstractId: string; num: NumInstance } | null {
    const seen = new Set<string>();
    let id: string | undefined = numId;
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const num = this.defs.nums.get(id);
      if (!num) return null;
      const link = this.defs.linkOf.get(num.abstractId);
      if (link === undefined) return { abstractId: num.abstractId, num };
      id = this.defs.styleLinks.get(link);
    }
    return null;
  }

  /**
   * The number of the next paragraph of list `numId` at level `ilvl`, or null when the list or level is
   * not defined (Word shows no number then).
   */
  next(numId: string, ilvl: number): ShownNumber | null {
    const found = this.resolve(numId);
    if (!found) return null;
    const { abstractId } = found;
    const own = this.defs.nums.get(numId);
    const levels = this.defs.abstract.get(abstractId) ?? new Map<number, ListLevel>();
    const levelOf = (i: number): ListLevel | undefined => own?.levels.get(i) ?? found.num.levels.get(i) ?? levels.get(i);
    const level = levelOf(ilvl);
    if (!level) return null;
    const startOf = (i: number): number => own?.starts.get(i) ?? levelOf(i)?.start ?? 1;
    let counters = this.counters.get(abstractId);
    if (!counters) {
      counters = Array.from({ length: 9 }, (_, i) => startOf(i) - 1);
      this.counters.set(abstractId, counters);
    }
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [i, start] of own?.starts ?? []) counters[i] = start - 1;
    }
    counters[ilvl] = (counters[ilvl] ?? 0) + 1;
    for (let i = ilvl + 1; i < 9; i++) {
      const restart = levelOf(i)?.restart ?? null;
      // lvlRestart n: restart after level n (1-based) is used; 0: never.
      if (restart === 0 || (restart !== null && restart - 1 < ilvl)) continue;
      counters[i] = startOf(i) - 1;
    }
    if (level.numFmt === 'bullet') return { text: level.text, suffix: level.suffix, unknownFormat: null };
    const text = level.text.replace(/%([1-9])/gu, (_, d: string) => {
      const i = Number(d) - 1;
      return formatCounter(counters[i] ?? 0, level.legal ? 'decimal' : (levelOf(i)?.numFmt ?? 'decimal'));
    });
    return { text, suffix: level.suffix, unknownFormat: knownFormat(level.numFmt) ? null : level.numFmt };
  }
}
