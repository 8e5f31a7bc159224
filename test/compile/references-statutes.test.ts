import { describe, expect, it } from 'vitest';
import { compileTerms } from '../../src/compile/index.js';
import { lintRuleSet } from '../../src/lint/index.js';
import { statuteName } from '../../src/lint/rules/statute-name.js';
import type { RuleSet } from '../../src/ruleset/schema.js';
import { renderReference } from '../../src/site/render/reference.js';
import { findStatuteNames, LAWS, lookupStatute } from '../../src/statutes/index.js';

const ERAS: Record<string, number> = { 明治: 1, 大正: 2, 昭和: 3, 平成: 4, 令和: 5 };

/** The e-Gov id of an Act from its number: 昭和51年法律第57号 → 351AC0000000057. */
function actId(lawNum: string): string | null {
  const m = /^(明治|大正|昭和|平成|令和)(\d+)年法律第(\d+)号$/u.exec(lawNum);
  if (!m) return null;
  return `${ERAS[m[1] ?? '']}${(m[2] ?? '').padStart(2, '0')}AC0000000${(m[3] ?? '').padStart(3, '0')}`;
}

describe('the table of laws', () => {
  it('should give every law an id that is its Act number, a source, and names that are unique', () => {
    for (const law of LAWS) {
      expect(actId(law.lawNum), law.title).toBe(law.lawId);
      expect(law.source.length, law.title).toBeGreaterThan(10);
      expect(law.names.filter((n) => n.kind === 'title').map((n) => n.name), law.title).toEqual([law.title]);
      for (const n of law.names) if (n.kind === 'former') expect(n.until, n.name).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    }
    const names = LAWS.flatMap((l) => l.names.map((n) => n.name));
    expect(new Set(names).size).toBe(names.length);
  });

  it('should look names up by title, abbreviation and former title', () => {
    expect(lookupStatute('特定商取引法')?.law.lawId).toBe('351AC0000000057');
    expect(lookupStatute('民法')?.name.kind).toBe('title');
    expect(lookupStatute('プロバイダ責任制限法')?.name).toEqual({ name: 'プロバイダ責任制限法', kind: 'former', until: '2025-03-31' });
    expect(lookupStatute('日本法')).toBeNull();
  });

  it('should find the longest name, and an unknown one only before an article number', () => {
    expect(findStatuteNames('特定商取引に関する法律及び日本法').map((m) => m.name)).toEqual(['特定商取引に関する法律']);
    expect(findStatuteNames('準拠法は日本法とし、電子帳簿保存法第４条及び同法の規定による').map((m) => [m.name, m.known])).toEqual([['電子帳簿保存法', null]]);
  });
});

describe('statutes cited in the text', () => {
  const FRONT = `---\ndocument: demo\ntitle: デモ\ncompany: デモ株式会社\nversion: 2026-01-01\neffective: 2026-01-01\n---\n`;
  const md = `${FRONT}
## 第１条（変更） {#a}

当社は、民法第548条の4の規定に基づき、この規約を変更することがある。

2. 利用者は、特定商取引法及び同法に基づく命令を遵守する。

3. 当社は、電子帳簿保存法第４条に従い、取引情報を保存する。
`;
  const ruleSet = compileTerms(md, 'demo.md').ruleSet as RuleSet;
  const statutes = ruleSet.references.filter((r) => r.kind === 'statute');

  it('should record each as a reference of kind statute, with the law, its id and the article cited', () => {
    expect(statutes.map((r) => [r.from, r.text, r.statute])).toEqual([
      ['art-1-p1', '民法', { name: '民法', title: '民法', lawId: '129AC0000000089', article: { value: 548, branch: 4, written: '548' } }],
      ['art-1-p2', '特定商取引法', { name: '特定商取引法', title: '特定商取引に関する法律', lawId: '351AC0000000057', article: null }],
      ['art-1-p2', '同法', { name: '同法', title: '特定商取引に関する法律', lawId: '351AC0000000057', article: null }],
      ['art-1-p3', '電子帳簿保存法', { name: '電子帳簿保存法', title: null, lawId: null, article: { value: 4, written: '４' } }],
    ]);
    // The article itself stays a reference to another law, never resolved in this document.
    expect(ruleSet.references.filter((r) => r.kind === 'external').map((r) => r.text)).toEqual(['第548条の4', '第４条']);
  });

  it('should have lint report the name the table does not know', () => {
    const findings = lintRuleSet(ruleSet, { rules: [statuteName] }).diagnostics;
    expect(findings.map((d) => [d.clause, d.line, d.column])).toEqual([['art-1-p3', 15, 8]]);
    expect(findings[0]?.message).toContain('法令名「電子帳簿保存法」は法令の表にありません');
  });

  it('should link a known statute to its page on e-Gov 法令検索 and leave an unknown one as text', () => {
    const names = new Map<string, string>();
    expect(renderReference(statutes[1]!, names).value).toBe(
      '<a class="ref-statute" href="https://laws.e-gov.go.jp/law/351AC0000000057" rel="external" title="特定商取引に関する法律（e-Gov 法令検索）">特定商取引法</a>',
    );
    expect(renderReference(statutes[3]!, names).value).toBe('<span class="ref-statute">電子帳簿保存法</span>');
  });
});

describe('the statutes of the Knet terms', () => {
  it('should recognise 消費税法, 地方税法, 民法, 特定商取引法 and the rest, with 同法 for the law named before', async () => {
    const { readFileSync } = await import('node:fs');
    const path = 'terms/knet-cloud/2027-01-01.md';
    const ruleSet = compileTerms(readFileSync(path, 'utf8'), path).ruleSet as RuleSet;
    const cited = ruleSet.references.filter((r) => r.kind === 'statute').map((r) => [r.text, r.statute?.lawId]);
    expect(cited).toEqual([
      ['消費税法', '363AC0000000108'],
      ['同法', '363AC0000000108'],
      ['地方税法', '325AC0000000226'],
      ['同法', '325AC0000000226'],
      ['民法', '129AC0000000089'],
      ['特定商取引法', '351AC0000000057'],
      ['特定電子メールの送信の適正化等に関する法律', '414AC0000000026'],
      ['刑事訴訟法', '323AC0000000131'],
      ['同法', '323AC0000000131'],
      ['特定電気通信役務提供者の損害賠償責任の制限及び発信者情報の開示に関する法律', '413AC0000000137'],
    ]);
  });
});
