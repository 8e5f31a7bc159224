import { describe, expect, it } from 'vitest';
import * as config from '../../src/lint/config.js';
import { RULE_IDS } from '../../src/lint/index.js';
import { readFileSync } from 'node:fs';

describe('parseLintConfig', () => {
  it('should export parseLintConfig only', () => {
    expect(Object.keys(config)).toEqual(['parseLintConfig']);
  });

  it('should read severities, off included', () => {
    const result = config.parseLintConfig('{ "rules": { "topic-doubled": "off", "document-name": "error" } }', 'terms.config.json', RULE_IDS);
    expect(result).toEqual({ config: { rules: { 'topic-doubled': 'off', 'document-name': 'error' } }, diagnostics: [] });
  });

  it('should report every unknown rule, bad severity and unknown field with its line and column', () => {
    const text = '{\n  "rule": {},\n  "rules": {\n    "no-such-rule": "error",\n    "topic-doubled": "fatal"\n  }\n}\n';
    const { diagnostics } = config.parseLintConfig(text, 'terms.config.json', RULE_IDS);
    expect(diagnostics.map((d) => [d.line, d.column, d.ruleId, d.severity])).toEqual([
      [2, 3, 'config/invalid', 'error'],
      [4, 5, 'config/invalid', 'error'],
      [5, 22, 'config/invalid', 'error'],
    ]);
    expect(diagnostics.map((d) => d.message.split(' / ')[1])).toEqual([
      'Unexpected field "rule", expected "rules"',
      'Unexpected unknown rule no-such-rule',
      'Unexpected severity "fatal", expected one of error, warning, info, off',
    ]);
  });

  it('should report a file that is not JSON without throwing', () => {
    const { diagnostics } = config.parseLintConfig('{ "rules": ', 'terms.config.json', RULE_IDS);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toMatch(/^設定ファイルを読めません/u);
  });

  it('should accept the project’s terms.config.json, which lists every rule', () => {
    const { config: read, diagnostics } = config.parseLintConfig(readFileSync('terms.config.json', 'utf8'), 'terms.config.json', RULE_IDS);
    expect(diagnostics).toEqual([]);
    expect(Object.keys(read.rules).sort()).toEqual([...RULE_IDS].sort());
  });
});
