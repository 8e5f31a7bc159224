/**
 * A rule set's clauses as one tree of uniform nodes (article, 項, 号, 号の細分, 付則), each with the parts
 * the diff compares: its own label and sentence, its place, its references and rules.
 */
import type { Rule } from '../annotation/schema.js';
import { writeNumber } from '../numbers/index.js';
import { levelOfKind } from '../ruleset/levels.js';
import type { Clause, Reference, RuleSet } from '../ruleset/schema.js';
import { childrenOf, clauseIndex, type SentenceClause } from '../ruleset/walk.js';
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

/** Makes a node of the version being indexed (with its references and rules) and lists it in `all`. */
type NodeMaker = (fields: Omit<ClauseNode, 'children' | 'references' | 'rules' | 'content'>, content: string) => ClauseNode;

/**
 * Builds the clause tree of a rule set.
 * @param ruleSet a compiled version
 */
export function indexClauses(ruleSet: RuleSet): ClauseIndex {
  const all: ClauseNode[] = [];
  const refsByClause = groupBy(ruleSet.references, (r) => r.from);
  const rulesByClause = groupBy(ruleSet.rules, (r) => r.clause);

  const node: NodeMaker = (fields, content) => {
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

  const preamble = ruleSet.preamble;
  const pre = preamble ? whole(node, 'Preamble', preamble.id, '前文', preamble.text, Number.NEGATIVE_INFINITY) : null;
  const roots: ClauseNode[] = [];
  const nodes = new Map<Clause, ClauseNode>();
  for (const { clause, parent: up } of clauseIndex(ruleSet).all) {
    const parent = up && nodes.get(up);
    let n: ClauseNode;
    if (clause.kind === 'Article') {
      n = node(
        {
          level: 'Article',
          id: clause.id,
          key: clause.key,
          explicitKey: clause.key !== clause.id,
          parent: null,
          path: [clause.num.value + (clause.num.branch ?? 0) / 100],
          label: clause.title,
          sentence: clause.caption?.written ?? '',
          display: clause.title,
          caption: clause.caption?.text ?? null,
        },
        [clause.caption?.text ?? '', ...clause.paragraphs.map(contentOf)].join('\n'),
      );
      roots.push(n);
    } else if (clause.kind === 'SupplProvision') {
      n = node(
        {
          level: 'SupplProvision',
          id: clause.id,
          key: clause.key,
          explicitKey: true,
          parent: null,
          path: [Number.POSITIVE_INFINITY],
          label: clause.label,
          sentence: '',
          display: clause.label,
          caption: null,
        },
        clause.paragraphs.map(contentOf).join('\n'),
      );
      roots.push(n);
    } else {
      if (!parent) continue; // never: the walk meets every parent before its children
      n = sub(node, clause, parent);
      parent.children.push(n);
    }
    nodes.set(clause, n);
  }
  // The 前文 and the history are rows of their own: compared as one text each, never as an article.
  if (pre) roots.unshift(pre);
  const history = ruleSet.history;
  if (history) roots.push(whole(node, 'History', history.id, history.heading ?? '制定・改定の履歴', history.text, Number.MAX_VALUE));
  return { roots, all };
}

/** The node of a 項, 号 or 号の細分, cited after its parent (第14条第２項, 第15条第１項第８号, …第８号イ). */
function sub(node: NodeMaker, clause: SentenceClause, parent: ClauseNode): ClauseNode {
  const level = levelOfKind(clause.kind);
  const n = clause.num.value;
  const ownText = clause.text.split('\n')[0] ?? '';
  // A 項 and a 号 are cited by number (第２項, 第８号); a 号の細分 by its label as written (イ, （ア）).
  const display = level.kind === 'Subitem1' ? `${parent.display}${clause.num.written}` : `${parent.display}第${writeNumber(n, 'mixed')}${level.ja}`;
  return node(
    {
      level: clause.kind,
      id: clause.id,
      key: clause.key,
      explicitKey: clause.key !== `${parent.key}.${level.marker}${n}`,
      parent,
      path: [...parent.path, n],
      label: ownText.slice(0, ownText.length - clause.sentence.length),
      sentence: clause.sentence,
      display,
      caption: null,
    },
    contentOf(clause),
  );
}

/** A part of the document compared as one text: the 前文 or the history. */
function whole(
  node: NodeMaker,
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

function contentOf(clause: SentenceClause): string {
  return [clause.sentence, ...childrenOf(clause).map(contentOf)].join('\n');
}
