/** A rule set (or a list of them) as written to `rules/…json` by `terms compile` and `terms build`. */
export function serializeRuleSet(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
