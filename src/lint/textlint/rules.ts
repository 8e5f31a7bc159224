/**
 * The project's legal-Japanese prose rules as textlint rules (`knet-terms/textlint-rule`), for teams that
 * already run textlint on their documents. Each textlint rule runs the very module `terms lint` runs, over
 * one paragraph at a time: these rules read only the sentences of the text, never the clause tree.
 *
 *     import preset from 'knet-terms/textlint-rule';   // { rules, rulesConfig }: a textlint preset
 *     kernel.lintText(text, { rules: Object.entries(preset.rules).map(([ruleId, rule]) => ({ ruleId, rule })), … })
 *
 * bracket-width's fix (half-width brackets of a pair made full-width) is a textlint fix too (`textlint --fix`).
 */
import type { TextlintRuleContext, TextlintRuleModule, TextlintRuleReporter } from '@textlint/types';
import type { Place } from '../../diagnostics/index.js';
import type { RuleSet } from '../../ruleset/schema.js';
import type { LintContext, SentenceClause } from '../context.js';
import { bracketWidth } from '../rules/bracket-width.js';
import { conjunctionNesting } from '../rules/conjunction-nesting.js';
import { dateConsistent } from '../rules/date-consistent.js';
import { topicDoubled } from '../rules/topic-doubled.js';
import type { LintRule } from '../types.js';

/** The rules published: those that judge prose alone (no references, definitions or annotations). */
export const PROSE_RULES: readonly LintRule[] = [conjunctionNesting, dateConsistent, topicDoubled, bracketWidth];

/** An empty rule set: the prose rules are given one because their signature asks, and read nothing from it. */
const EMPTY: RuleSet = {
  schema: 'https://knet-terms.dev/schema/ruleset-1.schema.json',
  meta: {
    document: 'textlint',
    title: 'textlint',
    company: 'textlint',
    version: 'textlint',
    effective: '2000-01-01',
    noticeDate: null,
    urgent: false,
    urgentReason: null,
    numbering: { paragraph: 'fullwidth', item: 'mixed' },
    changes: [],
    source: '',
  },
  hash: '0'.repeat(64),
  chapters: [],
  articles: [],
  supplProvision: null,
  definitions: [],
  references: [],
  suppressions: [],
  rules: [],
};

/**
 * A lint context over one text: the text is one clause's sentence on "line 1", so a place's column - 1 is
 * the offset in the text.
 * @param text a paragraph's text
 */
export function textContext(text: string): LintContext {
  const clause: SentenceClause = {
    kind: 'Paragraph',
    id: 'p',
    key: 'p',
    text,
    hash: EMPTY.hash,
    loc: { line: 1, column: 1, endLine: 1, endColumn: text.length + 1 },
    num: { value: 1, written: '' },
    label: null,
    labelExplicit: false,
    sentence: text,
    sentenceMap: [[0, 1, 1]],
    items: [],
  };
  return {
    file: '',
    sentences: [clause],
    clause: (id) => (id === clause.id ? clause : undefined),
    ancestors: () => [],
    articleOf: () => undefined,
    rulesOf: () => [],
    referencesIn: () => [],
    termsFor: () => new Set(),
    place: (_c, offset, length) => ({ line: 1, column: offset + 1, endLine: 1, endColumn: offset + length + 1 }),
    figures: () => [],
  };
}

/** The offset range of a place made by textContext. */
const rangeOf = (place: Place): [number, number] => [place.column - 1, (place.endColumn ?? place.column) - 1];

/**
 * A textlint rule that runs one project rule on every paragraph.
 * @param rule the project's rule
 */
export function toTextlintRule(rule: LintRule): TextlintRuleModule {
  const reporter = (fixing: boolean): TextlintRuleReporter => (context: Readonly<TextlintRuleContext>) => ({
    [context.Syntax.Paragraph](node) {
      const text = context.getSource(node);
      for (const finding of rule.check(EMPTY, textContext(text), { requiredAnnotations: [] })) {
        const edits = finding.fix ?? [];
        // textlint takes one fix per report: a fix of several edits is reported once per edit.
        const reports = fixing && edits.length ? edits.map((e) => ({ range: rangeOf(e), fix: e })) : [{ range: rangeOf(finding.place), fix: undefined }];
        for (const r of reports) {
          const padding = context.locator.range(r.range);
          const error = r.fix
            ? new context.RuleError(finding.message, { padding, fix: context.fixer.replaceTextRange(r.range, r.fix.text) })
            : new context.RuleError(finding.message, { padding });
          context.report(node, error);
        }
      }
    },
  });
  return rule.check === bracketWidth.check ? { linter: reporter(false), fixer: reporter(true) } : reporter(false);
}

/** Each published rule by its id. */
export const rules: Readonly<Record<string, TextlintRuleModule>> = Object.fromEntries(PROSE_RULES.map((r) => [r.id, toTextlintRule(r)]));

/** Every rule on, with its default options. */
export const rulesConfig: Readonly<Record<string, boolean>> = Object.fromEntries(PROSE_RULES.map((r) => [r.id, true]));

/** The preset textlint loads: `{ rules, rulesConfig }`. */
export default { rules, rulesConfig };
