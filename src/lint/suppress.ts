/**
 * Inline suppressions, `<!-- terms-lint-disable-next-line RULE[, RULE] -- reason -->`, read by the
 * compiler into the rule set. One applies to the findings of its rules on the next non-blank source line
 * (the clause that starts there). A suppression without a reason, and a rule named in a suppression that
 * suppresses nothing, are findings of their own.
 */
import type { Diagnostic, Place } from '../diagnostics/index.js';
import type { RuleSet } from '../ruleset/schema.js';
import type { LintContext } from './context.js';
import type { ConfiguredSeverity, RuleMeta } from './types.js';

/** A finding a suppression silenced, with the suppression's reason. */
export interface SuppressedDiagnostic {
  diagnostic: Diagnostic;
  reason: string | null;
}

/** The checks of the suppression comments themselves (configurable like rules). */
export const SUPPRESSION_RULES: readonly RuleMeta[] = [
  {
    id: 'suppression-reason',
    severity: 'error',
    description: '抑止コメントに理由（-- の後）を書く / a suppression states its reason after --',
  },
  {
    id: 'suppression-unused',
    severity: 'warning',
    description: '何も抑止しない抑止コメントを報告する / a suppression that suppresses nothing is reported',
  },
];

/**
 * Splits findings into reported and suppressed, and checks the suppressions.
 * @param diagnostics the rules' findings
 * @param ruleSet the rule set (its `suppressions`)
 * @param context for the line each clause starts on
 * @param severities severity of each rule that ran (`off` or absent: its suppressions are neither used nor unused)
 * @param known every rule id there is
 */
export function applySuppressions(
  diagnostics: readonly Diagnostic[],
  ruleSet: RuleSet,
  context: LintContext,
  severities: Readonly<Record<string, ConfiguredSeverity>>,
  known: ReadonlySet<string>,
): { reported: Diagnostic[]; suppressed: SuppressedDiagnostic[] } {
  const reported: Diagnostic[] = [];
  const suppressed: SuppressedDiagnostic[] = [];
  const used = new Set<string>();
  for (const d of diagnostics) {
    const clauseLine = d.clause === undefined ? undefined : context.clause(d.clause)?.loc.line;
    const index = ruleSet.suppressions.findIndex(
      (s) => s.rules.includes(d.ruleId) && (s.line === d.line || s.line === clauseLine),
    );
    const s = ruleSet.suppressions[index];
    if (s) {
      used.add(`${index}:${d.ruleId}`);
      suppressed.push({ diagnostic: d, reason: s.reason });
    } else reported.push(d);
  }
  const add = (ruleId: string, message: string, place: Required<Place>) => {
    const severity = severities[ruleId];
    if (severity === 'off' || severity === undefined) return;
    reported.push({ file: context.file, ...place, severity, ruleId, message });
  };
  ruleSet.suppressions.forEach((s, index) => {
    if (s.reason === null) {
      add('suppression-reason', `抑止の理由がありません: <!-- terms-lint-disable-next-line ${s.rules.join(', ')} -- 理由 --> / Unexpected suppression without a reason, expected “-- reason”`, s.loc);
    }
    if (s.rules.length === 0) add('suppression-unused', '抑止する規則が書かれていません / Unexpected suppression without a rule id, expected one', s.loc);
    for (const rule of s.rules) {
      if (!known.has(rule)) {
        add('suppression-unused', `不明な規則です: ${rule} / Unexpected unknown rule ${rule} in a suppression, expected a rule id`, s.loc);
      } else if (severities[rule] !== undefined && severities[rule] !== 'off' && !used.has(`${index}:${rule}`)) {
        add('suppression-unused', `${s.line} 行目に ${rule} の指摘はありません / Unexpected unused suppression of ${rule}, expected a finding on line ${s.line}`, s.loc);
      }
    }
  });
  return { reported, suppressed };
}
