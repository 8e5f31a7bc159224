/**
 * Round trip through the importer: a compiled rule set, rendered as the project's Markdown by the
 * compiler's renderer (compile/render.ts) and imported, gives the same rule set (structure, text,
 * labels, and the matter around the articles). The compile-side round trip is the compiler's test.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTerms } from '../../src/compile/index.js';
import { importTerms } from '../../src/import/index.js';
import { renderRuleSet } from '../../src/compile/render.js';
import type { RuleSet } from '../../src/ruleset/schema.js';

/** What must survive the round trip. */
function shape(r: RuleSet) {
  const clause = (c: { id: string; label: string | null; sentence: string }) => ({ id: c.id, label: c.label, sentence: c.sentence });
  return {
    title: r.title?.text ?? null,
    preamble: r.preamble?.paragraphs.map((p) => p.sentence) ?? [],
    chapters: r.chapters.map((c) => ({ id: c.id, title: c.title, articles: c.articles })),
    articles: r.articles.map((a) => ({
      id: a.id,
      title: a.title,
      caption: a.caption?.text ?? null,
      paragraphs: a.paragraphs.map((p) => ({ ...clause(p), items: p.items.map((i) => ({ ...clause(i), subitems: i.subitems.map(clause) })) })),
    })),
    suppl: r.supplProvision ? { label: r.supplProvision.label, paragraphs: r.supplProvision.paragraphs.map(clause) } : null,
    history: r.history ? { heading: r.history.heading, entries: r.history.entries.map((e) => [e.date, e.event, e.text]), endMark: r.history.endMark } : null,
    signature: r.signature?.lines ?? [],
  };
}

function roundTrip(markdown: string): { before: RuleSet; after: RuleSet | null } {
  const before = compileTerms(markdown, 'before.md').ruleSet;
  if (!before) throw new Error('the generated document does not compile');
  const rendered = renderRuleSet(before);
  const result = importTerms(rendered, { path: 'rendered.md', document: before.meta.document, effective: before.meta.effective, title: before.meta.title, company: before.meta.company });
  return { before, after: result.ruleSet };
}

describe('import of a rendered rule set', () => {
  it('should give the seed rule set back (the hand-made 2018 Markdown)', () => {
    const { before, after } = roundTrip(readFileSync('terms/knet-cloud/2018-04-20.md', 'utf8'));
    expect(after).not.toBeNull();
    expect(shape(after as RuleSet)).toEqual(shape(before));
  });

  // Sentences end in 。 and never start like a label or a heading; captions hold 、・.
  const SENTENCES = [
    '本規約は、当社が提供するサービスに適用されます。',
    '利用者は、前項の定めに従うものとします。',
    '当社は、事前の通知なく本サービスを変更できます。',
    '料金は、毎月末日までに支払うものとします。',
    '前各項の定めにかかわらず、当社は協議に応じます。',
  ];
  const ITEMS = ['法令に違反する行為', '第三者の権利を侵害する行為', '当社の業務を妨害する行為', 'その他当社が不適切と判断する行為'];
  const CAPTIONS = ['目的', '定義', '利用料金・支払方法', '解除、期限の利益喪失等', '免責'];
  const sentence = fc.constantFrom(...SENTENCES);
  const items = fc.array(fc.record({ text: fc.constantFrom(...ITEMS), subitems: fc.array(fc.constantFrom(...ITEMS), { maxLength: 2 }) }), { maxLength: 3 });
  const paragraph = fc.record({ text: sentence, items });
  const articleArb = fc.record({ caption: fc.constantFrom(...CAPTIONS), paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 3 }) });
  const documentArb = fc.record({
    title: fc.option(fc.constantFrom('サンプル利用規約', 'ミナト会員規約'), { nil: null }),
    preamble: fc.array(sentence, { maxLength: 2 }),
    chapters: fc.array(fc.record({ title: fc.constantFrom('総則', '遵守事項、禁止事項', '雑則'), articles: fc.array(articleArb, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
    chaptered: fc.boolean(),
    suppl: fc.option(fc.constantFrom('附則', '付則', '附則（2024年4月1日）'), { nil: null }),
    history: fc.array(fc.constantFrom('【2023年1月25日制定】', '2024年4月1日 改定', '令和6年10月1日改定'), { maxLength: 3 }),
    endMark: fc.boolean(),
    signature: fc.boolean(),
  });

  /** Writes a generated document in the project's Markdown. */
  function write(d: fc.Arbitrary<unknown> extends never ? never : ReturnType<typeof documentArb.generate>['value']): string {
    const out = ['---', 'document: sample', 'title: サンプル', 'company: 株式会社サンプル', 'version: 2024-04-01', 'effective: 2024-04-01', '---', ''];
    if (d.title) out.push(`# ${d.title}`, '');
    if (d.title) for (const p of d.preamble) out.push(p, '');
    let n = 0;
    d.chapters.forEach((c, ci) => {
      if (d.chaptered) out.push(`# 第${ci + 1}章　${c.title}`, '');
      for (const a of c.articles) {
        n++;
        out.push(`## 第${n}条（${a.caption}）`, '');
        a.paragraphs.forEach((p, pi) => {
          const indent = pi === 0 ? '' : '   ';
          out.push(pi === 0 ? p.text : `${pi + 1}. ${p.text}`);
          if (pi === 0 && p.items.length > 0) out.push('');
          for (const i of p.items) {
            out.push(`${indent}- ${i.text}`);
            for (const s of i.subitems) out.push(`${indent}  - ${s}`);
          }
          out.push('');
        });
      }
    });
    if (d.suppl) out.push(`# ${d.suppl}`, '', '本規約は、2024年4月1日から施行します。', '');
    for (const h of d.history) out.push(h, '');
    if (d.endMark && (d.history.length > 0 || d.suppl)) out.push('以上', '');
    if (d.signature && (d.history.length > 0 || d.endMark)) out.push('株式会社サンプル', '東京都千代田区丸の内一丁目1番1号', '');
    return out.join('\n');
  }

  it('should give any generated rule set back', () => {
    fc.assert(
      fc.property(documentArb, (d) => {
        const { before, after } = roundTrip(write(d));
        expect(after).not.toBeNull();
        expect(shape(after as RuleSet)).toEqual(shape(before));
      }),
      { numRuns: 40, seed: 20261204 },
    );
  });
});
