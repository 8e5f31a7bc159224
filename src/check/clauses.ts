/**
 * The clauses of one rule set as the checker cites them: an id (as the site anchors it), a Japanese name
 * (第15条（当社からの利用契約の解約）第１項第８号) and the text to quote to a customer.
 */
import { citation } from '../ruleset/cite.js';
import type { RuleSet } from '../ruleset/schema.js';
import { childrenOf, clauseIndex } from '../ruleset/walk.js';

/** A clause as cited in the checker's output. */
export interface CitedClause {
  /** The cited id: `art-13` (a single-paragraph article), `art-14-p1`, `art-15-p1-i8`. */
  id: string;
  /** How Japanese text names it: 第14条（契約者からの利用契約の解約）第１項. */
  name: string;
  /** The clause's text from the rule set, labels included, clauses separated by `\n`. */
  text: string;
}

/** Every clause of a rule set by id, under both the full id and the cited one (`art-13-p1` and `art-13`). */
export interface ClauseIndex {
  /** The cited clause for an id in either form, or undefined when the rule set has no such clause. */
  get(id: string): CitedClause | undefined;
}

/**
 * Indexes the clauses of a rule set. An article with a single paragraph is cited as the article
 * (第13条, `art-13`): Japanese legal citation never says 第１項 of an article that has no second one, and
 * the spec's examples cite `art-13` and `art-34` for rules bound to their only paragraph.
 * @param ruleSet a compiled rule set
 * @returns the index
 */
export function indexClauses(ruleSet: RuleSet): ClauseIndex {
  const byId = new Map<string, CitedClause>();
  const cite = (node: { id: string; text: string }): CitedClause => ({ id: node.id, name: citation(ruleSet, node.id, { caption: true }) ?? node.id, text: node.text });
  for (const { clause, parent } of clauseIndex(ruleSet).all) {
    // Items keep their full id (`art-15-p1-i8`) even under an article's only paragraph: that is the id
    // the rule set and the site anchor, and `art-15-i8` would point nowhere.
    const whole = clause.kind === 'Paragraph' && parent && childrenOf(parent).length === 1 ? byId.get(parent.id) : undefined;
    byId.set(clause.id, whole ?? cite(clause));
  }
  return { get: (id) => byId.get(id) };
}
