/**
 * Editorial or substantive: each change of a redline (a run of deletions and insertions between equal
 * text) is named by the first equivalence that makes its two sides equal (whitespace, width, punctuation);
 * a changed number inside a cross-reference that still designates the same clause is renumbering. What is
 * left is wording, and wording, rule data or a move makes the clause's change substantive.
 */
import type { Reference } from '../ruleset/schema.js';
import { differenceKind } from './normalize.js';
import type { ChangeClass, ChangeKind, Segment } from './types.js';

/** One change of a redline with where it stands in each text. */
export interface Hunk {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  oldText: string;
  newText: string;
}

/** Every kind in the order they are listed in a ClauseChange. */
const KIND_ORDER: readonly ChangeKind[] = [
  'numbering',
  'whitespace',
  'width',
  'punctuation',
  'reference-number',
  'wording',
  'rules',
  'moved',
];

const SUBSTANTIVE: ReadonlySet<ChangeKind> = new Set(['wording', 'rules', 'moved']);

/** The changes of a redline, with offsets into the old and the new text. */
export function hunksOf(segments: readonly Segment[]): Hunk[] {
  const hunks: Hunk[] = [];
  let oldAt = 0;
  let newAt = 0;
  let open: Hunk | null = null;
  for (const s of segments) {
    if (s.op === 'equal') {
      open = null;
      oldAt += s.text.length;
      newAt += s.text.length;
      continue;
    }
    if (!open) {
      open = { oldStart: oldAt, oldEnd: oldAt, newStart: newAt, newEnd: newAt, oldText: '', newText: '' };
      hunks.push(open);
    }
    if (s.op === 'delete') {
      oldAt += s.text.length;
      open.oldEnd = oldAt;
      open.oldText += s.text;
    } else {
      newAt += s.text.length;
      open.newEnd = newAt;
      open.newText += s.text;
    }
  }
  return hunks;
}

/** A cross-reference paired across versions, for telling renumbering from rewording. */
export interface ReferencePair {
  old: Reference;
  new: Reference;
  /** Whether both designate the same clause (as aligned), whatever number they write. */
  sameTarget: boolean;
}

/**
 * Names what one sentence's changes consist of.
 * @param segments the sentence's redline
 * @param references paired absolute references of the sentence (offsets into each version's sentence)
 */
export function sentenceKinds(segments: readonly Segment[], references: readonly ReferencePair[]): Set<ChangeKind> {
  const kinds = new Set<ChangeKind>();
  for (const hunk of hunksOf(segments)) {
    const kind = differenceKind(hunk.oldText, hunk.newText);
    if (kind === 'wording' && references.some((pair) => pair.sameTarget && pair.old.kind === 'absolute' && within(hunk, pair))) {
      kinds.add('reference-number');
    } else {
      kinds.add(kind);
    }
  }
  return kinds;
}

function within(hunk: Hunk, pair: ReferencePair): boolean {
  const o = pair.old;
  const n = pair.new;
  return hunk.oldStart >= o.offset && hunk.oldEnd <= o.offset + o.text.length && hunk.newStart >= n.offset && hunk.newEnd <= n.offset + n.text.length;
}

/** The kinds in their fixed order. */
export function orderedKinds(kinds: ReadonlySet<ChangeKind>): ChangeKind[] {
  return KIND_ORDER.filter((k) => kinds.has(k));
}

/** Substantive when any kind is wording, rules or a move; editorial otherwise; null when nothing changed. */
export function classify(kinds: readonly ChangeKind[]): ChangeClass | null {
  if (kinds.length === 0) return null;
  return kinds.some((k) => SUBSTANTIVE.has(k)) ? 'substantive' : 'editorial';
}
