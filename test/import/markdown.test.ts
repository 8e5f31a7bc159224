import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as inline from '../../src/import/markdown/inline.js';
import * as flatten from '../../src/import/markdown/flatten.js';
import * as read from '../../src/import/markdown/read.js';
import { parseMarkdown } from '../../src/compile/markdown.js';
import { ImportReport } from '../../src/import/report.js';
import type { Paragraph } from 'mdast';

const { htmlText, inlineLines } = inline;
const { flattenMarkdown } = flatten;
const { readMarkdownInput } = read;

const firstParagraph = (md: string) => parseMarkdown(md).children[0] as Paragraph;

describe('the Markdown reader modules', () => {
  it('should export their functions and nothing else', () => {
    expect(Object.keys(inline).sort()).toEqual(['htmlText', 'inlineLines']);
    expect(Object.keys(flatten)).toEqual(['flattenMarkdown']);
    expect(Object.keys(read)).toEqual(['readMarkdownInput']);
  });
});

describe('inlineLines', () => {
  it('should keep the text of emphasis, links and images and split at soft and hard breaks', () => {
    const p = firstParagraph('第1条（[目的](https://x.test)）\n本規約は**当社**の  \n![規約](a.png)です');
    expect(inlineLines(p.children, 1)).toEqual([
      { line: 1, text: '第1条（目的）', bold: false, linksOnly: false },
      { line: 2, text: '本規約は当社の', bold: false, linksOnly: false },
      { line: 3, text: '規約です', bold: false, linksOnly: false },
    ]);
  });

  it('should mark a line that is bold from end to end', () => {
    const p = firstParagraph('**（目的）**\n本文の**一部**');
    expect(inlineLines(p.children, 1).map((l) => l.bold)).toEqual([true, false]);
  });

  it('should break the line at <br> and drop other tags', () => {
    expect(htmlText('a<br>b<br/>c<span class="x">d</span><!-- note -->')).toBe('a\nb\ncd');
    const p = firstParagraph('犯罪の予告<br>犯罪の教唆');
    expect(inlineLines(p.children, 1).map((l) => l.text)).toEqual(['犯罪の予告', '犯罪の教唆']);
  });
});

describe('flattenMarkdown', () => {
  it('should give each list item its marker, with the number as written and the nesting depth', () => {
    const md = '### 第1条　総則\n\n1. 本規約は…\n    - 号\n1. 二つ目\n';
    const out = flattenMarkdown(parseMarkdown(md), md);
    expect(out.map((l) => [l.line, l.text, l.heading, l.marker])).toEqual([
      [1, '第1条　総則', 3, null],
      [3, '本規約は…', null, { ordered: true, value: 1, depth: 0 }],
      [4, '号', null, { ordered: false, value: null, depth: 1 }],
      [5, '二つ目', null, { ordered: true, value: 1, depth: 0 }],
    ]);
  });

  it('should start every block with a real break and continue its lines with ordinary ones', () => {
    const md = '第1条(目的)\n本規約は…\n\n第2条(予約)\n';
    expect(flattenMarkdown(parseMarkdown(md), md).map((l) => l.breakBefore)).toEqual(['hard', 'line', 'hard']);
  });

  it('should keep the text of quotes, code and HTML blocks', () => {
    const md = '> 引用の文\n\n```\nコード\n```\n\n<div>\n箱の中\n</div>\n';
    expect(flattenMarkdown(parseMarkdown(md), md).map((l) => [l.line, l.text])).toEqual([[1, '引用の文'], [4, 'コード'], [8, '箱の中']]);
  });
});

describe('readMarkdownInput', () => {
  it('should read title and company from front matter and report the front matter with its text', () => {
    const report = new ImportReport('x.md');
    const input = readMarkdownInput('---\ntitle: 利用規約\ncompany: 株式会社ノット\nlayout: page\n---\n\n## 第1条（目的）\n', report);
    expect(input.title).toEqual({ text: '利用規約', line: 1 });
    expect(input.company).toEqual({ text: '株式会社ノット', line: 1 });
    expect(report.diagnostics).toMatchObject([{ ruleId: 'import/front-matter', text: 'title: 利用規約\ncompany: 株式会社ノット\nlayout: page' }]);
  });

  it('should never throw on front matter that is not YAML', () => {
    fc.assert(
      fc.property(fc.string(), (yaml) => {
        const input = readMarkdownInput(`---\n${yaml.replace(/---/gu, '')}\n---\n\n本文\n`, new ImportReport('x.md'));
        expect(Array.isArray(input.lines)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
