/**
 * The diff of two compiled versions, given a way to split text into words: align their clauses, then say
 * for each what happened to it, with a redline, its rule changes, the cross-references that follow or
 * miss a renumbering, and whether the change is editorial or substantive. Synchronous and free of the
 * dictionary, so the site's compare page runs it in the browser with words recorded at build time;
 * `diffRuleSets` (./diff.ts) runs it with kuromoji.
 */
import type { RuleSet } from '../ruleset/schema.js';
import { alignClauses, type Alignment } from './align.js';
import { classify, orderedKinds, sentenceKinds } from './classify.js';
import { indexClauses, ownText, type ClauseNode } from './clauses.js';
import { reorderedClauses } from './order.js';
import { pairReferences, referenceChanges, type Resolver } from './references.js';
import { redlineChars, redlineTexts, type Segmenter } from './redline.js';
import { compareRules } from './rules.js';
import { DIFF_SCHEMA_ID, type ChangeKind, type ClauseChange, type ReferenceChange, type RuleChange, type Segment, type TermsDiff, type VersionRef } from './types.js';

/** Two versions' clauses aligned, before any word is compared. */
export interface AlignedVersions {
  before: ReturnType<typeof indexClauses>;
  after: ReturnType<typeof indexClauses>;
  alignment: Alignment;
  /** Whether some aligned clause's text changed (only then are words needed). */
  textChanged: boolean;
}

/**
 * Aligns two versions' clauses.
 * @param oldSet the earlier version's rule set
 * @param newSet the later version's rule set
 */
export function alignVersions(oldSet: RuleSet, newSet: RuleSet): AlignedVersions {
  const before = indexClauses(oldSet);
  const after = indexClauses(newSet);
  const alignment = alignClauses(before, after);
  const textChanged = [...alignment.newToOld].some(([b, a]) => ownText(a) !== ownText(b));
  return { before, after, alignment, textChanged };
}

/**
 * Compares two versions of a document.
 * @param oldSet the earlier version's rule set
 * @param newSet the later version's rule set
 * @param segment splits text into words for the redlines (needed only when `textChanged`)
 * @param aligned the versions already aligned (by `alignVersions`), if the caller has them
 */
export function compareVersions(oldSet: RuleSet, newSet: RuleSet, segment: Segmenter | null, aligned = alignVersions(oldSet, newSet)): TermsDiff {
  const { before, after, alignment } = aligned;
  return assemble(oldSet, newSet, before.roots, after.roots, alignment, segment, reorderedClauses(after, alignment));
}

function versionRef(ruleSet: RuleSet): VersionRef {
  const { document, version, effective, title } = ruleSet.meta;
  return { document, version, effective, title };
}

function assemble(
  oldSet: RuleSet,
  newSet: RuleSet,
  oldRoots: ClauseNode[],
  newRoots: ClauseNode[],
  alignment: Alignment,
  segment: Segmenter | null,
  reordered: ReadonlySet<ClauseNode>,
): TermsDiff {
  const byId = (roots: ClauseNode[]): Map<string, ClauseNode> => {
    const map = new Map<string, ClauseNode>();
    const walk = (n: ClauseNode): void => {
      map.set(n.id, n);
      n.children.forEach(walk);
    };
    roots.forEach(walk);
    return map;
  };
  const resolver: Resolver = { oldById: byId(oldRoots), newById: byId(newRoots), alignment };
  const corrections = newSet.meta.changes.map((c) => ({ clause: c.clause, reason: c.reason }));
  const clauses: ClauseChange[] = [];
  const rules: RuleChange[] = [];
  const references: ReferenceChange[] = [];
  const counted: boolean[] = [];
  const articles: TermsDiff['summary']['articles'] = [];

  const describe = (a: ClauseNode | null, b: ClauseNode | null): ClauseChange => {
    const node = (b ?? a) as ClauseNode;
    const ruleChanges = compareRules(a?.rules ?? [], b?.rules ?? [], node.id);
    rules.push(...ruleChanges);
    const kinds = new Set<ChangeKind>();
    let redline: Segment[] = [];
    let status: ClauseChange['status'];
    if (a && b) {
      const pairs = pairReferences(a, b, resolver);
      references.push(...referenceChanges(b, pairs, resolver));
      const parentsCorrespond = a.parent === null ? b.parent === null : alignment.oldToNew.get(a.parent) === b.parent;
      if (!parentsCorrespond || reordered.has(b)) kinds.add('moved');
      if (a.label !== b.label) kinds.add('numbering');
      if (ruleChanges.length) kinds.add('rules');
      if (ownText(a) !== ownText(b) && segment) {
        const sentence = redlineTexts(segment, a.sentence, b.sentence);
        for (const kind of sentenceKinds(sentence, pairs)) kinds.add(kind);
        redline = [...redlineChars(a.label, b.label), ...sentence];
      }
      const moved = kinds.has('moved') || a.path.at(-1) !== b.path.at(-1);
      status = moved ? 'moved' : kinds.size ? 'modified' : 'unchanged';
    } else {
      status = b ? 'added' : 'removed';
      redline = [{ op: b ? 'insert' : 'delete', text: ownText(node) }];
    }
    const listed = orderedKinds(kinds);
    return {
      status,
      level: node.level,
      oldId: a?.id ?? null,
      newId: b?.id ?? null,
      key: node.key,
      oldLabel: a?.display ?? null,
      newLabel: b?.display ?? null,
      renumbered: a !== null && b !== null && a.path.join() !== b.path.join(),
      // A history line is data about the document, never a change of its terms.
      classification: node.level === 'History' ? (status === 'unchanged' ? null : 'editorial') : status === 'added' || status === 'removed' ? 'substantive' : classify(listed),
      redline,
      oldText: a ? ownText(a) : null,
      newText: b ? ownText(b) : null,
      reasons: corrections.filter((c) => c.clause === (b ?? a)?.id).map((c) => c.reason),
      kinds: listed,
    };
  };

  /** Records a clause; a clause added or removed with its parent is part of the parent's change. */
  const record = (a: ClauseNode | null, b: ClauseNode | null): void => {
    const change = describe(a, b);
    clauses.push(change);
    const parent = (b ?? a)?.parent ?? null;
    const withParent =
      parent !== null && (b ? !alignment.newToOld.has(parent) : !alignment.oldToNew.has(parent)) && (a === null || b === null);
    counted.push(!withParent);
  };

  const visitNew = (b: ClauseNode): void => {
    const a = alignment.newToOld.get(b) ?? null;
    record(a, b);
    merge(a?.children ?? [], b.children);
  };
  const visitRemoved = (a: ClauseNode): void => {
    record(a, null);
    merge(a.children, []);
  };
  /**
   * Emits siblings in the new order; a removed clause right after the clause its old predecessor became.
   * `onRoot` hears where each top-level clause's entries start (it is given for the top level only).
   */
  const merge = (olds: readonly ClauseNode[], news: readonly ClauseNode[], onRoot?: (start: number, node: ClauseNode) => void): void => {
    const removedAfter = new Map<ClauseNode | null, ClauseNode[]>();
    let anchor: ClauseNode | null = null;
    for (const a of olds) {
      const b = alignment.oldToNew.get(a);
      if (b && news.includes(b)) anchor = b;
      else if (!b) removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), a]);
    }
    const emit = (visit: (n: ClauseNode) => void, n: ClauseNode): void => {
      const start = clauses.length;
      visit(n);
      onRoot?.(start, n);
    };
    for (const a of removedAfter.get(null) ?? []) emit(visitRemoved, a);
    for (const b of news) {
      emit(visitNew, b);
      for (const a of removedAfter.get(b) ?? []) emit(visitRemoved, a);
    }
  };

  const roots: Array<{ node: ClauseNode; start: number; end: number }> = [];
  merge(oldRoots, newRoots, (start, node) => roots.push({ node, start, end: clauses.length }));
  for (const { node, start, end } of roots) {
    const own = clauses[start] as ClauseChange;
    const subtree = clauses.slice(start, end);
    const lost = lostClauses(node, alignment);
    const contentChanged = own.status === 'modified' || subtree.slice(1).some((c) => c.status !== 'unchanged') || lost;
    const status: ClauseChange['status'] | null =
      own.status === 'added' || own.status === 'removed' ? own.status : contentChanged ? 'modified' : own.status === 'moved' ? 'moved' : null;
    if (!status || node.level === 'Preamble' || node.level === 'History') continue;
    const substantive = lost || subtree.some((c) => c.classification === 'substantive');
    articles.push({
      status,
      classification: substantive ? 'substantive' : 'editorial',
      oldId: own.oldId,
      newId: own.newId,
      label: node.display,
      caption: node.caption,
    });
  }

  const summarized = clauses.filter((_, i) => counted[i]);
  const count = (status: ClauseChange['status']): number => summarized.filter((c) => c.status === status).length;
  return {
    schema: DIFF_SCHEMA_ID,
    from: versionRef(oldSet),
    to: versionRef(newSet),
    clauses,
    rules,
    references,
    corrections,
    summary: {
      added: count('added'),
      removed: count('removed'),
      modified: count('modified'),
      moved: count('moved'),
      editorial: summarized.filter((c) => c.classification === 'editorial').length,
      substantive: summarized.filter((c) => c.classification === 'substantive').length,
      articles,
    },
  };
}

/**
 * Whether an article lost a clause that moved into another article: its old version has a descendant
 * whose counterpart now stands under another article.
 * @param newRoot the article (or 付則) in the new version; a removed one (old version) lost nothing
 */
function lostClauses(newRoot: ClauseNode, alignment: Alignment): boolean {
  const oldRoot = alignment.newToOld.get(newRoot);
  if (!oldRoot) return false;
  const departed = (n: ClauseNode): boolean =>
    n.children.some((c) => {
      let moved = alignment.oldToNew.get(c) ?? null;
      while (moved?.parent) moved = moved.parent;
      return (moved !== null && moved !== newRoot) || departed(c);
    });
  return departed(oldRoot);
}
