/**
 * The search index built with kuromoji from the real terms, and the dictionary-free query code the
 * browser runs, exercised in Node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileProject } from '../../src/project/compile-all.js';
import type { RuleSet } from '../../src/ruleset/schema.js';
import { PACKAGE_ROOT } from '../../src/project/root.js';
import { parseArticleQuery } from '../../src/site/search/article-query.js';
import { buildSearchIndex } from '../../src/site/search/build-index.js';
import { parseProjectConfig } from '../../src/project/config.js';
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

describe('what readers type (issue: search that finds what people type)', () => {
  let typed: LoadedIndex;
  const first = (query: string) => {
    const [top] = search(typed, query);
    return top ? `${top.article.title}#${top.url.split('#')[1] ?? ''}` : null;
  };

  beforeAll(async () => {
    const { versions } = await compileProject(TERMS_DIR);
    const current = versions.find((v) => v.ruleSet.meta.version === '2018-04-20')?.ruleSet as RuleSet;
    const { config, diagnostics } = parseProjectConfig(readFileSync(join(PACKAGE_ROOT, 'terms.config.json'), 'utf8'), 'terms.config.json');
    expect(diagnostics).toEqual([]);
    expect(config.synonyms['SLA']).toEqual(['サービスレベル', '減額']);
    const built = JSON.parse(JSON.stringify(await buildSearchIndex([{ ruleSet: current, url: '/knet-cloud/' }], { synonyms: config.synonyms }))) as SearchIndex;
    expect(gzipSync(JSON.stringify(built)).length).toBeLessThan(150_000);
    typed = loadIndex(built);
  }, 60_000);

  it('should open the article a query names, in any width and in 漢数字', () => {
    for (const query of ['第14条', '第１４条', '第十四条', '14条', '１４条', ' 第 14 条 ']) expect(first(query), query).toBe('第14条#art-14');
    expect(first('第15条第1項第8号')).toBe('第15条#art-15-p1-i8');
    expect(first('第１５条第１項')).toBe('第15条#art-15-p1');
    // A paragraph that does not exist opens the article.
    expect(first('第14条第9項')).toBe('第14条#art-14');
  });

  it('should still list the articles that cite a named article after it', () => {
    const titles = search(typed, '第14条').map((r) => r.article.title);
    expect(titles[0]).toBe('第14条');
    expect(titles.length).toBeGreaterThan(1);
  });

  it('should find words by their reading, in hiragana or katakana', () => {
    expect(first('かいやく')).toMatch(/^第14条#/u);
    expect(first('カイヤク')).toMatch(/^第14条#/u);
    expect(first('じゅんきょほう')).toMatch(/^第７条#/u);
    // A reading of the defined term opens its definition, as the term itself does.
    expect(first('はんしゃかいてきせいりょく')).toBe('第28条#art-28-p1-i1');
    // Kana the readings do not cover whole stay literal text.
    expect(parseQuery(typed, 'スマートフォン')).toEqual([{ kind: 'literal', text: 'スマートフォン' }]);
  });

  it('should map everyday words to the terms’ own through the configured synonyms', () => {
    expect(first('SLA')).toMatch(/^第36条#/u);
    expect(search(typed, 'SLA').map((r) => r.article.title)).toContain('第34条');
    expect(first('へんきん')).toMatch(/^第34条#/u);
    // 解約 ↔ 解除: each finds the other, its own word first.
    expect(search(typed, '解除').map((r) => r.article.title).slice(0, 3)).toContain('第14条');
    expect(first('解除')).toMatch(/^第28条#/u);
    expect(first('解約')).toMatch(/^第14条#/u);
  });

  it('should rank the clause that carries the rule for a thing before clauses that mention it', () => {
    // 減額: the clause with the sla-credit rule (第34条), though its text says 差し引きます, before 第22条２.
    expect(search(typed, '減額').map((r) => r.article.title).slice(0, 2)).toEqual(['第34条', '第22条']);
    expect(first('減額')).toBe('第34条#art-34-p1');
  });
});

describe('parseArticleQuery', () => {
  it('should read article citations and nothing else', () => {
    expect(parseArticleQuery('第4条の2')).toEqual({ article: '4_2', paragraph: null, item: null });
    expect(parseArticleQuery('第二十一条第三項第二号')).toEqual({ article: '21', paragraph: 3, item: 2 });
    expect(parseArticleQuery('14')).toBeNull();
    expect(parseArticleQuery('解約')).toBeNull();
    expect(parseArticleQuery('第14条の解約')).toBeNull();
  });
});

describe('the search section of terms.config.json', () => {
  it('should report a bad synonyms entry at its place', () => {
    const text = '{\n  "search": {\n    "synonyms": { "SLA": [] },\n    "other": 1\n  }\n}\n';
    const { diagnostics } = parseProjectConfig(text, 'terms.config.json');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['3:26 config/invalid', '4:5 config/invalid']);
  });
});
