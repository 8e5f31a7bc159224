/**
 * The clauses of one rule set as the checker cites them: an id (as the site anchors it), a Japanese name
 * (第15条（当社からの利用契約の解約）第１項第８号) and the text to quote to a customer.
 */
import type { Article, Paragraph, RuleSet, Subitem1 } from '../ruleset/schema.js';

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

const FULLWIDTH_DIGITS = '０１２３４５６７８９';
const fullwidth = (n: number): string => String(n).replace(/\d/gu, (d) => FULLWIDTH_DIGITS[Number(d)] ?? d);

/**
 * Indexes the clauses of a rule set. An article with a single paragraph is cited as the article
 * (第13条, `art-13`): Japanese legal citation never says 第１項 of an article that has no second one, and
 * the spec's examples cite `art-13` and `art-34` for rules bound to their only paragraph.
 * @param ruleSet a compiled rule set
 * @returns the index
 */
export function indexClauses(ruleSet: RuleSet): ClauseIndex {
  const byId = new Map<string, CitedClause>();
  for (const article of ruleSet.articles) indexArticle(article, byId);
  const suppl = ruleSet.supplProvision;
  if (suppl) {
    const cited: CitedClause = { id: suppl.id, name: suppl.label, text: suppl.text };
    byId.set(suppl.id, cited);
    const single = suppl.paragraphs.length === 1;
    for (const paragraph of suppl.paragraphs) indexParagraph(paragraph, suppl.label, single, byId, single ? cited : undefined);
  }
  return { get: (id) => byId.get(id) };
}

function indexArticle(article: Article, byId: Map<string, CitedClause>): void {
  const name = `${article.title}${article.caption?.written ?? ''}`;
  const cited: CitedClause = { id: article.id, name, text: article.text };
  byId.set(article.id, cited);
  const single = article.paragraphs.length === 1;
  for (const paragraph of article.paragraphs) indexParagraph(paragraph, name, single, byId, single ? cited : undefined);
}

function indexParagraph(
  paragraph: Paragraph,
  parentName: string,
  single: boolean,
  byId: Map<string, CitedClause>,
  article?: CitedClause,
): void {
  const name = single ? parentName : `${parentName}第${fullwidth(paragraph.num.value)}項`;
  byId.set(paragraph.id, article ?? { id: paragraph.id, name, text: paragraph.text });
  // Items keep their full id (`art-15-p1-i8`) even under an article's only paragraph: that is the id the
  // rule set and the site anchor, and `art-15-i8` would point nowhere.
  for (const item of paragraph.items) {
    const itemName = `${name}第${fullwidth(item.num.value)}号`;
    byId.set(item.id, { id: item.id, name: itemName, text: item.text });
    for (const sub of item.subitems) indexSubitem(sub, itemName, byId);
  }
}

function indexSubitem(sub: Subitem1, parentName: string, byId: Map<string, CitedClause>): void {
  byId.set(sub.id, { id: sub.id, name: `${parentName}${sub.label ?? ''}`, text: sub.text });
}
