/**
 * Every clause of a rule set with the name people cite it by (第14条第２項, 第15条第１項第８号イ), in
 * document order: the list that the pages, tooltips and search index share, read from the one walk of
 * the clause tree (src/ruleset/walk.ts).
 */
import { citation } from '../../ruleset/cite.js';
import type { Article, RuleSet } from '../../ruleset/schema.js';
import { clauseIndex, isSentenceClause, type SentenceClause } from '../../ruleset/walk.js';

export type { SentenceClause };

/** One clause with its context. */
export interface ClauseEntry {
  clause: SentenceClause;
  /** The article it belongs to, or null in the 付則. */
  article: Article | null;
  /** 第14条第２項; in the 付則, 付則 or 付則第２項. */
  name: string;
}

/**
 * Lists every paragraph, item and sub-item of a rule set in document order, the 付則 last.
 * @param ruleSet a compiled version
 */
export function listClauses(ruleSet: RuleSet): ClauseEntry[] {
  const out: ClauseEntry[] = [];
  for (const { clause, root } of clauseIndex(ruleSet).all) {
    if (!isSentenceClause(clause)) continue;
    // Named as src/ruleset/cite.ts cites them everywhere else (第１項 left out of a single-paragraph article).
    out.push({ clause, article: root.kind === 'Article' ? root : null, name: citation(ruleSet, clause.id) ?? clause.id });
  }
  return out;
}
