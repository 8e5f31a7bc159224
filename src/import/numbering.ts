/**
 * Labels: which numbering style the input follows (front matter `numbering`), and which labels must
 * be written out at the start of their clause (docs/authoring.md). A label the format cannot hold at
 * its level (law-style `２　`, `一　`, `（ア）` read as iroha) is replaced by the derived one and reported.
 * The compiler's own label readers decide what it can hold, so the two can never disagree.
 */
import { readLabel } from '../compile/labels.js';
import { itemLabel, paragraphLabel, subitemLabel, toHalfwidthDigits, type NumberingStyle } from '../numbers/index.js';
import { levelNamed, type LevelName } from '../ruleset/levels.js';
import { inputLine, type ImportReport } from './report.js';
import type { ImportedClause, ImportedDocument } from './types.js';

/** The numbering styles of 項 and 号 labels (front matter `numbering`). */
export interface Numbering {
  paragraph: NumberingStyle;
  item: NumberingStyle;
}

/** A clause with its position among its siblings. */
interface Positioned {
  clause: ImportedClause;
  position: number;
}

function* clauses(doc: ImportedDocument): Generator<Positioned> {
  const walk = function* (list: readonly ImportedClause[]): Generator<Positioned> {
    for (const [i, clause] of list.entries()) {
      yield { clause, position: i + 1 };
      yield* walk(clause.children);
    }
  };
  for (const b of doc.body) if (b.kind === 'article') yield* walk(b.paragraphs);
  if (doc.suppl) yield* walk(doc.suppl.paragraphs);
}

// Ties go to the authoring defaults (項 fullwidth, 号 mixed).
const PARAGRAPH_STYLES: NumberingStyle[] = ['fullwidth', 'mixed', 'halfwidth'];
const ITEM_STYLES: NumberingStyle[] = ['mixed', 'fullwidth', 'halfwidth'];

function best(labels: ReadonlyArray<{ label: string; n: number }>, styles: NumberingStyle[], write: (n: number, s: NumberingStyle) => string): NumberingStyle {
  let chosen = styles[0] ?? 'fullwidth';
  let most = -1;
  for (const style of styles) {
    const count = labels.filter(({ label, n }) => write(n, style) === label).length;
    if (count > most) {
      most = count;
      chosen = style;
    }
  }
  return chosen;
}

/**
 * The numbering style the document's written labels follow best.
 * @param doc the imported document (labels as written in the input)
 */
export function detectNumbering(doc: ImportedDocument): Numbering {
  const paragraphs: Array<{ label: string; n: number }> = [];
  const items: Array<{ label: string; n: number }> = [];
  for (const { clause, position } of clauses(doc)) {
    if (clause.label === null) continue;
    if (clause.level === 'paragraph' && position > 1) paragraphs.push({ label: clause.label, n: position });
    if (clause.level === 'item') items.push({ label: clause.label, n: position });
  }
  return { paragraph: best(paragraphs, PARAGRAPH_STYLES, paragraphLabel), item: best(items, ITEM_STYLES, itemLabel) };
}

/** Whether two labels differ only in the width of their digits (`（9）` and `（９）`). */
function sameBut(a: string, b: string): boolean {
  return toHalfwidthDigits(a) === toHalfwidthDigits(b);
}

/** The label the compiler derives for a clause at `position`, as it would stand in the text. */
function derived(level: LevelName, position: number, numbering: Numbering): string | null {
  if (level === 'paragraph') return position === 1 ? null : paragraphLabel(position, numbering.paragraph);
  if (level === 'item') return itemLabel(position, numbering.item);
  return `${subitemLabel(position)}　`;
}

/**
 * Decides, for every labelled clause, whether its label is written out; replaces the labels the
 * format cannot hold by derived ones, reporting them (one entry per level, with every replaced label).
 * @param doc the imported document (changed in place)
 * @param numbering the document's numbering style
 * @param report where replaced labels are recorded
 */
export function settleLabels(doc: ImportedDocument, numbering: Numbering, report: ImportReport): void {
  const replaced = new Map<LevelName, Array<{ label: string; line: number }>>();
  const normalised = new Map<LevelName, Array<{ label: string; line: number }>>();
  for (const { clause, position } of clauses(doc)) {
    const label = clause.label;
    if (label !== null) {
      const read = readLabel(clause.level, label + clause.text);
      const own = derived(clause.level, position, numbering);
      if (read && read.written === label && read.value === position) {
        const written = label.trimEnd();
        if (clause.level === 'subitem' || own === null) {
          clause.explicit = label !== own;
        } else if (written === own || sameBut(written, own)) {
          // The style's own label, or one that differs from it only in the width of its digits or a space
          // after it (`（9）` among `（１）`…, `（１） `): the published text's own inconsistency, kept as
          // written for lint to report.
          clause.explicit = label !== own;
        } else {
          // Written in a form no numbering style writes (`(1)`, `2.`, `⑴`): the document's own form,
          // written the style's way so that the labels agree with the numbering.
          const list = normalised.get(clause.level) ?? [];
          list.push({ label, line: clause.line });
          normalised.set(clause.level, list);
          clause.label = null;
          clause.explicit = false;
        }
      } else {
        const list = replaced.get(clause.level) ?? [];
        list.push({ label, line: clause.line });
        replaced.set(clause.level, list);
        clause.label = null;
        clause.explicit = false;
      }
    }
    // Whatever happened to its label: a clause left to the derived label whose text itself starts like a
    // label (`1. で始まる文`) would have that read as its label; writing the derived label in front keeps
    // the text and the numbering as they are.
    const own = clause.explicit ? null : derived(clause.level, position, numbering);
    if (own !== null && readLabel(clause.level, clause.text) !== null) {
      clause.label = own;
      clause.explicit = true;
    }
  }
  for (const [level, list] of normalised) {
    const shown = list.slice(0, 5).map((l) => `「${l.label.trim()}」`).join('');
    const example = derived(level, level === 'paragraph' ? 2 : 1, numbering) ?? '';
    report.leftOut(
      'info',
      'import/label-normalised',
      `${levelNamed(level).ja}の番号 ${shown}${list.length > 5 ? '…' : ''}（${list.length} 個）を規約の表記（${example.trim()} など）にそろえました / labels written in the numbering style`,
      inputLine(list[0]?.line ?? 1),
      list.map((l) => l.label).join(''),
    );
  }
  for (const [level, list] of replaced) {
    const shown = list.slice(0, 5).map((l) => `「${l.label.trim()}」`).join('');
    const example = derived(level, level === 'paragraph' ? 2 : 1, numbering) ?? '';
    report.leftOut(
      'warning',
      'import/label-replaced',
      `${levelNamed(level).ja}の番号 ${shown}${list.length > 5 ? '…' : ''}（${list.length} 個）はこの書式では書けないため、位置から付く番号（${example.trim()} など）にしました / labels replaced by the derived numbering`,
      inputLine(list[0]?.line ?? 1),
      list.map((l) => l.label).join(''),
    );
  }
}
