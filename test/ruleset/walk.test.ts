import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileTerms } from '../../src/compile/index.js';
import { exampleDocument } from '../../src/lint/example.js';
import type { RuleSet } from '../../src/ruleset/schema.js';
import * as walk from '../../src/ruleset/walk.js';

function compile(markdown: string, path: string): RuleSet {
  const { ruleSet, diagnostics } = compileTerms(markdown, path);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return ruleSet!;
}

const knet2027 = compile(readFileSync('terms/knet-cloud/2027-01-01.md', 'utf8'), 'terms/knet-cloud/2027-01-01.md');

// A 号 with 号の細分, a 項 without 号, and a 附則 of two 項.
const withSubitems = compile(
  exampleDocument(`
## 第１条（禁止事項） {#a}

契約者は、次の行為をしないものとします。

- 不正アクセス
    - 他人の識別符号を使うこと
    - 制限を免れること
- 虚偽の申告

2. 当社は、前項の行為を発見した場合、利用を停止できます。

## 第２条（準拠法） {#b}

本規約は日本法に準拠します。

# 附則

本規約は、2026年4月1日から施行します。

2. 旧規約は廃止します。
`),
  'walk/subitems.md',
);

/** The walk as plain rows: id, level (by its Japanese name, '' at the top), parent id, path ids, index. */
function rows(ruleSet: RuleSet): string[][] {
  return [...walk.walkClauses(ruleSet)].map((w) => [w.id, w.level?.ja ?? '', w.parent?.id ?? '', w.path.map((c) => c.id).join('/'), String(w.index)]);
}

describe('ruleset/walk', () => {
  it('should export the walk, the index and the child helpers only', () => {
    expect(Object.keys(walk).sort()).toEqual(['childrenOf', 'clauseIndex', 'isSentenceClause', 'walkClauses']);
  });

  it('should walk 項, 号 and 号の細分 in document order with their levels, parents and paths, the 附則 last', () => {
    expect(rows(withSubitems)).toEqual([
      ['art-1', '', '', '', '0'],
      ['art-1-p1', '項', 'art-1', 'art-1', '0'],
      ['art-1-p1-i1', '号', 'art-1-p1', 'art-1/art-1-p1', '0'],
      ['art-1-p1-i1-s1', '号の細分', 'art-1-p1-i1', 'art-1/art-1-p1/art-1-p1-i1', '0'],
      ['art-1-p1-i1-s2', '号の細分', 'art-1-p1-i1', 'art-1/art-1-p1/art-1-p1-i1', '1'],
      ['art-1-p1-i2', '号', 'art-1-p1', 'art-1/art-1-p1', '1'],
      ['art-1-p2', '項', 'art-1', 'art-1', '1'],
      ['art-2', '', '', '', '1'],
      ['art-2-p1', '項', 'art-2', 'art-2', '0'],
      ['suppl', '', '', '', '-1'],
      ['suppl-p1', '項', 'suppl', 'suppl', '0'],
      ['suppl-p2', '項', 'suppl', 'suppl', '1'],
    ]);
  });

  it('should give each clause the level of its kind and its article or 附則 as root', () => {
    for (const ruleSet of [knet2027, withSubitems]) {
      for (const w of walk.walkClauses(ruleSet)) {
        expect(w.id).toBe(w.clause.id);
        expect(w.level?.kind ?? null).toBe(walk.isSentenceClause(w.clause) ? w.clause.kind : null);
        expect(w.parent).toBe(w.path.at(-1) ?? null);
        expect(w.root).toBe(w.path[0] ?? w.clause);
        if (w.parent) expect(walk.childrenOf(w.parent)[w.index]).toBe(w.clause);
      }
    }
  });

  it('should meet every clause of the Knet 2027 terms once, as nested loops over the rule set do', () => {
    const expected: string[] = [];
    for (const root of [...knet2027.articles, ...(knet2027.supplProvision ? [knet2027.supplProvision] : [])]) {
      expected.push(root.id);
      for (const p of root.paragraphs) {
        expected.push(p.id);
        for (const i of p.items) expected.push(i.id, ...i.subitems.map((s) => s.id));
      }
    }
    const ids = [...walk.walkClauses(knet2027)].map((w) => w.id);
    expect(ids).toEqual(expected);
    expect(ids.slice(0, 4)).toEqual(['art-1', 'art-1-p1', 'art-2', 'art-2-p1']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should build the index once per rule set and find clauses by id', () => {
    const index = walk.clauseIndex(knet2027);
    expect(walk.clauseIndex(knet2027)).toBe(index);
    expect(walk.clauseIndex(withSubitems)).not.toBe(index);
    expect(index.all.map((w) => w.id)).toEqual([...walk.walkClauses(knet2027)].map((w) => w.id));
    expect(index.sentences.map((c) => c.id)).toEqual(index.all.filter((w) => w.level !== null).map((w) => w.id));
    const sub = walk.clauseIndex(withSubitems).get('art-1-p1-i1-s2');
    expect(sub?.clause.kind).toBe('Subitem1');
    expect(sub?.level?.ja).toBe('号の細分');
    expect(sub?.root.id).toBe('art-1');
    expect(walk.clauseIndex(withSubitems).get('art-1-p1-i1-s3')).toBeUndefined();
    expect(walk.clauseIndex(withSubitems).get('suppl-p2')?.root.kind).toBe('SupplProvision');
  });

  it('should list no children under a 号の細分', () => {
    const sub = walk.clauseIndex(withSubitems).get('art-1-p1-i1-s1');
    expect(sub && walk.childrenOf(sub.clause)).toEqual([]);
  });
});
