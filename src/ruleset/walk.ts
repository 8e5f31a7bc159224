/**
 * The one walk of a clause tree (article → 項 → 号 → 号の細分, then the 附則 the same way) and the one
 * index of its clauses by id. Lint, diff, the checker and the compiler's late passes read clauses through
 * these instead of nesting their own loops over `paragraphs`, `items` and `subitems`.
 */
import { LEVELS, type ClauseLevel } from './levels.js';
import type { Article, Clause, Item, Paragraph, RuleSet, Subitem1, SupplProvision } from './schema.js';

/** What a walk reads: a document's articles and its 附則. A rule set is one, and so is the compiler's tree. */
export type ClauseTree = Pick<RuleSet, 'articles' | 'supplProvision'>;

/** A clause at the top: an article or the 附則. */
export type RootClause = Article | SupplProvision;

/** A clause that has a sentence of its own: a 項, 号 or 号の細分 (of an article or of the 附則). */
export type SentenceClause = Paragraph | Item | Subitem1;

/** A clause that may hold others: everything but a 号の細分. */
export type ParentClause = RootClause | Paragraph | Item;

/** One clause met on a walk, with where it stands. */
export interface WalkedClause {
  clause: Clause;
  /** The clause's id (`art-15-p1-i8`), as `clause.id`. */
  id: string;
  /** Its level below the article (levels.ts: 項, 号, 号の細分), or null for an article or the 附則. */
  level: ClauseLevel | null;
  /** The clause it lies directly in, or null for an article or the 附則. */
  parent: ParentClause | null;
  /** The clauses it lies in, outermost first: [article, 項, 号] for a 号の細分; empty for an article. */
  path: readonly ParentClause[];
  /** The article or 附則 it lies in (itself for one of those). */
  root: RootClause;
  /**
   * Its place among its parent's children, from 0; an article's among the articles. The 附則 stands after
   * the articles, not among them: its index is -1.
   */
  index: number;
}

/**
 * The clauses directly under a clause: an article's or the 附則's 項, a 項's 号, a 号's 号の細分.
 * @param clause any clause
 * @returns its children in order (none under a 号の細分)
 */
export function childrenOf(clause: Clause): readonly SentenceClause[] {
  switch (clause.kind) {
    case 'Article':
    case 'SupplProvision':
      return clause.paragraphs;
    case 'Paragraph':
      return clause.items;
    case 'Item':
      return clause.subitems;
    case 'Subitem1':
      return [];
  }
}

/** Whether a clause has a sentence of its own (is a 項, 号 or 号の細分). */
export function isSentenceClause(clause: Clause): clause is SentenceClause {
  return clause.kind === 'Paragraph' || clause.kind === 'Item' || clause.kind === 'Subitem1';
}

/**
 * Every clause of a document in document order: each article followed by everything in it (a 項, then its
 * 号, each followed by its 号の細分), then the 附則 the same way.
 * @param tree a rule set, or the compiler's articles and 附則
 */
export function* walkClauses(tree: ClauseTree): Generator<WalkedClause, void, undefined> {
  const { articles, supplProvision } = tree;
  for (let i = 0; i < articles.length; i++) yield* walkFrom(articles[i] as Article, i);
  if (supplProvision) yield* walkFrom(supplProvision, -1);
}

function* walkFrom(root: RootClause, index: number): Generator<WalkedClause, void, undefined> {
  yield { clause: root, id: root.id, level: null, parent: null, path: [], root, index };
  yield* walkBelow(root, [root], root, 0);
}

function* walkBelow(parent: ParentClause, path: readonly ParentClause[], root: RootClause, depth: number): Generator<WalkedClause, void, undefined> {
  const level = LEVELS[depth];
  if (!level) return;
  const children = childrenOf(parent);
  for (let i = 0; i < children.length; i++) {
    const clause = children[i] as SentenceClause;
    yield { clause, id: clause.id, level, parent, path, root, index: i };
    if (clause.kind !== 'Subitem1') yield* walkBelow(clause, [...path, clause], root, depth + 1);
  }
}

/** Every clause of one document, walked once: in order, and by id. */
export interface ClauseIndex {
  /** Every clause in document order (as `walkClauses` yields them). */
  readonly all: readonly WalkedClause[];
  /** The 項, 号 and 号の細分 in document order (the 附則's last). */
  readonly sentences: readonly SentenceClause[];
  /**
   * A clause by id.
   * @returns the clause where it stands, or undefined when the document has no clause with that id (when
   * two share an id, which only a document with errors has, the first)
   */
  get(id: string): WalkedClause | undefined;
}

const indexes = new WeakMap<ClauseTree, ClauseIndex>();

/**
 * The index of a document's clauses, built on the first call for an object and kept for the next ones, so
 * that every reader of one rule set shares one walk. A compiled rule set is never changed afterwards;
 * the compiler, which still changes its tree, walks with `walkClauses` instead.
 * @param tree a compiled rule set (or any tree that no longer changes)
 */
export function clauseIndex(tree: ClauseTree): ClauseIndex {
  let index = indexes.get(tree);
  if (!index) {
    index = buildIndex(tree);
    indexes.set(tree, index);
  }
  return index;
}

function buildIndex(tree: ClauseTree): ClauseIndex {
  const all: WalkedClause[] = [];
  const sentences: SentenceClause[] = [];
  const byId = new Map<string, WalkedClause>();
  for (const walked of walkClauses(tree)) {
    all.push(walked);
    if (isSentenceClause(walked.clause)) sentences.push(walked.clause);
    if (!byId.has(walked.id)) byId.set(walked.id, walked);
  }
  return { all, sentences, get: (id) => byId.get(id) };
}
