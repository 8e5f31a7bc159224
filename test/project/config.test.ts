import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileTerms } from '../../src/compile/index.js';
import { exampleDocument, lintRuleSet, parseLintConfig, RULE_IDS } from '../../src/lint/index.js';
import * as config from '../../src/project/config.js';

const KNET = readFileSync('terms.config.json', 'utf8');

const compiled = (text: string, path: string) => {
  const { ruleSet, diagnostics } = compileTerms(text, path);
  if (!ruleSet) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return ruleSet;
};

/** Another company's terms: no annotations at all. */
const OTHER = exampleDocument(`
## 第１条（目的） {#purpose}

本規約は、例示株式会社が提供するサービスの利用条件を定めます。
`);

describe('parseProjectConfig', () => {
  it('should export the reader, the defaults and the file name', () => {
    expect(Object.keys(config).sort()).toEqual(['CONFIG_FILE', 'EMPTY_CONFIG', 'documentSettings', 'loadProjectConfig', 'parseProjectConfig']);
  });

  it('should read Knet’s configuration: its site, its company and sender, and its sixteen required kinds', () => {
    const { config: read, diagnostics } = config.parseProjectConfig(KNET, 'terms.config.json', RULE_IDS);
    expect(diagnostics).toEqual([]);
    expect(read.siteUrl).toBe('https://terms.knet.example/');
    const knet = config.documentSettings(read, 'knet-cloud');
    expect(knet).toMatchObject({ company: 'Knet 株式会社', sender: 'Knet 株式会社 <terms@knet.example>' });
    expect(knet.requiredAnnotations).toHaveLength(16);
    expect(knet.requiredAnnotations).toContain('change-notice');
  });

  it('should require nothing of a document the configuration does not name, or names without kinds', () => {
    const { config: read } = config.parseProjectConfig('{ "documents": { "example": { "company": "例示株式会社" } } }', 'terms.config.json', RULE_IDS);
    expect(config.documentSettings(read, 'example').requiredAnnotations).toEqual([]);
    expect(config.documentSettings(read, 'unlisted')).toEqual({ company: null, sender: null, requiredAnnotations: [] });
    expect(config.parseProjectConfig('{}', 'terms.config.json', RULE_IDS).config).toEqual(config.EMPTY_CONFIG);
  });

  it('should report every problem with its line and column, and give no settings then', () => {
    const text = [
      '{',
      '  "site": { "url": "ftp://terms.example.jp/", "title": "x" },',
      '  "documents": {',
      '    "Example": {},',
      '    "example": {',
      '      "compnay": "例示株式会社",',
      '      "sender": "not an address",',
      '      "requiredAnnotations": ["change-notice", "no-such-kind"]',
      '    }',
      '  },',
      '  "rules": { "topic-doubled": "fatal" }',
      '}',
    ].join('\n');
    const { config: read, diagnostics } = config.parseProjectConfig(text, 'terms.config.json', RULE_IDS);
    expect(read).toEqual(config.EMPTY_CONFIG);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message.split(' / ')[1]}`)).toEqual([
      'terms.config.json:2:20 Unexpected site URL "ftp://terms.example.jp/", expected an absolute http(s) URL',
      'terms.config.json:2:47 Unexpected field "title", expected one of "url", "name"',
      'terms.config.json:4:5 Unexpected document id "Example", expected lower-case letters, digits and hyphens',
      'terms.config.json:6:7 Unexpected field "compnay", expected "company"',
      'terms.config.json:7:17 Unexpected sender "not an address", expected "会社名 <address@example.jp>"',
      'terms.config.json:8:48 Unexpected annotation kind "no-such-kind", expected a kind from docs/authoring.md',
      'terms.config.json:11:31 Unexpected severity "fatal", expected one of error, warning, info, off',
    ]);
    expect(diagnostics.every((d) => d.ruleId === 'config/invalid' && d.severity === 'error')).toBe(true);
  });
});

describe('annotation-required, configured per document', () => {
  const lintWith = (configText: string, markdown: string, path: string) => {
    const { config: read, diagnostics } = parseLintConfig(configText, 'terms.config.json', RULE_IDS);
    expect(diagnostics).toEqual([]);
    const options = read.requiredAnnotations ? { requiredAnnotations: read.requiredAnnotations } : {};
    return lintRuleSet(compiled(markdown, path), options).diagnostics.filter((d) => d.ruleId === 'annotation-required');
  };

  it('should ask nothing of another company’s document under Knet’s configuration', () => {
    expect(lintWith(KNET, OTHER, 'terms/example/2026-04-01.md')).toEqual([]);
  });

  it('should ask nothing of a document whose configuration names no kinds', () => {
    expect(lintWith('{ "documents": { "example": { "company": "例示株式会社" } } }', OTHER, 'terms/example/2026-04-01.md')).toEqual([]);
  });

  it('should ask a document for exactly the kinds its configuration names', () => {
    const found = lintWith('{ "documents": { "example": { "requiredAnnotations": ["governing-law", "jurisdiction"] } } }', OTHER, 'terms/example/2026-04-01.md');
    expect(found.map((d) => d.message.split(' / ')[1])).toEqual([
      'Missing annotation governing-law, expected the clause that states it to carry a rule block `kind: governing-law`',
      'Missing annotation jurisdiction, expected the clause that states it to carry a rule block `kind: jurisdiction`',
    ]);
  });

  it('should keep Knet’s sixteen kinds for Knet’s terms: the 2027 version carries them all, one removed is reported', () => {
    const text = readFileSync('terms/knet-cloud/2027-01-01.md', 'utf8');
    expect(lintWith(KNET, text, 'terms/knet-cloud/2027-01-01.md')).toEqual([]);
    const withoutLaw = text.replace(/```rule\nkind: governing-law\n[^`]*```\n/u, '');
    expect(withoutLaw).not.toBe(text);
    expect(lintWith(KNET, withoutLaw, 'terms/knet-cloud/2027-01-01.md').map((d) => d.message.split(' / ')[1])).toEqual([
      'Missing annotation governing-law, expected the clause that states it to carry a rule block `kind: governing-law`',
    ]);
  });
});
