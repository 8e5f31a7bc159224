/**
 * Which level a labelled line belongs to. Each level of an article (項, 号, 号の細分) is numbered by one
 * family of labels (`２．`, `（１）`, `イ`, a Markdown list …); the first family met at a depth becomes that
 * depth's. A label continues its family's level when it is the next number, or opens the next level
 * down when it is the first (1). Weak labels (`２　`, `一　`) count only where expected; strong ones
 * that break the sequence are placed anyway, as the next number, and the gap or restart reported.
 */
import { LEVELS } from '../../ruleset/levels.js';
import type { LabelCandidate } from './classify.js';

/** One open level: its family (null for an unnumbered first paragraph) and how many clauses it has. */
export interface Level {
  family: string | null;
  count: number;
}

/** Where a label goes: the level (0 項, 1 号, 2 号の細分) and position it takes. */
export interface Placement {
  level: number;
  position: number;
  candidate: LabelCandidate;
  /** The written number does not match the position: `gap` (skipped or repeated), `restart` (1 again). */
  mismatch: 'gap' | 'restart' | null;
}

/** The deepest level the format has (号の細分). */
const DEEPEST = LEVELS.length - 1;

/** Families that can number 項 (paragraphs): `２．`, law-style `２　`, a Markdown ordered list. */
function numbersParagraphs(family: string): boolean {
  return family === 'dot-number' || family === 'bare-number' || family.startsWith('md-ordered');
}

function continuing(levels: readonly Level[], c: LabelCandidate): Placement | null {
  const i = levels.findIndex((l) => l.family === c.family);
  const position = (levels[i]?.count ?? 0) + 1;
  return i >= 0 && (c.value === null || c.value === position) ? { level: i, position, candidate: c, mismatch: null } : null;
}

function opening(levels: readonly Level[], c: LabelCandidate): Placement | null {
  if (levels.some((l) => l.family === c.family)) return null;
  const value = c.value ?? 1;
  const first = levels[0];
  // A bare number (`２　`) is a label only as the next 項 of an article whose first 項 is unnumbered:
  // anywhere else it is more likely a number that a wrapped line starts with (`1 年間`).
  const bare = c.family === 'bare-number';
  if (!first || first.count === 0) return value === 1 && !bare ? { level: 0, position: 1, candidate: c, mismatch: null } : null;
  const depth = levels.length;
  if (value === 1 && depth <= DEEPEST && !bare) return { level: depth, position: 1, candidate: c, mismatch: null };
  if (first.family === null && value === first.count + 1 && numbersParagraphs(c.family)) {
    return { level: 0, position: value, candidate: c, mismatch: null };
  }
  return null;
}

function forced(levels: readonly Level[], c: LabelCandidate): Placement | null {
  if (!c.strong || c.value === null) return null;
  const mismatch = c.value === 1 ? 'restart' : 'gap';
  const i = levels.findIndex((l) => l.family === c.family);
  if (i >= 0) return { level: i, position: (levels[i]?.count ?? 0) + 1, candidate: c, mismatch };
  const first = levels[0];
  if (!first || first.count === 0) return { level: 0, position: 1, candidate: c, mismatch: 'gap' };
  const depth = levels.length;
  return depth <= DEEPEST ? { level: depth, position: 1, candidate: c, mismatch: 'gap' } : null;
}

/**
 * Places a labelled line, or returns null when none of its readings fits (the line then continues
 * the clause before it).
 * @param levels the open levels of the current article, outermost first (not changed)
 * @param candidates the line's label readings, most likely first
 */
export function placeLabel(levels: readonly Level[], candidates: readonly LabelCandidate[]): Placement | null {
  // A reading that continues an open level wins over one that opens a level: イ after ア is the
  // second gojūon label, not the first iroha one.
  for (const read of [continuing, opening, forced]) {
    for (const c of candidates) {
      const p = read(levels, c);
      if (p) return p;
    }
  }
  return null;
}

/**
 * The levels after a placement: deeper levels are closed, the placed level counts one more.
 * @param levels the open levels before
 * @param placement where the label went
 */
export function advance(levels: readonly Level[], placement: Placement): Level[] {
  const next = levels.slice(0, placement.level).map((l) => ({ ...l }));
  next.push({ family: placement.candidate.family, count: placement.position });
  return next;
}
