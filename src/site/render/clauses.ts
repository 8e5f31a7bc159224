/**
 * Every clause of a rule set with the name people cite it by (第14条第２項, 第15条第１項第８号 イ), in
 * document order: the one walk of the clause tree that the pages, tooltips and search index share.
 */
import { writeNumber } from '../../numbers/index.js';
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
 * The name of a paragraph, item or sub-item: the article's title, then 第N項 (left out when the article
 * has a single paragraph), 第N号 and the sub-item's label.
 * @param head the article's title (第14条) or the 付則's heading
 * @param paragraphCount how many paragraphs the article has
 */
function nameOf(head: string, paragraphCount: number, p: Paragraph, i?: Item, s?: Subitem1): string {
  let name = head;
  if (paragraphCount > 1) name += `第${writeNumber(p.num.value, 'mixed')}項`;
  if (i) name += `第${writeNumber(i.num.value, 'mixed')}号`;
  if (s) name += ` ${s.label ?? writeNumber(s.num.value, 'mixed')}`;
  return name;
}

/**
 * Lists every paragraph, item and sub-item of a rule set in document order, the 付則 last.
 * @param ruleSet a compiled version
 */
export function listClauses(ruleSet: RuleSet): ClauseEntry[] {
  const out: ClauseEntry[] = [];
  const walk = (article: Article | null, head: string, paragraphs: readonly Paragraph[]) => {
    for (const p of paragraphs) {
      out.push({ clause: p, article, name: nameOf(head, paragraphs.length, p) });
      for (const i of p.items) {
        out.push({ clause: i, article, name: nameOf(head, paragraphs.length, p, i) });
        for (const s of i.subitems) out.push({ clause: s, article, name: nameOf(head, paragraphs.length, p, i, s) });
      }
    }
  };
  for (const article of ruleSet.articles) walk(article, article.title, article.paragraphs);
  if (ruleSet.supplProvision) walk(null, ruleSet.supplProvision.label, ruleSet.supplProvision.paragraphs);
  return out;
}
