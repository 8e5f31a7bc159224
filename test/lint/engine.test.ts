import { describe, expect, it } from 'vitest';
import { compileTerms } from '../../src/compile/index.js';
import * as lint from '../../src/lint/index.js';
import type { LintContext, LintRule } from '../../src/lint/index.js';
import type { RuleSet } from '../../src/ruleset/schema.js';

const doc = (body: string) => {
  const { ruleSet, diagnostics } = compileTerms(lint.exampleDocument(body), 'example.md');
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return ruleSet as RuleSet;
};

/** The example documents state no rules: a missing annotation is not what these tests are about. */
const OFF = { 'annotation-required': 'off' } as const;

const WITH_DEFECT = `
## 第１条（通知） {#a}

当社は、契約者に通知します。

2. 前各項の定めにかかわらず、当社は通知を省略できます。
`;

describe('lintRuleSet', () => {
  it('should export the engine, the rules, the configuration reader and the example helper', () => {
    expect(Object.keys(lint).sort()).toEqual(
      ['RULES', 'RULE_IDS', 'RULE_METAS', 'exampleDocument', 'lintRuleSet', 'lintSource', 'parseLintConfig'].sort(),
    );
    expect(lint.RULE_METAS.map((r) => r.id)).toEqual([...lint.RULES.map((r) => r.id), 'suppression-reason', 'suppression-unused']);
  });

  it('should build the context once and give every rule the same rule set and context', () => {
    const seen: Array<[RuleSet, LintContext]> = [];
    const probe = (id: string): LintRule => ({
      id,
      severity: 'warning',
      description: 'probe / probe',
      examples: { ok: [], notOk: [] },
      check: (ruleSet, context) => {
        seen.push([ruleSet, context]);
        return [];
      },
    });
    const ruleSet = doc(WITH_DEFECT);
    lint.lintRuleSet(ruleSet, { rules: [probe('a'), probe('b'), probe('c')] });
    expect(seen).toHaveLength(3);
    expect(seen.every(([r, c]) => r === ruleSet && c === seen[0]?.[1])).toBe(true);
  });

  it('should report a finding with the file, the rule’s severity, the clause and its place', () => {
    const { diagnostics } = lint.lintRuleSet(doc(WITH_DEFECT), { severities: OFF });
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: 'example.md', ruleId: 'ref-relative', severity: 'error', clause: 'art-1-p2', line: 16, column: 4, endLine: 16, endColumn: 7 }),
    ]);
  });

  it('should apply configured severities and skip rules that are off', () => {
    const ruleSet = doc(WITH_DEFECT);
    expect(lint.lintRuleSet(ruleSet, { severities: { ...OFF, 'ref-relative': 'info' } }).diagnostics.map((d) => d.severity)).toEqual(['info']);
    expect(lint.lintRuleSet(ruleSet, { severities: { ...OFF, 'ref-relative': 'off' } }).diagnostics).toEqual([]);
  });

  it('should silence a finding on the line after a suppression and keep it, with the reason, as suppressed', () => {
    const ruleSet = doc(WITH_DEFECT.replace('2. 前各項', '<!-- terms-lint-disable-next-line ref-relative -- 公表版の誤り -->\n\n2. 前各項'));
    const result = lint.lintRuleSet(ruleSet, { severities: OFF });
    expect(result.diagnostics).toEqual([]);
    expect(result.suppressed).toEqual([{ diagnostic: expect.objectContaining({ ruleId: 'ref-relative', clause: 'art-1-p2' }), reason: '公表版の誤り' }]);
  });

  it('should report a suppression without a reason as an error (and still apply it)', () => {
    const ruleSet = doc(WITH_DEFECT.replace('2. 前各項', '<!-- terms-lint-disable-next-line ref-relative -->\n\n2. 前各項'));
    const { diagnostics, suppressed } = lint.lintRuleSet(ruleSet, { severities: OFF });
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([['suppression-reason', 'error', 16]]);
    expect(suppressed).toHaveLength(1);
  });

  it('should report an unused suppression, an unknown rule and a suppression of no rule as warnings', () => {
    const ruleSet = doc(
      WITH_DEFECT.replace('当社は、契約者に', '<!-- terms-lint-disable-next-line ref-caption -- 不要 -->\n\n当社は、契約者に').replace(
        '2. 前各項',
        '<!-- terms-lint-disable-next-line ref-relative, no-such-rule -- 公表版の誤り -->\n\n2. 前各項',
      ),
    );
    const { diagnostics } = lint.lintRuleSet(ruleSet, { severities: OFF });
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([
      ['suppression-unused', 'warning'],
      ['suppression-unused', 'warning'],
    ]);
    expect(diagnostics[0]?.message).toContain('Unexpected unused suppression of ref-caption');
    expect(diagnostics[1]?.message).toContain('Unexpected unknown rule no-such-rule');
    const empty = lint.lintRuleSet(doc(`${WITH_DEFECT}\n<!-- terms-lint-disable-next-line -- 理由 -->\n`), { severities: OFF }).diagnostics;
    expect(empty.map((d) => d.message.split(' / ')[1])).toEqual([
      'Unexpected 前各項 with one preceding paragraph, expected 前項',
      'Unexpected suppression without a rule id, expected one',
    ]);
  });

  it('should ignore suppressions, and not check them, with ignoreSuppressions', () => {
    const ruleSet = doc(WITH_DEFECT.replace('2. 前各項', '<!-- terms-lint-disable-next-line ref-relative -->\n\n2. 前各項'));
    const { diagnostics, suppressed } = lint.lintRuleSet(ruleSet, { severities: OFF, ignoreSuppressions: true });
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['ref-relative']);
    expect(suppressed).toEqual([]);
  });
});

describe('lintSource', () => {
  it('should return the compile errors and no lint result for a document that does not compile', () => {
    const result = lint.lintSource(lint.exampleDocument('## 第１条（通知） {#a}\n\n本文。\n\n3. 第３項。\n'), 'bad.md');
    expect(result.ruleSet).toBeNull();
    expect(result.lint).toBeNull();
    expect(result.compile.map((d) => d.ruleId)).toContain('compile/paragraph-sequence');
  });
});
