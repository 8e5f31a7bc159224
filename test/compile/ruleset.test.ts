import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as compile from '../../src/compile/index.js';
import type { RuleSet } from '../../src/ruleset/schema.js';

const source = readFileSync('terms/knet-cloud/2018-04-20.md', 'utf8');
const compiled = compile.compileTerms(source, 'terms/knet-cloud/2018-04-20.md').ruleSet as RuleSet;

const rule = (kind: string) => compiled.rules.filter((r) => r.kind === kind);
const clause = (id: string) =>
  compiled.articles
    .flatMap((a) => [a, ...a.paragraphs, ...a.paragraphs.flatMap((p) => [...p.items, ...p.items.flatMap((i) => i.subitems)])])
    .find((c) => c.id === id);

describe('compileTerms on the 2018 terms', () => {
  it('should export compileTerms only', () => {
    expect(Object.keys(compile)).toEqual(['compileTerms']);
  });

  it('should read the front matter into meta', () => {
    expect(compiled.meta).toMatchObject({
      document: 'knet-cloud',
      title: 'Knetクラウドサービス利用規約',
      company: 'Knet 株式会社',
      version: '2018-04-20',
      effective: '2018-04-20',
      noticeDate: null,
      numbering: { paragraph: 'fullwidth', item: 'mixed' },
    });
    expect(compiled.schema).toMatch(/ruleset-1\.schema\.json$/u);
  });

  it('should build 7 chapters holding the 36 articles in order', () => {
    expect(compiled.chapters.map((c) => c.id)).toEqual(['ch-1', 'ch-2', 'ch-3', 'ch-4', 'ch-5', 'ch-6', 'ch-7']);
    expect(compiled.chapters.flatMap((c) => c.articles)).toEqual(compiled.articles.map((a) => a.id));
    expect(compiled.chapters[1]?.articles[0]).toBe('art-9');
  });

  it('should number paragraphs and items by position with ids, keys and labels', () => {
    const art14 = compiled.articles[13];
    expect(art14?.id).toBe('art-14');
    expect(art14?.key).toBe('cancellation-by-customer');
    expect(art14?.caption?.text).toBe('契約者からの利用契約の解約');
    expect(art14?.paragraphs.map((p) => [p.id, p.label, p.key])).toEqual([
      ['art-14-p1', null, 'cancellation-by-customer.p1'],
      ['art-14-p2', '２．', 'cancellation-by-customer.p2'],
    ]);
    expect(clause('art-15-p1-i8')).toMatchObject({ label: '（８）', num: { value: 8, written: '８' }, labelExplicit: false });
    expect(clause('art-15-p1-i10')).toMatchObject({ label: '（10）', num: { value: 10, written: '10' } });
  });

  it('should keep labels the published text wrote differently, as written', () => {
    expect(clause('art-15-p1-i9')).toMatchObject({ label: '（9）', labelExplicit: true, num: { value: 9, written: '9' } });
    expect(clause('art-32-p2')).toMatchObject({ label: '2．', labelExplicit: true });
    expect(clause('art-32-p2-i1')?.text.startsWith('（１） 刑事訴訟法')).toBe(true);
  });

  it('should bind each annotation to the clause it stands in', () => {
    expect(rule('cancellation')).toMatchObject([
      { clause: 'art-14-p1', notice: { duration: 'P2M', n: 2, unit: 'months', firstDay: 'exclude', event: 'end-of-day' } },
    ]);
    expect(rule('change-notice')).toMatchObject([{ clause: 'art-4-p2', notice: { duration: 'P1M', event: 'start-of-day' } }]);
    expect(rule('termination-ground')).toMatchObject([{ clause: 'art-15-p1-i8', after: { n: 1, unit: 'months' } }]);
    expect(rule('term-start')).toMatchObject([{ clause: 'art-2-p1-i5', firstDay: 'include' }]);
    expect(rule('sla-credit')[0]).toMatchObject({
      clause: 'art-34-p1',
      threshold: { n: 24, unit: 'hours' },
      creditPerUnit: { numerator: 1, denominator: 60 },
      rounding: 'floor',
      claimWithin: { n: 3, unit: 'months' },
    });
    expect(rule('authorized-user-cure')).toMatchObject([{ clause: 'art-30-p2', cure: { n: 7, unit: 'days' } }]);
  });

  it('should collect the defined terms of 第２条 and the inline definitions', () => {
    const terms = compiled.definitions.filter((d) => d.source === 'definitions').map((d) => [d.term, d.clause]);
    expect(terms).toHaveLength(13);
    expect(terms[0]).toEqual(['本サービス', 'art-2-p1-i1']);
    expect(terms[12]).toEqual(['契約者等', 'art-2-p1-i13']);
    const inline = compiled.definitions.filter((d) => d.source === 'inline').map((d) => d.term);
    expect(inline).toEqual(expect.arrayContaining(['当社', '利用規約', '秘密情報', '業務情報', '反社会的勢力', '再委託先']));
  });

  it('should resolve the cross-references of the text, and leave other laws alone', () => {
    const find = (from: string, text: string) => compiled.references.find((r) => r.from === from && r.text === text);
    expect(find('art-12-p3', '第15条（当社からの利用契約の解約）第１項各号')).toMatchObject({
      kind: 'absolute',
      target: 'art-15-p1',
      caption: '当社からの利用契約の解約',
      brackets: 'full',
    });
    expect(find('art-30-p2', '前条第１項各号')?.target).toBe('art-29-p1');
    expect(find('art-22-p2', '同条')?.target).toBe('art-33');
    expect(find('art-20-p1', '第32条(秘密情報の取り扱い)')?.brackets).toBe('half');
    expect(find('art-9-p4', '前各項')?.targets).toEqual(['art-9-p1', 'art-9-p2', 'art-9-p3']);
    expect(find('art-32-p2', '前各項')?.targets).toEqual(['art-32-p1']);
    expect(find('art-27-p1-i14', '前各号')?.targets).toHaveLength(13);
    expect(find('art-32-p2-i1', '第２１８条（令状による差押え・捜索・検証）')).toMatchObject({ kind: 'external', target: null });
  });

  it('should place every reference at its line and column in the source', () => {
    const lines = source.split('\n');
    for (const ref of compiled.references) {
      expect(lines[ref.loc.line - 1]?.slice(ref.loc.column - 1).startsWith(ref.text)).toBe(true);
    }
  });

  it('should hash every clause and the document, and change the hash with the text', () => {
    expect(compiled.hash).toMatch(/^[0-9a-f]{64}$/u);
    const edited = compile.compileTerms(source.replace('２ヶ月前までに', '３ヶ月前までに'), 'x.md').ruleSet as RuleSet;
    expect(edited.hash).not.toBe(compiled.hash);
    expect(edited.articles[13]?.hash).not.toBe(compiled.articles[13]?.hash);
    expect(edited.articles[12]?.hash).toBe(compiled.articles[12]?.hash);
  });
});

describe('compileTerms on less usual forms', () => {
  const FRONT = `---\ndocument: demo\ntitle: デモ\ncompany: デモ株式会社\nversion: 2026-01-01\neffective: 2026-01-01\n---\n`;

  it('should resolve 前条各号 to the items of the previous article’s first paragraph', () => {
    const md = `${FRONT}\n## 第１条（一）\n\n次の各号に該当するとき。\n\n- 甲\n- 乙\n\n## 第２条（二）\n\n前条各号の場合は、この限りでない。\n`;
    const ref = compile.compileTerms(md, 'demo.md').ruleSet?.references.find((r) => r.text === '前条各号');
    expect(ref).toMatchObject({ target: 'art-1-p1', targets: ['art-1-p1-i1', 'art-1-p1-i2'] });
  });

  it('should read 附　則 with a space as the supplementary provisions', () => {
    const md = `${FRONT}\n## 第１条（一）\n\n本文。\n\n# 附　則\n\nこの規約は、公布の日から施行する。\n`;
    expect(compile.compileTerms(md, 'demo.md').ruleSet?.supplProvision?.label).toBe('附　則');
  });
});

describe('references between items', () => {
  const FRONT = `---\ndocument: demo\ntitle: デモ\ncompany: デモ株式会社\nversion: 2026-01-01\neffective: 2026-01-01\n---\n`;

  it('should resolve 前号 and 次号 to the neighbouring items, and nothing before the first', () => {
    const md = `${FRONT}\n## 第１条（一）\n\n次の各号とする。\n\n- 次号の場合\n- 前号に準ずる場合\n`;
    const refs = compile.compileTerms(md, 'demo.md').ruleSet?.references.map((r) => [r.from, r.text, r.target]);
    expect(refs).toEqual([
      ['art-1-p1-i1', '次号', 'art-1-p1-i2'],
      ['art-1-p1-i2', '前号', 'art-1-p1-i1'],
    ]);
    const first = compile.compileTerms(`${FRONT}\n## 第１条（一）\n\n次のとおり。\n\n- 前号の場合\n`, 'demo.md').ruleSet;
    expect(first?.references[0]?.target).toBeNull();
  });
});
