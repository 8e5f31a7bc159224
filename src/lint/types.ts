/**
 * The shapes every lint rule shares: a rule is a module with an id, a default severity, a one-line
 * description, a `check` over the compiled rule set, and ok / not-ok examples that are its tests.
 */
import type { AnnotationKind } from '../annotation/schema.js';
import type { Place, Severity, TextEdit } from '../diagnostics/index.js';
import type { RuleSet } from '../ruleset/schema.js';
import type { LintContext } from './context.js';

/** A severity as configured: a diagnostic severity, or `off` to disable the rule. */
export type ConfiguredSeverity = Severity | 'off';

/** One problem a rule found; the engine adds the file, the rule id and the severity. */
export interface Finding {
  /** Japanese first, then English, remark-lint style: `… / Unexpected X, expected Y`. */
  message: string;
  place: Place;
  /** The clause the problem is in (absent for document-wide problems). */
  clause?: string;
  /** The one right fix, when there is one (source edits applied together). */
  fix?: TextEdit[];
}

/** A finding a not-ok example must produce, pinned as a person reads it: where and what it says. */
export interface ExpectedFinding {
  /** The clause id, or `-` for a finding without a clause. */
  clause: string;
  /** Line and column (1-based) in the example document, front matter included. */
  line: number;
  column: number;
  /** The message, word for word. */
  message: string;
}

/** A not-ok example: a document and the findings (in report order) the rule must report in it. */
export interface FailingExample {
  markdown: string;
  /** Every expected finding, in order: a change in positions or wording fails the example. */
  findings: ExpectedFinding[];
}

/** What the project's configuration says about the document being linted (terms.config.json). */
export interface RuleSettings {
  /** The annotation kinds the document must carry (none unless configured). */
  requiredAnnotations: readonly AnnotationKind[];
}

/** What a rule documents and is tested with (test/lint/rules.test.ts runs them all). */
export interface RuleExamples {
  /** Documents in which the rule finds nothing. */
  ok: string[];
  notOk: FailingExample[];
  /** The configuration every example is linted with (default: none). */
  settings?: Partial<RuleSettings>;
}

/** Identity of a check, as listed in `terms.config.json`, the docs and SARIF's rule table. */
export interface RuleMeta {
  /** kebab-case, stable: configuration and suppressions name it. */
  id: string;
  severity: Severity;
  /** One line, Japanese / English. */
  description: string;
}

/** A lint rule: reads the one shared rule set and context, returns its findings; never throws on content. */
export interface LintRule extends RuleMeta {
  check(ruleSet: RuleSet, context: LintContext, settings: RuleSettings): Finding[];
  examples: RuleExamples;
}
