/**
 * Every clause of a rule set with the name people cite it by (第14条第２項, 第15条第１項第８号イ), in
 * document order: the one walk of the clause tree that the pages, tooltips and search index share.
 */
import { citation } from '../../ruleset/cite.js';
import type { Article, Item, Paragraph, RuleSet, Subitem1 } from '../../ruleset/schema.js';

/** A clause that has a sentence of its own (項, 号 or 号の細分). */
export type SentenceClause = Paragraph | Item | Subitem1;

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
  // Named as src/ruleset/cite.ts cites them everywhere else (第１項 left out of a single-paragraph article).
  const add = (clause: SentenceClause, article: Article | null) => out.push({ clause, article, name: citation(ruleSet, clause.id) ?? clause.id });
  const walk = (article: Article | null, paragraphs: readonly Paragraph[]) => {
    for (const p of paragraphs) {
      add(p, article);
      for (const i of p.items) {
        add(i, article);
        for (const s of i.subitems) add(s, article);
      }
    }
  };
  for (const article of ruleSet.articles) walk(article, article.paragraphs);
  if (ruleSet.supplProvision) walk(null, ruleSet.supplProvision.paragraphs);
  return out;
}
