/**
 * Go to definition and find references: a reference leads to the clause it designates, a defined term to
 * where it is defined; and back: from a clause (or a term) to every reference to it (every use of it).
 */
import type { Place } from '../diagnostics/index.js';
import type { Analysis } from './analysis.js';
import { clauseAt, definitionPlace, referenceAt, termAt, termOccurrences, type Point } from './locate.js';

/** A clause's start as a place: its first line (the heading of an article, the label of a 項 or 号). */
function headOf(a: Analysis, id: string): Place | undefined {
  const clause = a.context?.clause(id);
  if (!clause) return undefined;
  if ('sentenceMap' in clause) {
    const [, line = clause.loc.line, column = clause.loc.column] = clause.sentenceMap[0] ?? [];
    return { line, column, endLine: line, endColumn: column + Math.min(clause.sentence.length, 20) };
  }
  return { line: clause.loc.line, column: clause.loc.column, endLine: clause.loc.line, endColumn: (a.lines[clause.loc.line - 1] ?? '').length + 1 };
}

/**
 * Where what is at a point is defined: a reference's targets, a term's definition.
 * @param a the analysed version
 * @param point 1-based
 */
export function definitionsAt(a: Analysis, point: Point): Place[] {
  const reference = referenceAt(a, point);
  if (reference) {
    const targets = reference.targets.length ? reference.targets : reference.target ? [reference.target] : [];
    return targets.map((t) => headOf(a, t)).filter((p): p is Place => p !== undefined);
  }
  const term = termAt(a, point);
  if (term) {
    const place = definitionPlace(a, term.definition);
    return place ? [place] : [];
  }
  return [];
}

/**
 * Every use of what is at a point: on a term, its occurrences; on a reference, the other references to
 * the same clause; on a clause, the references that designate it.
 * @param a the analysed version
 * @param point 1-based
 * @param includeDeclaration also the definition (the term's, the clause's head)
 */
export function referencesAt(a: Analysis, point: Point, includeDeclaration: boolean): Place[] {
  const term = termAt(a, point);
  if (term) {
    const uses = termOccurrences(a, term.definition.term);
    const declaration = definitionPlace(a, term.definition);
    const sameAs = (p: Place, q: Place | undefined) => q !== undefined && p.line === q.line && p.column === q.column;
    return [...(includeDeclaration && declaration ? [declaration] : []), ...uses.filter((p) => !sameAs(p, declaration))];
  }
  const reference = referenceAt(a, point);
  const targets = reference ? (reference.targets.length ? reference.targets : reference.target ? [reference.target] : []) : [clauseAt(a, point)?.id].filter((id): id is string => id !== undefined);
  if (targets.length === 0) return [];
  const refs = (a.ruleSet?.references ?? []).filter((r) => r.targets.some((t) => targets.includes(t)) || (r.target !== null && targets.includes(r.target)));
  const heads = includeDeclaration ? targets.map((t) => headOf(a, t)).filter((p): p is Place => p !== undefined) : [];
  return [...heads, ...refs.map((r) => r.loc)];
}
