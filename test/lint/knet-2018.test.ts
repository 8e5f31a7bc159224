import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { compileTerms } from '../../src/compile/index.js';
import { lintRuleSet, lintSource } from '../../src/lint/index.js';
import type { RuleSet } from '../../src/ruleset/schema.js';

const PATH = 'terms/knet-cloud/2018-04-20.md';
const source = readFileSync(PATH, 'utf8');
const ruleSet = compileTerms(source, PATH).ruleSet as RuleSet;

/** Every defect of the published 2018 text: rule id and clause, in document order. */
const DEFECTS = [
  ['topic-doubled', 'art-4-p1'],
  ['annotation-missing', 'art-4-p1'],
  ['conjunction-nesting', 'art-11-p1'],
  ['conjunction-nesting', 'art-15-p1'],
  ['label-style', 'art-15-p1-i9'],
  ['ref-target', 'art-18-p2-i1'],
  ['ref-caption', 'art-18-p2-i1'],
  ['bracket-width', 'art-20-p1'],
  ['bracket-width', 'art-22-p2'],
  ['ref-caption', 'art-22-p2'],
  ['conjunction-nesting', 'art-25-p3'],
  ['bracket-width', 'art-27-p1-i11'],
  ['defined-term', 'art-28-p3'],
  ['defined-term', 'art-29-p1-i1'],
  ['conjunction-nesting', 'art-30-p2-i2'],
  ['label-style', 'art-32-p2'],
  ['ref-relative', 'art-32-p2'],
  ['label-style', 'art-32-p2-i1'],
  ['label-style', 'art-32-p2-i2'],
  ['label-style', 'art-32-p2-i3'],
  ['label-style', 'art-32-p3'],
  ['label-style', 'art-32-p4'],
  ['label-style', 'art-32-p5'],
  ['label-style', 'art-32-p6'],
  ['label-style', 'art-32-p7'],
  ['document-name', 'art-36-p1'],
  ['defined-term', 'suppl-p1'],
  ['date-consistent', 'suppl-p1'],
];

/** Runs the CLI in-process and parses its JSON output. */
async function lintJson(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(['lint', '--format', 'json', ...args], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { status, stderr, findings: JSON.parse(stdout) as Array<{ ruleId: string; clause: string | null; message: string; line: number }> };
}

describe('terms lint on the published 2018 terms', () => {
  it('should compile the published text cleanly, with one suppression (and its reason) before each defective clause', () => {
    expect(compileTerms(source, PATH).diagnostics).toEqual([]);
    const clauses = new Set(DEFECTS.map(([, clause]) => clause));
    expect(ruleSet.suppressions).toHaveLength(clauses.size);
    expect(ruleSet.suppressions.every((s) => s.reason !== null && /^公表版の/u.test(s.reason))).toBe(true);
  });

  it('should report exactly the known defects with --ignore-suppressions, and nothing else', async () => {
    const { status, findings } = await lintJson('--ignore-suppressions', PATH);
    expect(findings.map((f) => [f.ruleId, f.clause])).toEqual(DEFECTS);
    expect(status).toBe(1);
  });

  it('should report nothing by default: every defect carries a suppression with a reason, and every suppression is used', async () => {
    const { status, findings, stderr } = await lintJson(PATH);
    expect(findings).toEqual([]);
    expect(status).toBe(0);
    expect(stderr).toContain(`抑止 ${DEFECTS.length}`);
  });

  it('should say what is wrong in the messages of the reference defects', async () => {
    const { findings } = await lintJson('--ignore-suppressions', PATH);
    const messages = findings.map((f) => `${f.ruleId} ${f.clause} ${f.message}`);
    expect(messages).toContainEqual(expect.stringContaining('ref-caption art-18-p2-i1 参照先の見出しが一致しません: 第36条の見出しは（サービスレベル）です'));
    expect(messages).toContainEqual(expect.stringContaining('Unexpected caption （免責）, expected （サービスレベル）'));
    expect(messages).toContainEqual(expect.stringContaining('（免責）は第35条の見出しです'));
    expect(messages).toContainEqual(expect.stringContaining('ref-caption art-22-p2 参照先の見出しが一致しません: 第33条の見出しは（業務情報の保存と削除）です'));
    expect(messages).toContainEqual(expect.stringContaining('ref-relative art-32-p2 前にある項は一つだけです'));
    expect(messages).toContainEqual(expect.stringContaining('date-consistent suppl-p1 西暦と和暦が一致しません: 2018年4月20日は平成30年です'));
    expect(messages).toContainEqual(expect.stringContaining('Unexpected 本契約, expected the defined term 利用契約'));
    expect(messages).toContainEqual(expect.stringContaining('Unexpected 利用規約等, expected the defined term 利用契約等 or 利用規約'));
  });

  it('should find nothing wrong with the valid references of the 2018 text', () => {
    const { diagnostics } = lintRuleSet(ruleSet, { ignoreSuppressions: true });
    const refFindings = diagnostics.filter((d) => d.ruleId.startsWith('ref-') || d.ruleId === 'bracket-width');
    const valid = ruleSet.references.filter(
      (r) => !refFindings.some((d) => d.clause === r.from && d.line === r.loc.line && d.column >= r.loc.column && d.column < r.loc.endColumn),
    );
    for (const text of [
      '第15条（当社からの利用契約の解約）第１項各号',
      '第12条（一時的な中断及び提供停止）第３項',
      '前条第１項各号',
      '第10条（認定利用者による利用）',
      '第20条（再委託）',
      '前各項',
      '前項各号',
      '第１項各号',
      '同条',
      '本条',
      '第９条',
      '第２１８条（令状による差押え・捜索・検証）',
      '第４条（発信者情報の開示請求等）',
    ]) {
      expect(valid.map((r) => r.text)).toContain(text);
    }
    // Of the 40 references, only the three defective ones and the two with half-width captions are reported.
    expect(ruleSet.references.length - valid.length).toBe(5);
    expect(ruleSet.references.filter((r) => r.kind === 'external')).toHaveLength(2);
  });

  it('should report a cancellation annotation of P3M where the text says ２ヶ月, and text that says ３ヶ月 where the annotation is P2M', () => {
    const annotated = source.replace('kind: cancellation\nnotice: P2M', 'kind: cancellation\nnotice: P3M');
    expect(annotated).not.toBe(source);
    const a = lintSource(annotated, PATH, { ignoreSuppressions: true }).lint?.diagnostics.filter((d) => d.ruleId === 'annotation-text');
    expect(a?.map((d) => d.clause)).toEqual(['art-14-p1', 'art-14-p1', 'art-14-p1', 'art-14-p1']);
    expect(a?.find((d) => d.message.includes('in the annotation'))?.message).toContain('Unexpected notice: P3M in the annotation, expected it in the text (the text says ２ヶ月, ２ヶ月, ２ヶ月)');
    expect(a?.filter((d) => d.message.startsWith('本文の「２ヶ月」'))).toHaveLength(3);

    const written = source.replace('解約希望日の２ヶ月前までに', '解約希望日の３ヶ月前までに');
    expect(written).not.toBe(source);
    const b = lintSource(written, PATH, { ignoreSuppressions: true }).lint?.diagnostics.filter((d) => d.ruleId === 'annotation-text');
    expect(b?.map((d) => [d.clause, d.message.slice(0, 12)])).toEqual([['art-14-p1', '本文の「３ヶ月」に対応す']]);
  });

  it('should report nothing in the 2027 version but the law it cites by its former title, and carry no suppression', { skip: !existsSync('terms/knet-cloud/2027-01-01.md') }, async () => {
    const path = 'terms/knet-cloud/2027-01-01.md';
    const compiled = compileTerms(readFileSync(path, 'utf8'), path).ruleSet as RuleSet;
    expect(compiled.suppressions).toEqual([]);
    const { status, findings } = await lintJson(path);
    // 2027 corrects the label of 第32条２(2) but keeps プロバイダ責任制限法's title before 2025-04-01 (issue 18).
    expect(findings.map((f) => [f.ruleId, f.clause])).toEqual([['statute-name', 'art-32-p2-i2']]);
    expect(findings[0]?.message).toContain('2025年4月1日から「特定電気通信による情報の流通によって発生する権利侵害等への対処に関する法律」に題名が改められています');
    expect(status).toBe(0);
  });
});
