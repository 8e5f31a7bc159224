import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileTerms } from '../../src/compile/index.js';
import { itemLabel, paragraphLabel } from '../../src/numbers/index.js';

const FRONT = `---\ndocument: demo\ntitle: デモ規約\ncompany: デモ株式会社\nversion: 2026-01-01\neffective: 2026-01-01\n---\n`;

/** Sentences made of characters that have no Markdown meaning and start no label. */
const sentence = fc
  .array(fc.constantFrom(...'当社契約者はのをにが解約利用料金本サービス。、及び又は'.split('')), { minLength: 1, maxLength: 30 })
  .map((cs) => `当${cs.join('')}。`);

interface Shape {
  paragraphs: Array<{ text: string; items: string[] }>;
}
const article: fc.Arbitrary<Shape> = fc.record({
  paragraphs: fc.array(fc.record({ text: sentence, items: fc.array(sentence, { maxLength: 4 }) }), { minLength: 1, maxLength: 5 }),
});

function render(articles: Shape[]): string {
  let md = FRONT;
  articles.forEach((a, i) => {
    md += `\n## 第${i + 1}条（見出し${i + 1}）\n\n`;
    a.paragraphs.forEach((p, j) => {
      const indent = j === 0 ? '' : '   ';
      md += j === 0 ? `${p.text}\n\n` : `${j + 1}. ${p.text}\n\n`;
      for (const item of p.items) md += `${indent}- ${item}\n`;
      md += '\n';
    });
  });
  return md;
}

describe('compiler properties', () => {
  it('should never throw, whatever the text, and report problems instead', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const result = compileTerms(FRONT + text, 'fuzz.md');
        expect(result.ruleSet === null || result.diagnostics.every((d) => d.severity !== 'error')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('should never throw on Markdown-shaped noise', () => {
    const line = fc.oneof(
      sentence,
      fc.constantFrom('## 第１条（a）', '## 第3条', '# 第１章 総則', '# 付則', '2. ', '- ', '   - ', '```rule', '```', 'kind: term', '<!-- x -->', '---', ''),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        compileTerms(FRONT + lines.join('\n'), 'noise.md');
      }),
      { numRuns: 300 },
    );
  });

  it('should number every generated 項 and 号 by position, with labels, ids and text as written', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 6 }), (articles) => {
        const { ruleSet, diagnostics } = compileTerms(render(articles), 'gen.md');
        expect(diagnostics).toEqual([]);
        articles.forEach((a, i) => {
          const compiled = ruleSet?.articles[i];
          expect(compiled?.id).toBe(`art-${i + 1}`);
          const lines = [`第${i + 1}条（見出し${i + 1}）`];
          a.paragraphs.forEach((p, j) => {
            const para = compiled?.paragraphs[j];
            expect(para?.id).toBe(`art-${i + 1}-p${j + 1}`);
            lines.push((j === 0 ? '' : paragraphLabel(j + 1, 'fullwidth')) + p.text);
            p.items.forEach((item, k) => {
              expect(para?.items[k]?.id).toBe(`art-${i + 1}-p${j + 1}-i${k + 1}`);
              lines.push(itemLabel(k + 1, 'mixed') + item);
            });
          });
          expect(compiled?.text).toBe(lines.join('\n'));
        });
      }),
      { numRuns: 100 },
    );
  });

  it('should renumber everything after a paragraph a lawyer inserts, with no other edit', () => {
    fc.assert(
      fc.property(article, sentence, fc.nat(), (a, extra, at) => {
        fc.pre(a.paragraphs.length >= 2);
        const before = compileTerms(render([a]), 'a.md').ruleSet;
        const position = 1 + (at % (a.paragraphs.length - 1));
        const inserted = { paragraphs: [...a.paragraphs.slice(0, position), { text: extra, items: [] }, ...a.paragraphs.slice(position)] };
        // The lawyer writes the same Markdown number as the neighbour: Markdown numbers the list.
        const md = render([inserted]).replace(/^(\d+)\. /gmu, '2. ');
        const after = compileTerms(md, 'a.md').ruleSet;
        expect(after?.articles[0]?.paragraphs.map((p) => p.sentence)).toEqual(inserted.paragraphs.map((p) => p.text));
        expect(after?.articles[0]?.paragraphs.at(-1)?.id).toBe(`art-1-p${a.paragraphs.length + 1}`);
        expect(before?.articles[0]?.paragraphs.at(-1)?.id).toBe(`art-1-p${a.paragraphs.length}`);
      }),
      { numRuns: 100 },
    );
  });
});
