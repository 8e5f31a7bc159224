/**
 * Cross-references across versions. The references of each pair of aligned clauses are paired by their
 * shape (the text with its numbers blanked), so 第15条（…） in the old text pairs with 第16条（…） in the
 * new. Then: a reference that designates the same clause under a new number is `target-renumbered`; a
 * reference written exactly as before that now designates another clause, while the one it designated
 * still exists, is `stale-number` (the author forgot to follow a renumbering).
 */
import type { Reference } from '../ruleset/schema.js';
import type { Alignment } from './align.js';
import type { ReferencePair } from './classify.js';
import type { ClauseNode } from './clauses.js';
import { widthFolded } from './normalize.js';
import type { ReferenceChange } from './types.js';

/** Resolves clause ids of each version to their nodes. */
export interface Resolver {
  oldById: ReadonlyMap<string, ClauseNode>;
  newById: ReadonlyMap<string, ClauseNode>;
  alignment: Alignment;
}

/** 同条, 同項 repeat the reference before them: they follow it, and are judged with it. */
const ANAPHORIC = /^同[条項]/u;

/**
 * Pairs the references of one aligned clause pair.
 * @returns pairs in the new text's order, each telling whether both sides designate the same clause
 */
export function pairReferences(oldClause: ClauseNode, newClause: ClauseNode, resolver: Resolver): ReferencePair[] {
  const pending = new Map<string, Reference[]>();
  for (const ref of oldClause.references) {
    const list = pending.get(shape(ref));
    if (list) list.push(ref);
    else pending.set(shape(ref), [ref]);
  }
  const pairs: ReferencePair[] = [];
  for (const ref of newClause.references) {
    const old = pending.get(shape(ref))?.shift();
    if (old) pairs.push({ old, new: ref, sameTarget: sameTarget(old, ref, resolver) });
  }
  return pairs;
}

/**
 * Reference changes of one aligned clause pair.
 * @param newClause the clause holding the references in the new version
 */
export function referenceChanges(newClause: ClauseNode, pairs: readonly ReferencePair[], resolver: Resolver): ReferenceChange[] {
  const changes: ReferenceChange[] = [];
  for (const pair of pairs) {
    const oldTargets = designated(pair.old, resolver.oldById);
    const newTargets = designated(pair.new, resolver.newById);
    const followed = oldTargets.map((t) => resolver.alignment.oldToNew.get(t));
    const where = `${newClause.display}の「${pair.new.text}」`;
    if (!pair.sameTarget && pair.old.text === pair.new.text && !ANAPHORIC.test(pair.new.text)) {
      const now = followed.filter((t): t is ClauseNode => t !== undefined);
      if (oldTargets.length === 0 || now.length !== oldTargets.length) continue;
      const pointsAt = newTargets.length ? `${cite(newTargets)}を指しています` : 'どの条項も指していません';
      changes.push({
        kind: 'stale-number',
        from: newClause.id,
        text: pair.new.text,
        oldTarget: oldTargets[0]?.id ?? null,
        newTarget: now[0]?.id ?? null,
        message: `${where}は改正前は${cite(oldTargets)}を指していましたが、その条項は改正後は${cite(now)}です。参照が更新されておらず、${pointsAt}。`,
      });
    } else if (pair.sameTarget && pair.new.kind === 'absolute') {
      const renumbered = oldTargets.some((t, i) => followed[i] && t.path.join() !== followed[i]?.path.join());
      if (!renumbered) continue;
      changes.push({
        kind: 'target-renumbered',
        from: newClause.id,
        text: pair.new.text,
        oldTarget: oldTargets[0]?.id ?? null,
        newTarget: newTargets[0]?.id ?? null,
        message: `${where}の参照先は、改正前の${cite(oldTargets)}が番号を変えた${cite(newTargets)}です。`,
      });
    }
  }
  return changes;
}

/** The reference with its numbers blanked, width folded: what stays when only numbers change. */
function shape(ref: Reference): string {
  return widthFolded(ref.text).replace(/[0-9〇一二三四五六七八九十百千]+/gu, '#');
}

function designated(ref: Reference, byId: ReadonlyMap<string, ClauseNode>): ClauseNode[] {
  const ids = ref.target ? [ref.target] : ref.targets;
  return ids.map((id) => byId.get(id)).filter((n): n is ClauseNode => n !== undefined);
}

function sameTarget(old: Reference, ref: Reference, resolver: Resolver): boolean {
  const before = designated(old, resolver.oldById).map((t) => resolver.alignment.oldToNew.get(t));
  const after = designated(ref, resolver.newById);
  return before.length > 0 && before.length === after.length && before.every((t, i) => t === after[i]);
}

/** 第15条第１項, or 第９条第１項から第９条第３項まで for several. */
function cite(nodes: readonly ClauseNode[]): string {
  const first = nodes[0];
  const last = nodes.at(-1);
  if (!first || !last) return '';
  return first === last ? first.display : `${first.display}から${last.display}まで`;
}
