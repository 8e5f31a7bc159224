/**
 * Groups values by a key, keeping their order: how consumers index a rule set's references and rules by
 * clause (`groupBy(ruleSet.rules, (r) => r.clause)`).
 * @param list the values
 * @param keyOf the key of a value
 * @returns key → the values with that key, in list order
 */
export function groupBy<T>(list: readonly T[], keyOf: (value: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const value of list) {
    const key = keyOf(value);
    const group = map.get(key);
    if (group) group.push(value);
    else map.set(key, [value]);
  }
  return map;
}
