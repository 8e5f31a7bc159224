/**
 * The linter: runs every rule over one compiled rule set. The context (clauses, parents, references,
 * terms) is built once and shared by every rule; no rule reads the Markdown.
 */
import { compileTerms } from '../compile/index.js';
import { DiagnosticSink, sortDiagnostics, type Diagnostic } from '../diagnostics/index.js';
import type { RuleSet } from '../ruleset/schema.js';
import { createContext } from './context.js';
import { RULES } from './rules/index.js';
import { applySuppressions, SUPPRESSION_RULES, type SuppressedDiagnostic } from './suppress.js';
import type { AnnotationKind } from '../annotation/schema.js';
import type { ConfiguredSeverity, LintRule, RuleMeta, RuleSettings } from './types.js';

export { parseLintConfig, type LintConfig } from './config.js';
export type { LintContext, SentenceClause } from './context.js';
export { exampleDocument } from './example.js';
export { RULES } from './rules/index.js';
export type { SuppressedDiagnostic } from './suppress.js';
export type { ConfiguredSeverity, FailingExample, Finding, LintRule, RuleExamples, RuleMeta, RuleSettings } from './types.js';

/** Every check `terms lint` can report: the rules and the checks of suppression comments. */
export const RULE_METAS: readonly RuleMeta[] = [...RULES, ...SUPPRESSION_RULES].map(({ id, severity, description }) => ({ id, severity, description }));

/** Every rule id, for configuration and suppressions. */
export const RULE_IDS: ReadonlySet<string> = new Set(RULE_METAS.map((r) => r.id));

export interface LintOptions {
  /** The rules to run (default: all of RULES). */
  rules?: readonly LintRule[];
  /** Severity per rule id (from terms.config.json); unlisted rules keep their default. */
  severities?: Readonly<Record<string, ConfiguredSeverity>>;
  /** Report what suppressions would silence, and do not check the suppressions themselves. */
  ignoreSuppressions?: boolean;
  /** Findings of rules run outside the engine (textlint, src/lint/textlint/), suppressed like the rules'. */
  external?: { rules: readonly RuleMeta[]; diagnostics: readonly Diagnostic[] };
  /** The annotation kinds each document must carry, by document id (from terms.config.json); none for a document not listed. */
  requiredAnnotations?: Readonly<Record<string, readonly AnnotationKind[]>>;
}

export interface LintResult {
  /** Findings to report, sorted by place. */
  diagnostics: Diagnostic[];
  /** Findings silenced by a suppression comment (with its reason). */
  suppressed: SuppressedDiagnostic[];
}

/**
 * Lints one compiled rule set.
 * @param ruleSet the rule set (`meta.source` is the file reported)
 * @param options rules, severities, suppressions
 */
export function lintRuleSet(ruleSet: RuleSet, options: LintOptions = {}): LintResult {
  const context = createContext(ruleSet);
  const rules = options.rules ?? RULES;
  const severities: Record<string, ConfiguredSeverity> = {};
  for (const meta of [...rules, ...SUPPRESSION_RULES]) severities[meta.id] = options.severities?.[meta.id] ?? meta.severity;
  const sink = new DiagnosticSink(context.file);
  const settings: RuleSettings = { requiredAnnotations: options.requiredAnnotations?.[ruleSet.meta.document] ?? [] };
  for (const rule of rules) {
    const severity = severities[rule.id];
    if (severity === 'off' || severity === undefined) continue;
    for (const f of rule.check(ruleSet, context, settings)) {
      sink.add(severity, rule.id, f.message, f.place, f.clause);
      if (f.fix) (sink.diagnostics.at(-1) as Diagnostic).fix = f.fix;
    }
  }
  for (const meta of options.external?.rules ?? []) severities[meta.id] = meta.severity;
  const found = [...sink.diagnostics, ...(options.external?.diagnostics ?? [])];
  if (options.ignoreSuppressions) return { diagnostics: sortDiagnostics(found), suppressed: [] };
  const known = new Set([...RULE_IDS, ...rules.map((r) => r.id), ...(options.external?.rules ?? []).map((r) => r.id)]);
  const { reported, suppressed } = applySuppressions(found, ruleSet, context, severities, known);
  return { diagnostics: sortDiagnostics(reported), suppressed };
}

/** What linting a source file gave: its compile diagnostics, and the lint result when it compiled. */
export interface SourceLintResult {
  ruleSet: RuleSet | null;
  /** Compile diagnostics (errors mean the file was not linted). */
  compile: Diagnostic[];
  lint: LintResult | null;
}

/**
 * Compiles one version in-process and lints it.
 * @param source the Markdown text
 * @param path the path reported
 * @param options as for lintRuleSet
 */
export function lintSource(source: string, path: string, options: LintOptions = {}): SourceLintResult {
  const { ruleSet, diagnostics } = compileTerms(source, path);
  return { ruleSet, compile: diagnostics, lint: ruleSet ? lintRuleSet(ruleSet, options) : null };
}
