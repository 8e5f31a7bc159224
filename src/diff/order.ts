/**
 * Clauses that changed places among their siblings. Renumbering after an insertion keeps the order of
 * everything else; a clause that now stands before a sibling it used to follow was moved, which may
 * change what it means (前項, 前各号 read differently), so it is a substantive change.
 */
import type { Alignment } from './align.js';
import type { ClauseIndex, ClauseNode } from './clauses.js';

/**
 * Finds the clauses whose order among their siblings changed: under each pair of aligned parents, the
 * fewest clauses that must be taken out for the rest to keep their old order (the complement of a
 * longest increasing subsequence).
 * @returns the new version's nodes that were reordered
 */
export function reorderedClauses(after: ClauseIndex, alignment: Alignment): Set<ClauseNode> {
  const reordered = new Set<ClauseNode>();
  const groups: ClauseNode[][] = [after.roots, ...after.all.map((n) => n.children)];
  for (const siblings of groups) {
    const stayed: Array<{ node: ClauseNode; at: number }> = [];
    for (const b of siblings) {
      const a = alignment.newToOld.get(b);
      if (!a) continue;
      const sameParent = b.parent === null ? a.parent === null : a.parent !== null && alignment.oldToNew.get(a.parent) === b.parent;
      if (!sameParent) continue;
      const list = a.parent ? a.parent.children : null;
      stayed.push({ node: b, at: list ? list.indexOf(a) : a.path[0] ?? 0 });
    }
    const keep = longestIncreasing(stayed.map((s) => s.at));
    stayed.forEach((s, i) => {
      if (!keep.has(i)) reordered.add(s.node);
    });
  }
  return reordered;
}

/** Indices of one longest strictly increasing subsequence (patience sorting, O(n log n)). */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = [];
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? (tails[lo - 1] as number) : -1;
    tails[lo] = i;
  });
  const keep = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i] as number) keep.add(i);
  return keep;
}
