import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import { FORMATS, type Report } from '../../src/lint/format/index.js';
import * as sarifModule from '../../src/lint/format/sarif.js';
import { exampleDocument, lintSource, RULE_METAS } from '../../src/lint/index.js';

// The OASIS SARIF 2.1.0 schema (errata01), from github.com/oasis-tcs/sarif-spec sarif-2.1/schema/.
const schema = JSON.parse(readFileSync(new URL('./data/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
// ajv-draft-04 is CommonJS: the class is module.exports.default.
const Ajv = createRequire(import.meta.url)('ajv-draft-04').default as typeof import('ajv-draft-04').default;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const sarif = (report: Report) => JSON.parse(FORMATS['sarif']?.(report) ?? '');

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  partialFingerprints: Record<string, string>;
  locations: Array<{ physicalLocation: { region: { startLine: number } } }>;
  suppressions?: unknown[];
}

/** A version with findings of several rules, a compile warning-free text and a suppressed finding. */
const BODY = `
## 第１条（通知） {#notice}

当社は、契約者に通知(電子メール)します。

2. 前各項の定めにかかわらず、当社は通知を省略できます。

## 第２条（禁止事項） {#prohibited}

契約者は、次の行為（嫌がらせメール)をしないものとします。

<!-- terms-lint-disable-next-line conjunction-nesting -- 公表版の表記 -->
2. 契約者は、商号若しくは名称を変更するときは、通知します。
`;

/** Lints a document and returns its SARIF log. */
function lintToSarif(markdown: string) {
  const result = lintSource(markdown, 'terms/example/2026-04-01.md', { severities: { 'annotation-required': 'off' } });
  const lint = result.lint ?? { diagnostics: [], suppressed: [] };
  const keys = result.ruleSet ? sarifModule.clauseKeysOf(result.ruleSet) : new Map<string, string>();
  return sarif({
    diagnostics: [...result.compile, ...lint.diagnostics],
    suppressed: lint.suppressed,
    rules: RULE_METAS,
    clauseKeys: new Map([...keys].map(([id, key]) => [`terms/example/2026-04-01.md#${id}`, key])),
  });
}

const byRule = (results: SarifResult[]) => results.map((r) => [r.ruleId, r.message.text, r.partialFingerprints['termsFinding/v1']]).sort();

describe('SARIF for GitHub code scanning', () => {
  it('should export the formatter, the limit, the fingerprint key and clause keys', () => {
    expect(Object.keys(sarifModule).sort()).toEqual(['FINGERPRINT_KEY', 'SARIF_MAX_RESULTS', 'clauseKeysOf', 'sarif', 'sarifOverflow']);
    expect(sarifModule.SARIF_MAX_RESULTS).toBe(25_000);
  });

  it('should be valid SARIF 2.1.0 (the OASIS schema)', () => {
    const log = lintToSarif(exampleDocument(BODY));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.runs[0].results.length).toBe(4);
  });

  it('should declare every result’s rule in tool.driver.rules, with short and full descriptions and help', () => {
    const log = lintToSarif(exampleDocument(BODY));
    const rules = log.runs[0].tool.driver.rules as Array<{ id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string } }>;
    for (const r of log.runs[0].results as SarifResult[]) expect(rules[r.ruleIndex]?.id).toBe(r.ruleId);
    for (const rule of rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(5);
      // Every lint rule has a description of its own beyond the one line.
      expect(rule.fullDescription.text).not.toBe(rule.shortDescription.text);
      expect(rule.help.text).toContain(`terms-lint-disable-next-line ${rule.id}`);
    }
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('should give every result a fingerprint that survives line moves and renumbering, and differs between findings', () => {
    const before = lintToSarif(exampleDocument(BODY)).runs[0].results as SarifResult[];
    // Lines move (a new first article and blank lines); 第１条 becomes 第２条, its clause ids change, its keys do not.
    const moved = exampleDocument(`\n\n## 第１条（定義） {#definitions}\n\n本規約において用いる用語は、次のとおりとします。\n${BODY.replace('第２条（禁止事項）', '第３条（禁止事項）').replace('第１条（通知）', '第２条（通知）')}`);
    const after = lintToSarif(moved).runs[0].results as SarifResult[];
    expect(after.map((r) => r.locations[0]?.physicalLocation.region.startLine)).not.toEqual(before.map((r) => r.locations[0]?.physicalLocation.region.startLine));
    expect(byRule(after)).toEqual(byRule(before));
    const prints = before.map((r) => r.partialFingerprints['termsFinding/v1']);
    expect(new Set(prints).size).toBe(prints.length);
    // Run twice: the same.
    expect(byRule(lintToSarif(exampleDocument(BODY)).runs[0].results)).toEqual(byRule(before));
  });

  it('should tell identical findings of one clause apart', () => {
    const d = (line: number): Diagnostic => ({ file: 'terms/a.md', line, column: 1, severity: 'warning', ruleId: 'bracket-width', message: 'm', clause: 'art-1-p1' });
    const log = sarif({ diagnostics: [d(3), d(4)], suppressed: [], rules: RULE_METAS });
    const [a, b] = log.runs[0].results.map((r: SarifResult) => r.partialFingerprints['termsFinding/v1']);
    expect(a).not.toBe(b);
  });

  it('should keep 25,000 results, errors first, and say in the run what was left out', () => {
    const many: Diagnostic[] = [];
    for (let i = 1; i <= 25_010; i++) many.push({ file: 'terms/a.md', line: i, column: 1, severity: i % 2 ? 'warning' : 'error', ruleId: 'bracket-width', message: `m${i}` });
    const report: Report = { diagnostics: many, suppressed: [], rules: RULE_METAS };
    expect(sarifModule.sarifOverflow(report)).toBe(10);
    const log = sarif(report);
    const results = log.runs[0].results as SarifResult[];
    expect(results).toHaveLength(25_000);
    expect(results.filter((r) => r.level === 'error')).toHaveLength(12_505);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toContain('10 results left out');
    expect(validate(log)).toBe(true);
    expect(sarif({ ...report, diagnostics: many.slice(0, 100) }).runs[0].invocations[0].toolExecutionNotifications).toBeUndefined();
  });
});
