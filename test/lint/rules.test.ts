import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileTerms } from '../../src/compile/index.js';
import * as rules from '../../src/lint/rules/index.js';
import { lintRuleSet, RULE_METAS } from '../../src/lint/index.js';
import { exampleOptions } from '../../src/lint/example.js';

// remark-lint's model: a rule's ok / not-ok examples are its documentation and its test, run by one loop.
describe('the lint rules', () => {
  it('should export the list of rules only', () => {
    expect(Object.keys(rules)).toEqual(['RULES']);
    expect(rules.RULES.length).toBeGreaterThanOrEqual(14);
  });

  it('should give every rule a distinct id', () => {
    const ids = rules.RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should document every rule with its default severity in docs/lint.md', () => {
    const docs = readFileSync('docs/lint.md', 'utf8');
    for (const rule of RULE_METAS) expect(docs).toContain(`| \`${rule.id}\` | ${rule.severity} |`);
  });

  for (const rule of rules.RULES) {
    describe(rule.id, () => {
      it('should have a kebab-case id, a default severity and a one-line bilingual description', () => {
        expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/u);
        expect(['error', 'warning', 'info']).toContain(rule.severity);
        expect(rule.description).toMatch(/^[^\n]+ \/ [^\n]+$/u);
        expect(rule.examples.ok.length).toBeGreaterThan(0);
        expect(rule.examples.notOk.length).toBeGreaterThan(0);
      });

      rule.examples.ok.forEach((markdown, i) => {
        it(`should find nothing in ok example ${i + 1}`, () => {
          const { ruleSet, diagnostics } = compileTerms(markdown, `${rule.id}/ok-${i + 1}.md`);
          expect(diagnostics).toEqual([]);
          expect(lintRuleSet(ruleSet!, { rules: [rule], ...exampleOptions(rule.examples) }).diagnostics).toEqual([]);
        });
      });

      rule.examples.notOk.forEach((example, i) => {
        it(`should report ${example.findings.map((f) => `${f.clause} ${f.line}:${f.column}`).join(', ')} in not-ok example ${i + 1}`, () => {
          const { ruleSet, diagnostics } = compileTerms(example.markdown, `${rule.id}/not-ok-${i + 1}.md`);
          expect(diagnostics).toEqual([]);
          const found = lintRuleSet(ruleSet!, { rules: [rule], ...exampleOptions(rule.examples) }).diagnostics;
          expect(found.map((d) => d.clause ?? '-')).toEqual(example.findings.map((f) => f.clause));
          // Positions and wording are pinned too: a regression in either fails here, not only in the clause ids.
          expect(found.map((d) => ({ clause: d.clause ?? '-', line: d.line, column: d.column, message: d.message }))).toEqual(example.findings);
          for (const d of found) {
            expect(d).toMatchObject({ ruleId: rule.id, severity: rule.severity, file: `${rule.id}/not-ok-${i + 1}.md` });
            expect(d.message).toMatch(/ \/ (?:Unexpected|Missing) /u);
          }
        });
      });
    });
  }
});
