/**
 * A rule set's clauses as one tree of uniform nodes (article, 項, 号, 号の細分, 付則), each with the parts
 * the diff compares: its own label and sentence, its place, its references and rules.
 */
import type { Rule } from '../annotation/schema.js';
import { writeNumber } from '../numbers/index.js';
import type { Article, Item, Paragraph, Reference, RuleSet, Subitem1 } from '../ruleset/schema.js';
import type { ClauseChange } from './types.js';
import { groupBy } from '../ruleset/group.js';

/** One clause of one version. */
export interface ClauseNode {
  level: ClauseChange['level'];
  id: string;
  key: string;
  /** Whether the key was chosen by the author (survives renumbering) rather than derived from the position. */
  explicitKey: boolean;
  parent: ClauseNode | null;
  children: ClauseNode[];
  /** Numbers from the top: [article, 項, 号, 細分] (`3.02` for 第３条の２); the 付則 is [Infinity]. */
  path: number[];
  /** The label as written (`２．`, `（１）`, 第14条, 付則), '' for an unnumbered first paragraph. */
  label: string;
  /** The own text after the label: the sentence (an article's caption as written). */
  sentence: string;
  /** The number as people cite it: 第14条第２項, 付則第１項. */
  display: string;
  /** An article's caption (without brackets), else null. */
  caption: string | null;
  /** Text compared for similarity: the sentence and every sub-clause's, without labels. */
  content: string;
  /** References written in this clause's sentence (offsets into `sentence`). */
  references: Reference[];
  /** Rules bound to this clause. */
  rules: Rule[];
}

/** The clauses of one version: the top level (articles, then the 付則) and every node in document order. */
export interface ClauseIndex {
  roots: ClauseNode[];
  all: ClauseNode[];
}

type Sub = Paragraph | Item | Subitem1;

/**
 * Builds the clause tree of a rule set.
 * @param ruleSet a compiled version
 */
export function indexClauses(ruleSet: RuleSet): ClauseIndex {
  const all: ClauseNode[] = [];
  const refsByClause = groupBy(ruleSet.references, (r) => r.from);
  const rulesByClause = groupBy(ruleSet.rules, (r) => r.clause);

  const node = (fields: Omit<ClauseNode, 'children' | 'references' | 'rules' | 'content'>, content: string): ClauseNode => {
    const n: ClauseNode = {
      ...fields,
      children: [],
      content,
      references: refsByClause.get(fields.id) ?? [],
      rules: rulesByClause.get(fields.id) ?? [],
    };
    all.push(n);
    return n;
  };

  const sub = (clause: Sub, parent: ClauseNode, citePrefix: string): ClauseNode => {
    const level = clause.kind;
    const n = clause.num.value;
    const ownText = clause.text.split('\n')[0] ?? '';
    const marker = level === 'Paragraph' ? 'p' : level === 'Item' ? 'i' : 's';
    const display =
      level === 'Paragraph' ? `${citePrefix}第${writeNumber(n, 'mixed')}項` :
      level === 'Item' ? `${citePrefix}第${writeNumber(n, 'mixed')}号` :
      `${citePrefix}${clause.num.written}`;
    const result = node(
      {
        level,
        id: clause.id,
        key: clause.key,
        explicitKey: clause.key !== `${parent.key}.${marker}${n}`,
        parent,
        path: [...parent.path, n],
        label: ownText.slice(0, ownText.length - clause.sentence.length),
        sentence: clause.sentence,
        display,
        caption: null,
      },
      contentOf(clause),
    );
    result.children = subClauses(clause).map((c) => sub(c, result, display));
    return result;
  };

  const preamble = ruleSet.preamble;
  const pre = preamble ? whole(node, 'Preamble', preamble.id, '前文', preamble.text, Number.NEGATIVE_INFINITY) : null;
  const roots: ClauseNode[] = ruleSet.articles.map((article: Article) => {
    const n = node(
      {
        level: 'Article',
        id: article.id,
        key: article.key,
        explicitKey: article.key !== article.id,
        parent: null,
        path: [article.num.value + (article.num.branch ?? 0) / 100],
        label: article.title,
        sentence: article.caption?.written ?? '',
        display: article.title,
        caption: article.caption?.text ?? null,
      },
      [article.caption?.text ?? '', ...article.paragraphs.map(contentOf)].join('\n'),
    );
    n.children = article.paragraphs.map((p) => sub(p, n, article.title));
    return n;
  });
  const suppl = ruleSet.supplProvision;
  if (suppl) {
    const n = node(
      {
        level: 'SupplProvision',
        id: suppl.id,
        key: suppl.key,
        explicitKey: true,
        parent: null,
        path: [Number.POSITIVE_INFINITY],
        label: suppl.label,
        sentence: '',
        display: suppl.label,
        caption: null,
      },
      suppl.paragraphs.map(contentOf).join('\n'),
    );
    n.children = suppl.paragraphs.map((p) => sub(p, n, suppl.label));
    roots.push(n);
  }
  // The 前文 and the history are rows of their own: compared as one text each, never as an article.
  if (pre) roots.unshift(pre);
  const history = ruleSet.history;
  if (history) roots.push(whole(node, 'History', history.id, history.heading ?? '制定・改定の履歴', history.text, Number.MAX_VALUE));
  return { roots, all };
}

/** A part of the document compared as one text: the 前文 or the history. */
function whole(
  node: (fields: Omit<ClauseNode, 'children' | 'references' | 'rules' | 'content'>, content: string) => ClauseNode,
  level: 'Preamble' | 'History',
  id: string,
  display: string,
  text: string,
  at: number,
): ClauseNode {
  // One line for the renderings (a table cell holds no line break); paragraphs or entries stay apart by a space.
  const sentence = text.split('\n').join(' ');
  return node({ level, id, key: id, explicitKey: true, parent: null, path: [at], label: '', sentence, display, caption: null }, text);
}

/** The clause's own text: label and sentence. */
export function ownText(node: ClauseNode): string {
  return node.label + node.sentence;
}

function subClauses(clause: Sub): Sub[] {
  return clause.kind === 'Paragraph' ? clause.items : clause.kind === 'Item' ? clause.subitems : [];
}

function contentOf(clause: Sub): string {
  return [clause.sentence, ...subClauses(clause).map(contentOf)].join('\n');
}
