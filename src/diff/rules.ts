/**
 * Rule changes as data: the rules of each pair of aligned clauses are paired by kind, in order, and
 * compared field by field (`/notice/duration` P2M → P3M). Where a rule was written (`loc`), its ids and
 * its `note` (free text for people) are not the terms, so they are not compared.
 */
import type { Rule } from '../annotation/schema.js';
import type { RuleChange } from './types.js';

const NOT_COMPARED = new Set(['id', 'kind', 'clause', 'key', 'loc', 'note']);

/**
 * Compares the rules one clause has in each version.
 * @param oldRules the clause's rules in the old version (empty when the clause is new)
 * @param newRules its rules in the new version (empty when it was removed)
 * @param clause the clause's id, in the new version when it exists
 */
export function compareRules(oldRules: readonly Rule[], newRules: readonly Rule[], clause: string): RuleChange[] {
  const changes: RuleChange[] = [];
  const kinds = [...new Set([...oldRules, ...newRules].map((r) => r.kind))];
  for (const kind of kinds) {
    const olds = oldRules.filter((r) => r.kind === kind);
    const news = newRules.filter((r) => r.kind === kind);
    for (let i = 0; i < Math.max(olds.length, news.length); i++) {
      const a = olds[i];
      const b = news[i];
      if (a && b) {
        const fields = fieldChanges(compared(a), compared(b), '');
        if (fields.length) changes.push({ status: 'modified', kind, oldId: a.id, newId: b.id, clause, fields });
      } else if (a) {
        changes.push({ status: 'removed', kind, oldId: a.id, newId: null, clause, fields: fieldChanges(compared(a), {}, '') });
      } else if (b) {
        changes.push({ status: 'added', kind, oldId: null, newId: b.id, clause, fields: fieldChanges({}, compared(b), '') });
      }
    }
  }
  return changes;
}

function compared(rule: Rule): Record<string, unknown> {
  return Object.fromEntries(Object.entries(rule).filter(([field]) => !NOT_COMPARED.has(field)));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Leaf differences between two values as JSON-pointer paths; a missing value is null. */
function fieldChanges(a: unknown, b: unknown, path: string): RuleChange['fields'] {
  if (isRecord(a) && isRecord(b)) {
    const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return fields.flatMap((f) => fieldChanges(a[f], b[f], `${path}/${f}`));
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  return [{ path: path || '/', old: a ?? null, new: b ?? null }];
}
