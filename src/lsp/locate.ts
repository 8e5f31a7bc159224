/**
 * What is at a point of a version's source: a reference, a defined term, an annotation field, a clause.
 * Everything is read from the rule set (its sentences carry their source map), not from the Markdown.
 */
import type { Rule } from '../annotation/schema.js';
import { positionOf, rangeOf } from '../compile/text.js';
import type { Place } from '../diagnostics/index.js';
import type { SentenceClause } from '../lint/context.js';
import type { Clause, Definition, Reference } from '../ruleset/schema.js';
import type { Analysis } from './analysis.js';
import { contains } from './convert.js';

/** A 1-based point of the source. */
export type Point = { line: number; column: number };

/** The clause whose own sentence is at a point, and the offset of the point in that sentence. */
export function sentenceAt(a: Analysis, point: Point): { clause: SentenceClause; offset: number } | undefined {
  for (const clause of a.context?.sentences ?? []) {
    const map = clause.sentenceMap;
    for (let i = 0; i < map.length; i++) {
      const [start, line, column] = map[i] as [number, number, number];
      if (line !== point.line || point.column < column) continue;
      const end = (map[i + 1]?.[0] ?? clause.sentence.length) as number;
      const offset = start + (point.column - column);
      if (offset <= end) return { clause, offset };
    }
  }
  return undefined;
}

/** The reference written at a point. */
export function referenceAt(a: Analysis, point: Point): Reference | undefined {
  return a.ruleSet?.references.find((r) => contains(r.loc, point));
}

/** A defined term at a point: its definition and where this occurrence is. */
export function termAt(a: Analysis, point: Point): { definition: Definition; place: Place } | undefined {
  const at = sentenceAt(a, point);
  if (!at || !a.ruleSet || !a.context) return undefined;
  let best: { definition: Definition; start: number } | undefined;
  for (const definition of a.ruleSet.definitions) {
    const { term } = definition;
    for (let i = at.clause.sentence.indexOf(term); i >= 0; i = at.clause.sentence.indexOf(term, i + 1)) {
      if (i <= at.offset && at.offset <= i + term.length && (!best || term.length > best.definition.term.length)) best = { definition, start: i };
    }
  }
  return best && { definition: best.definition, place: a.context.place(at.clause, best.start, best.definition.term.length) };
}

/** Where a term is defined: 「term」 in the defining clause, else the clause's start. */
export function definitionPlace(a: Analysis, definition: Definition): Place | undefined {
  const clause = a.context?.clause(definition.clause);
  if (!clause || !a.context) return undefined;
  if ('sentence' in clause) {
    const quoted = clause.sentence.indexOf(`「${definition.term}」`);
    const at = quoted >= 0 ? quoted + 1 : clause.sentence.indexOf(definition.term);
    if (at >= 0) return a.context.place(clause, at, definition.term.length);
  }
  return clause.loc;
}

/** Every occurrence of a term in the document's sentences. */
export function termOccurrences(a: Analysis, term: string): Place[] {
  const out: Place[] = [];
  for (const clause of a.context?.sentences ?? []) {
    for (let i = clause.sentence.indexOf(term); i >= 0; i = clause.sentence.indexOf(term, i + term.length)) {
      out.push(rangeOf(positionOf(clause.sentenceMap, i), positionOf(clause.sentenceMap, i + term.length)));
    }
  }
  return out;
}

/** The annotation whose ```rule block holds a point, and the field named on that line, if any. */
export function annotationAt(a: Analysis, point: Point): { rule: Rule; field: string | undefined } | undefined {
  const rule = a.ruleSet?.rules.find((r) => contains(r.loc, point));
  if (!rule) return undefined;
  const field = /^\s*(?:-\s+)?([A-Za-z][\w-]*)\s*:/u.exec(a.lines[point.line - 1] ?? '')?.[1];
  return { rule, field };
}

/** The innermost clause whose source range holds a point (a 号 before its 項, a 項 before its 条). */
export function clauseAt(a: Analysis, point: Point): Clause | undefined {
  const at = sentenceAt(a, point);
  if (at) return at.clause;
  const articles = [...(a.ruleSet?.articles ?? []), ...(a.ruleSet?.supplProvision ? [a.ruleSet.supplProvision] : [])];
  return articles.find((c) => contains(c.loc, point));
}

/** The heading of a clause for people: 第14条（契約者からの利用契約の解約）第２項. */
export function clauseTitle(a: Analysis, id: string): string {
  const clause = a.context?.clause(id);
  if (!clause) return id;
  if (clause.kind === 'Article') return `${clause.title}${clause.caption?.written ?? ''}`;
  if (clause.kind === 'SupplProvision') return clause.label;
  const article = a.context?.articleOf(id);
  const chain = [...(a.context?.ancestors(id) ?? [])]
    .reverse()
    .map((up) => a.context?.clause(up))
    .filter((c): c is SentenceClause => c !== undefined && c.kind !== 'Article' && c.kind !== 'SupplProvision');
  const labels = [...chain, clause].map((c) => (c.kind === 'Paragraph' ? `第${c.num.value}項` : c.kind === 'Item' ? `第${c.num.value}号` : `(${c.num.value})`));
  return `${article ? `${article.title}${article.caption?.written ?? ''}` : (a.ruleSet?.supplProvision?.label ?? '')}${labels.join('')}`;
}
