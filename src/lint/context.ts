/**
 * What every rule needs to know about one rule set, computed once per lint run and shared by every rule:
 * the clauses by id with their parents (ruleset/walk.ts's index), the sentences in document order, the annotations and references
 * of each clause, the defined terms. Rules read this and the rule set; nothing is re-parsed per rule.
 */
import type { Place } from '../diagnostics/index.js';
import type { Rule } from '../annotation/schema.js';
import { positionOf, rangeOf } from '../compile/text.js';
import type { Article, Clause, Reference, RuleSet } from '../ruleset/schema.js';
import { groupBy } from '../ruleset/group.js';
import { clauseIndex, type SentenceClause } from '../ruleset/walk.js';
import { figuresOf, type Figure } from './text/figures.js';

// The rules name the clauses with a sentence through this module, as they did before the walker existed.
export type { SentenceClause };

/** The shared, read-only view of one rule set. */
export interface LintContext {
  /** The file every finding is reported in (`meta.source`). */
  readonly file: string;
  /** Every clause with a sentence, in document order (the 付則's paragraphs last). */
  readonly sentences: readonly SentenceClause[];
  /** A clause by id (articles, 付則 and everything under them). */
  clause(id: string): Clause | undefined;
  /** Ids of a clause's ancestors, nearest first (`art-15-p1-i8` → `art-15-p1`, `art-15`). */
  ancestors(id: string): string[];
  /** The article a clause is in, or undefined for the 付則. */
  articleOf(id: string): Article | undefined;
  /** The annotations bound to a clause (not to its children). */
  rulesOf(id: string): readonly Rule[];
  /** The references written in a clause's own sentence, in text order. */
  referencesIn(id: string): readonly Reference[];
  /** Terms defined for a clause: document-wide ones and those of its own article (one shared set when the article defines none). */
  termsFor(id: string): ReadonlySet<string>;
  /** The source range of `length` characters at `offset` in a clause's sentence. */
  place(clause: SentenceClause, offset: number, length: number): Place;
  /** The figures of a clause's own sentence (text/figures.ts), found once for every rule that asks. */
  figures(clause: SentenceClause): readonly Figure[];
}

/**
 * Builds the context of one rule set (once per lint run).
 * @param ruleSet the compiled rule set
 */
export function createContext(ruleSet: RuleSet): LintContext {
  const clauses = clauseIndex(ruleSet);
  const articleOf = (id: string): Article | undefined => {
    const root = clauses.get(id)?.root;
    return root?.kind === 'Article' ? root : undefined;
  };
  const rules = groupBy(ruleSet.rules, (r) => r.clause);
  const references = groupBy(ruleSet.references, (r) => r.from);
  const documentTerms = ruleSet.definitions.filter((d) => d.scope === 'document').map((d) => d.term);
  const articleTerms = groupBy(
    ruleSet.definitions.filter((d) => d.scope === 'article'),
    (d) => articleOf(d.clause)?.id ?? d.clause,
  );
  const documentSet: ReadonlySet<string> = new Set(documentTerms);
  const termCache = new Map<string, ReadonlySet<string>>();

  const ancestors = (id: string): string[] => (clauses.get(id)?.path ?? []).map((c) => c.id).reverse();
  const figureCache = new Map<string, readonly Figure[]>();
  const context: LintContext = {
    file: ruleSet.meta.source,
    sentences: clauses.sentences,
    clause: (id) => clauses.get(id)?.clause,
    ancestors,
    articleOf,
    rulesOf: (id) => rules.get(id) ?? [],
    referencesIn: (id) => references.get(id) ?? [],
    termsFor(id) {
      const articleId = articleOf(id)?.id ?? '';
      const own = articleTerms.get(articleId);
      if (!own) return documentSet;
      let terms = termCache.get(articleId);
      if (!terms) {
        terms = new Set([...documentTerms, ...own.map((d) => d.term)]);
        termCache.set(articleId, terms);
      }
      return terms;
    },
    place(clause, offset, length) {
      return rangeOf(positionOf(clause.sentenceMap, offset), positionOf(clause.sentenceMap, offset + length));
    },
    figures(clause) {
      let figures = figureCache.get(clause.id);
      if (!figures) {
        figures = figuresOf(clause, context);
        figureCache.set(clause.id, figures);
      }
      return figures;
    },
  };
  return context;
}
