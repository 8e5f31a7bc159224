import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTerms } from '../../src/compile/index.js';
import { parseReferences } from '../../src/compile/references/grammar.js';
import { resolveReference, type Documents, type Position } from '../../src/compile/references/resolve.js';
import { lintRuleSet } from '../../src/lint/index.js';
import type { Reference, RuleSet } from '../../src/ruleset/schema.js';

const PATH = 'test/compile/fixtures/references-minato.md';
const source = readFileSync(PATH, 'utf8');
const compiled = compileTerms(source, PATH);
const ruleSet = compiled.ruleSet as RuleSet;
const clauseRefs = ruleSet.references.filter((r) => r.kind !== 'statute');

/** One case per form: the clause it stands in, the text, its kind, and every clause it designates. */
const CASES: ReadonlyArray<readonly [string, string, Reference['kind'], string[]]> = [
  // Forms that already resolved: 漢数字, 本条, 第４条の２.
  ['art-3-p4', '第二条第三号', 'absolute', ['art-2-p1-i3']],
  ['art-4_2-p1', '第四条', 'absolute', ['art-4']],
  ['art-4_2-p1', '本条', 'relative', ['art-4_2']],
  ['art-5-p1-i5', '第４条の２', 'absolute', ['art-4_2']],
  // Spaces around the numbers.
  ['art-4-p2', '第 8 条第 3 項', 'absolute', ['art-8-p3']],
  // 前二項 / 前三項.
  ['art-3-p3', '前二項', 'relative', ['art-3-p1', 'art-3-p2']],
  ['art-3-p4', '前三項', 'relative', ['art-3-p1', 'art-3-p2', 'art-3-p3']],
  // Ranges: every article between the ends, 第四条の二 included.
  ['art-6-p1-i1', '第１条から第３条まで', 'absolute', ['art-1', 'art-2', 'art-3']],
  ['art-6-p1-i2', '第3条乃至第5条', 'absolute', ['art-3', 'art-4', 'art-4_2', 'art-5']],
  ['art-6-p1-i3', '第3条〜第5条', 'absolute', ['art-3', 'art-4', 'art-4_2', 'art-5']],
  ['art-6-p2', '第３条～第５条', 'absolute', ['art-3', 'art-4', 'art-4_2', 'art-5']],
  // Exclusion: 第二号 is not designated.
  ['art-4-p1', '第２条各号（第二号を除く。）', 'absolute', ['art-2-p1-i1', 'art-2-p1-i3', 'art-2-p1-i4']],
  // 附則第２項; 別表 in a document without one: unresolved, and reported below.
  ['art-1-p1', '附則第２項', 'absolute', ['suppl-p2']],
  ['art-4-p1', '別表', 'absolute', []],
  // 次項 / 次号, 同項 / 同号, この条, 前条第１項各号.
  ['art-3-p2', '次項', 'relative', ['art-3-p3']],
  ['art-5-p1-i3', '次号', 'relative', ['art-5-p1-i4']],
  ['art-7-p2', '同項', 'relative', ['art-7-p1']],
  ['art-5-p1-i4', '同号', 'relative', ['art-5-p1-i2']],
  ['art-3-p2', 'この条', 'relative', ['art-3']],
  ['art-7-p1', '前条第１項各号', 'relative', ['art-6-p1-i1', 'art-6-p1-i2', 'art-6-p1-i3']],
  // Relative forms inside the 附則.
  ['suppl-p2', '前項', 'relative', ['suppl-p1']],
];

describe('references of every form, in a fixture of another company’s style', () => {
  it('should compile the fixture cleanly', () => {
    expect(compiled.diagnostics).toEqual([]);
  });

  it.each(CASES)('in %s, should resolve 「%s」 (%s) to %j', (from, text, kind, targets) => {
    const ref = clauseRefs.find((r) => r.from === from && r.text === text);
    expect(ref, `${from} ${text}`).toBeDefined();
    expect(ref?.kind).toBe(kind);
    expect(ref?.targets).toEqual(targets);
  });

  it('should find no reference the table does not list', () => {
    const listed = new Set(CASES.map(([from, text]) => `${from} ${text}`));
    const extra = clauseRefs.map((r) => `${r.from} ${r.text}`).filter((k) => !listed.has(k));
    expect(extra).toEqual(['art-3-p2 前項', 'art-5-p1-i2 前号', 'art-5-p1-i4 第二号', 'art-7-p2 前項']);
  });

  it('should keep the single target of a reference that names one clause, and none for several', () => {
    const target = (text: string) => clauseRefs.find((r) => r.text === text)?.target;
    expect(target('第 8 条第 3 項')).toBe('art-8-p3');
    expect(target('前条第１項各号')).toBe('art-6-p1');
    expect(target('第１条から第３条まで')).toBeNull();
    expect(target('前二項')).toBeNull();
    expect(target('第２条各号（第二号を除く。）')).toBeNull();
  });

  it('should keep the parsed parts in the rule set, with named pointers', () => {
    const parts = (text: string) => clauseRefs.find((r) => r.text === text);
    expect(parts('前条第１項各号')?.parts).toEqual([
      { level: 'article', pointer: 'prev', num: null, count: null },
      { level: 'paragraph', pointer: 'named', num: { value: 1, written: '１' }, count: null },
      { level: 'item', pointer: 'each', num: null, count: null },
    ]);
    expect(parts('前三項')?.parts).toEqual([{ level: 'paragraph', pointer: 'prev-count', num: null, count: 3 }]);
    expect(parts('第４条の２')?.parts).toEqual([{ level: 'article', pointer: 'named', num: { value: 4, branch: 2, written: '４' }, count: null }]);
    expect(parts('第４条の２')?.numbers).toEqual([{ value: 4, written: '４' }, { value: 2, written: '２' }]);
    expect(parts('第１条から第３条まで')?.through).toEqual([{ level: 'article', pointer: 'named', num: { value: 3, written: '３' }, count: null }]);
    expect(parts('第２条各号（第二号を除く。）')?.excluding).toEqual([[{ level: 'item', pointer: 'named', num: { value: 2, written: '二' }, count: null }]]);
    expect(parts('附則第２項')?.parts.map((p) => [p.level, p.pointer])).toEqual([['suppl', 'named'], ['paragraph', 'named']]);
    expect(parts('同号')?.parts).toEqual([{ level: 'item', pointer: 'same', num: null, count: null }]);
  });

  it('should place every reference at its line and column', () => {
    const lines = source.split('\n');
    for (const ref of ruleSet.references) {
      expect(lines[ref.loc.line - 1]?.slice(ref.loc.column - 1).startsWith(ref.text), ref.text).toBe(true);
    }
  });

  it('should report every reference that does not resolve: here the 別表 the document lacks', () => {
    const unresolved = ruleSet.references.filter((r) => r.kind !== 'external' && r.kind !== 'statute' && r.targets.length === 0);
    const findings = lintRuleSet(ruleSet, { ignoreSuppressions: true }).diagnostics.filter((d) => d.ruleId.startsWith('ref-'));
    expect(unresolved.map((r) => r.text)).toEqual(['別表']);
    expect(findings.map((d) => [d.ruleId, d.clause, d.message.split(' / ')[0]])).toEqual([['ref-target', 'art-4-p1', 'この文書に別表はありません']]);
  });
});

describe('forms that do not resolve where they stand are reported', () => {
  const FRONT = `---\ndocument: demo\ntitle: デモ\ncompany: デモ株式会社\nversion: 2026-01-01\neffective: 2026-01-01\n---\n`;
  const md = `${FRONT}
## 第１条（一） {#a}

前二項の規定は、第１条から第９条までに適用する。

2. 次項の場合は、同号の例による。

   - 前三号に掲げる場合
`;
  const rs = compileTerms(md, 'demo.md').ruleSet as RuleSet;

  it('should leave them unresolved and have lint report each', () => {
    const refs = rs.references.map((r) => [r.from, r.text, r.targets]);
    expect(refs).toEqual([
      ['art-1-p1', '前二項', []],
      ['art-1-p1', '第１条から第９条まで', []],
      ['art-1-p2', '次項', []],
      ['art-1-p2', '同号', []],
      ['art-1-p2-i1', '前三号', []],
    ]);
    const findings = lintRuleSet(rs, { ignoreSuppressions: true }).diagnostics.filter((d) => d.ruleId.startsWith('ref-'));
    expect(findings.map((d) => [d.ruleId, d.clause])).toEqual([
      ['ref-relative', 'art-1-p1'],
      ['ref-target', 'art-1-p1'],
      ['ref-relative', 'art-1-p2'],
      ['ref-relative', 'art-1-p2'],
      ['ref-relative', 'art-1-p2-i1'],
    ]);
  });
});

describe('the resolver', () => {
  const article = (ruleSet.articles[0] as RuleSet['articles'][number]);
  const at = (): Position => ({ container: article, index: 0, paragraph: article.paragraphs[0]!, item: null, last: { article: null, paragraph: null, item: null } });
  const resolve = (text: string, doc: Documents) => {
    const parsed = parseReferences(text)[0];
    if (!parsed) throw new Error(`no reference in ${text}`);
    return resolveReference(parsed, doc, at());
  };

  it('should resolve 別表 and 別表第二 to the document’s appendices when it has them', () => {
    const doc: Documents = { articles: ruleSet.articles, suppl: ruleSet.supplProvision, appendices: [{ id: 'appdx-1', num: 1 }, { id: 'appdx-2', num: 2 }] };
    expect(resolve('別表第二', doc)).toEqual({ target: 'appdx-2', targets: ['appdx-2'] });
    expect(resolve('別表', { ...doc, appendices: [{ id: 'appdx', num: null }] })).toEqual({ target: 'appdx', targets: ['appdx'] });
    expect(resolve('別表第三', doc)).toEqual({ target: null, targets: [] });
  });

  it('should resolve a range of paragraphs inside the article the range names', () => {
    const doc: Documents = { articles: ruleSet.articles, suppl: ruleSet.supplProvision, appendices: [] };
    expect(resolve('第三条第二項から第四項まで', doc).targets).toEqual(['art-3-p2', 'art-3-p3', 'art-3-p4']);
    expect(resolve('第3条第4項から第2項まで', doc).targets).toEqual([]);
  });
});

describe('the grammar on any text', () => {
  const WIDTHS = [(n: number) => String(n), (n: number) => String(n).replace(/[0-9]/gu, (d) => '０１２３４５６７８９'[Number(d)] ?? d)];
  const KANJI = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const kanji = (n: number) => (n < 10 ? KANJI[n] : `${n >= 20 ? KANJI[Math.floor(n / 10)] : ''}十${KANJI[n % 10]}`) ?? '';

  it('should never throw, and find references inside the text without overlaps', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'第前次同本この各附則別表条項号から乃至まで〜（）を除く。一二三１２3 　、') }), (text) => {
        const refs = parseReferences(text);
        let end = 0;
        for (const r of refs) {
          expect(r.start).toBeGreaterThanOrEqual(end);
          expect(r.end).toBeGreaterThan(r.start);
          expect(r.end).toBeLessThanOrEqual(text.length);
          end = r.end;
        }
      }),
      { seed: 1912, numRuns: 300 },
    );
  });

  it('should read 第N条第M項 in any width, in 漢数字 and with spaces', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 2 }), fc.boolean(), (a, p, width, spaced) => {
        const write = width === 2 ? kanji : (WIDTHS[width] as (n: number) => string);
        const sp = spaced ? ' ' : '';
        const text = `当社は、第${sp}${write(a)}${sp}条第${sp}${write(p)}${sp}項の定めに従う。`;
        const [ref] = parseReferences(text);
        expect(ref?.parts.map((x) => [x.level, x.num?.value])).toEqual([['article', a], ['paragraph', p]]);
        expect(text.slice(ref?.start, ref?.end)).toBe(`第${sp}${write(a)}${sp}条第${sp}${write(p)}${sp}項`);
      }),
      { seed: 1219, numRuns: 200 },
    );
  });
});
