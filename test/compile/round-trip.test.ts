/**
 * Round trip: for any compiled rule set, rendering it back to Markdown (compile/render.ts) and compiling
 * that gives the same rule set, source positions aside. Documents are generated with every construct
 * the format has: title, 前文, 章, 条 with captions and keys, 項 (unnumbered first or all numbered), 号,
 * 号の細分, labels written explicitly, 附則, history with 以上, signature.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as render from '../../src/compile/render.js';
import { compileTerms } from '../../src/compile/index.js';
import { PACKAGE_ROOT } from '../../src/project/root.js';
import type { RuleSet } from '../../src/ruleset/schema.js';

const { renderRuleSet } = render;

/** The rule set without what depends on where things stand in the source. */
function withoutPlaces(ruleSet: RuleSet): unknown {
  return JSON.parse(JSON.stringify(ruleSet, (key, value: unknown) => (key === 'loc' || key === 'sentenceMap' || key === 'source' || key === 'line' ? undefined : value)));
}

function compiled(markdown: string, path: string): RuleSet {
  const result = compileTerms(markdown, path);
  if (!result.ruleSet) throw new Error(`${path}:\n${result.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`).join('\n')}\n${markdown}`);
  return result.ruleSet;
}

const CHARS = '当社契約者はのをにが解約利用料金本サービス、及び又は「」（）*_#[]`<>&1.-'.split('');
/** A sentence: Japanese with some characters that mean something in Markdown. */
const sentence = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 24 }).map((cs) => `当${cs.join('')}。`);
const caption = fc.constantFrom('目的', '定義', '解除、期限の利益喪失等', '協議・管轄', '禁止事項：その他', '費用(実費)');
const subitem = sentence;
const item = fc.record({ text: sentence, subitems: fc.array(subitem, { maxLength: 2 }), label: fc.boolean() });
const paragraph = fc.record({ text: sentence, items: fc.array(item, { maxLength: 3 }), label: fc.boolean() });
const article = fc.record({
  caption,
  key: fc.option(fc.constantFrom('purpose', 'fees', 'terminate', 'law'), { nil: null }),
  numberedFirst: fc.boolean(),
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 3 }),
  chapter: fc.constantFrom(null, '総則', '遵守事項、禁止事項', '雑則'),
});
const doc = fc.record({
  title: fc.option(fc.constantFrom('サンプル約款', 'フォトシェア利用規約'), { nil: null }),
  preamble: fc.array(sentence, { maxLength: 2 }),
  articles: fc.array(article, { minLength: 1, maxLength: 5 }),
  suppl: fc.option(fc.record({ label: fc.constantFrom('附則', '付則', '附 則', '附則（2020年4月1日）'), paragraphs: fc.array(sentence, { minLength: 1, maxLength: 2 }) }), { nil: null }),
  history: fc.option(
    fc.record({
      heading: fc.constantFrom(null, '制定・改定の履歴'),
      entries: fc.array(fc.constantFrom('【2023年1月25日制定】', '2017年4月1日 施行', '令和2年4月1日 改定', '2024年3月1日改定'), { minLength: 1, maxLength: 3 }),
      endMark: fc.boolean(),
      signature: fc.boolean(),
    }),
    { nil: null },
  ),
  numbering: fc.constantFrom('fullwidth', 'halfwidth', 'mixed'),
});
type Doc = typeof doc extends fc.Arbitrary<infer T> ? T : never;

/** Writes a generated document as a person might: headings of several depths, bold chapter lines. */
function write(d: Doc): string {
  const out = [`---\ndocument: gen\ntitle: 生成規約\ncompany: 生成株式会社\nversion: 2026-01-01\neffective: 2026-01-01\nnumbering:\n  paragraph: ${d.numbering}\n  item: ${d.numbering}\n---`];
  if (d.title) out.push(`# ${d.title}`);
  for (const p of d.preamble) out.push(esc(p));
  let chapter: string | null = null;
  let chapters = 0;
  d.articles.forEach((a, i) => {
    if (a.chapter !== null && a.chapter !== chapter) {
      chapters++;
      out.push(i % 2 ? `## 第${chapters}章:${a.chapter}` : `# 第${chapters}章　${a.chapter}`);
      chapter = a.chapter;
    }
    out.push(`### 第${i + 1}条（${a.caption}）${a.key ? ` {#${a.key}-${i + 1}}` : ''}`);
    a.paragraphs.forEach((p, j) => {
      const n = j + 1;
      const label = p.label ? `${n}．` : '';
      const items = p.items.map((it, k) => {
        const sub = it.subitems.map((s) => `    - ${esc(s)}`);
        return [`  - ${it.label ? `（${k + 1}）` : ''}${esc(it.text)}`, ...sub].join('\n');
      });
      if (j === 0 && !a.numberedFirst) {
        out.push(esc(p.text));
        if (items.length) out.push(items.map((x) => x.replace(/^ {2}/gmu, '')).join('\n'));
      } else {
        out.push(`${n}. ${label}${esc(p.text)}${items.length ? `\n${items.map((x) => x.replace(/^/gmu, ' ')).join('\n')}` : ''}`);
      }
    });
  });
  if (d.suppl) {
    out.push(`# ${d.suppl.label}`);
    d.suppl.paragraphs.forEach((p, j) => out.push(j === 0 ? esc(p) : `${j + 1}. ${esc(p)}`));
  }
  if (d.history) {
    if (d.history.heading) out.push(`## ${d.history.heading}`);
    out.push(d.history.entries[0] ?? '', '---', d.history.entries.slice(1).map((e) => `- ${e}`).join('\n'));
    if (d.history.endMark) out.push('以上');
    if (d.history.signature) out.push('生成株式会社\n東京都千代田区一番町1-1\nお問い合わせ: info@example.jp');
  }
  return `${out.filter((x) => x !== '').join('\n\n')}\n`;
}

function esc(text: string): string {
  return text.replace(/[\\`*_[\]<>&#]/gu, (c) => `\\${c}`).replace(/^(\d+)\./u, '$1\\.').replace(/^-/u, '\\-');
}

describe('round trip: rule set → Markdown → rule set', () => {
  it('should export renderRuleSet only', () => {
    expect(Object.keys(render)).toEqual(['renderRuleSet']);
  });

  it('should give the same rule set for any generated document', () => {
    fc.assert(
      fc.property(doc, (d) => {
        const first = compiled(write(d), 'gen.md');
        const again = compiled(renderRuleSet(first), 'rendered.md');
        expect(withoutPlaces(again)).toEqual(withoutPlaces(first));
      }),
      { numRuns: Number(process.env['RT_RUNS'] ?? 100), seed: Number(process.env['RT_SEED'] ?? 1207) },
    );
  }, 180_000);

  it('should give the same rule set for every fixture in other companies’ styles', () => {
    const dir = join(PACKAGE_ROOT, 'test', 'compile', 'fixtures');
    // Each class is a folder with its input (single-file fixtures beside them belong to other tests).
    for (const name of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
      const first = compiled(readFileSync(join(dir, name, 'input.md'), 'utf8'), `${name}.md`);
      expect(withoutPlaces(compiled(renderRuleSet(first), `${name}.rendered.md`)), name).toEqual(withoutPlaces(first));
    }
  });

  it('should give the Knet terms back clause for clause (annotations are not written back)', () => {
    const dir = join(PACKAGE_ROOT, 'terms', 'knet-cloud');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const first = compiled(readFileSync(join(dir, name), 'utf8'), name);
      const again = compiled(renderRuleSet(first), `${name}.rendered`);
      const clauses = (r: RuleSet) => withoutPlaces({ ...r, hash: null, rules: [], definitions: [], references: [], suppressions: [] } as unknown as RuleSet) as Record<string, unknown>;
      const strip = (r: Record<string, unknown>) => JSON.parse(JSON.stringify(r, (k, v: unknown) => (k === 'key' ? undefined : v))) as unknown;
      expect(strip(clauses(again)), name).toEqual(strip(clauses(first)));
    }
  });
});
