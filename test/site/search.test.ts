/**
 * The search index built with kuromoji from the real terms, and the dictionary-free query code the
 * browser runs, exercised in Node.
 */
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileProject } from '../../src/project/compile-all.js';
import type { RuleSet } from '../../src/ruleset/schema.js';
import { buildSearchIndex } from '../../src/site/search/build-index.js';
import { highlightRanges } from '../../src/site/search/highlight.js';
import { loadIndex, parseQuery, type LoadedIndex } from '../../src/site/search/load.js';
import { search } from '../../src/site/search/query.js';
import type { SearchIndex } from '../../src/site/search/types.js';
import { TERMS_DIR } from './support.js';

let raw: SearchIndex;
let index: LoadedIndex;

beforeAll(async () => {
  const { versions } = await compileProject(TERMS_DIR);
  const current = versions.find((v) => v.ruleSet.meta.version === '2018-04-20')?.ruleSet as RuleSet;
  // Through JSON, as the browser gets it.
  raw = JSON.parse(JSON.stringify(await buildSearchIndex([{ ruleSet: current, url: '/knet-cloud/' }]))) as SearchIndex;
  index = loadIndex(raw);
}, 30_000);

/** The article titles of a query's results, best first. */
const titles = (query: string) => search(index, query).map((r) => r.article.title);

describe('the search index', () => {
  it('should stay under 150 KB gzipped', () => {
    expect(gzipSync(JSON.stringify(raw)).length).toBeLessThan(150_000);
  });

  it('should hold every clause with its name and text', () => {
    const clause = raw.clauses.find((c) => c.id === 'art-14-p2');
    expect(clause?.name).toBe('第14条第２項');
    expect(clause?.text.startsWith('２．契約者は、')).toBe(true);
    expect(raw.clauses.some((c) => c.id === 'suppl-p1')).toBe(true);
  });

  it('should key conjugated forms and base forms to the same term', () => {
    const term = (key: string) => raw.keys[key];
    expect(term('支払わ')).toBeGreaterThanOrEqual(0);
    expect(term('支払わ')).toBe(term('支払う'));
    expect(term('を')).toBe(-1);
    expect(term('ユーザーid')).toBeGreaterThanOrEqual(0);
  });
});

describe('queries', () => {
  it('should rank the article governing 「解約」 (第14条) first', () => {
    expect(titles('解約').slice(0, 2)).toEqual(['第14条', '第15条']);
  });

  it('should rank the article defining 「反社会的勢力」 first and open the definition', () => {
    const [first] = search(index, '反社会的勢力');
    expect(first?.article.title).toBe('第28条');
    expect(first?.url).toBe('/knet-cloud/#art-28-p1-i1');
  });

  it('should rank 第２条 first for a term it defines', () => {
    expect(titles('契約者')[0]).toBe('第２条');
  });

  it('should find 「解約することができる」 for 「解約する」 and 「解約した」', () => {
    for (const query of ['解約する', '解約した', '解約することができる']) {
      expect(parseQuery(index, query).map((p) => p.text), query).toEqual(['解約']);
      const texts = search(index, query).flatMap((r) => r.hits.map((h) => h.clause.text));
      expect(texts.some((t) => t.includes('解約することができる')), query).toBe(true);
    }
  });

  it('should find conjugated verbs from another form (支払った → 支払わない)', () => {
    const texts = search(index, '支払う').flatMap((r) => r.hits.map((h) => h.clause.text));
    expect(texts.some((t) => t.includes('支払わない'))).toBe(true);
  });

  it('should find a word inside a longer compound (損害賠償 in 損害賠償責任)', () => {
    const texts = search(index, '損害賠償').flatMap((r) => r.hits.map((h) => h.clause.text));
    expect(texts.some((t) => t.includes('損害賠償責任'))).toBe(true);
  });

  it('should treat 全角 and 半角 alike', () => {
    expect(titles('ユーザーID')).toEqual(titles('ユーザーＩＤ'));
    expect(titles('ユーザーID')).toContain('第26条');
  });

  it('should require every word of a query', () => {
    const results = search(index, '秘密情報 再委託先');
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      for (const hit of r.hits) expect(hit.clause.text.includes('秘密情報') && hit.clause.text.includes('再委託先')).toBe(true);
    }
  });

  it('should search unknown text literally and find nothing when it is absent', () => {
    expect(parseQuery(index, 'スマートフォン')).toEqual([{ kind: 'literal', text: 'スマートフォン' }]);
    expect(search(index, 'スマートフォン')).toEqual([]);
    expect(search(index, '')).toEqual([]);
    expect(search(index, 'をにが')).toEqual([]);
  });

  it('should mark every occurrence of the matched forms', () => {
    const [first] = search(index, '解約');
    const hit = first?.hits[0];
    if (!hit) throw new Error('no hit');
    const marked = hit.ranges.map(([s, e]) => hit.clause.text.slice(s, e));
    expect(marked.length).toBe(hit.clause.text.split('解約').length - 1);
    expect(new Set(marked)).toEqual(new Set(['解約']));
    expect(first?.captionRanges).toEqual([[11, 13]]);
  });

  it('should merge overlapping highlights', () => {
    expect(highlightRanges('利用契約等の利用契約', ['利用契約等', '利用契約', '契約'])).toEqual([
      [0, 5],
      [6, 10],
    ]);
  });
});
