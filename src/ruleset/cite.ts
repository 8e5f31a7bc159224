import { writeNumber } from '../numbers/index.js';
import { parseClauseId, SUPPL_ID } from './ids.js';
import type { RuleSet } from './schema.js';
import { clauseIndex } from './walk.js';

/**
 * How Japanese text cites a clause: 第４条第２項, 第15条第１項第８号, 第２条第５号, 付則第２項. As in legal
 * citation, 第１項 is left out for an article (or 付則) that has only one paragraph.
 * @param ruleSet the version the clause belongs to
 * @param id the clause id (`art-4-p2`, `art-15-p1-i8`, `suppl-p2`)
 * @param options `caption`: name the article with its caption, as a reader is told which clause applies
 *   (第15条（当社からの利用契約の解約）第１項第８号)
 * @returns the citation, or null when the version has no such clause
 */
export function citation(ruleSet: RuleSet, id: string, options: { caption?: boolean } = {}): string | null {
  const path = parseClauseId(id);
  if (!path) return null;
  // The article by id from the shared index (ruleset/walk.ts), not a search of the articles per citation.
  const parent = path.root === SUPPL_ID ? ruleSet.supplProvision : clauseIndex(ruleSet).get(path.root)?.root;
  if (!parent) return null;
  const head = parent.kind === 'Article' ? parent.title + (options.caption ? (parent.caption?.written ?? '') : '') : parent.label;
  if (path.paragraph === null) return head;
  const paragraph = parent.paragraphs[path.paragraph - 1];
  if (!paragraph) return null;
  let cite = head + (parent.paragraphs.length > 1 ? `第${writeNumber(paragraph.num.value, 'mixed')}項` : '');
  if (path.item === null) return cite;
  const item = paragraph.items[path.item - 1];
  if (!item) return null;
  cite += `第${writeNumber(item.num.value, 'mixed')}号`;
  if (path.subitem === null) return cite;
  const subitem = item.subitems[path.subitem - 1];
  return subitem ? cite + subitem.num.written : null;
}
