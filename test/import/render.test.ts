import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import * as escape from '../../src/import/escape.js';
import * as numbering from '../../src/import/numbering.js';
import * as render from '../../src/import/render.js';
import * as guess from '../../src/import/guess.js';
import { parseMarkdown } from '../../src/compile/markdown.js';
import { compileTerms } from '../../src/compile/index.js';
import { ImportReport } from '../../src/import/report.js';
import type { ImportedClause, ImportedDocument, InputLine } from '../../src/import/types.js';

const { escapeBlock, escapeInline } = escape;
const { detectNumbering, settleLabels } = numbering;
const { renderDocument } = render;

const clause = (level: ImportedClause['level'], label: string | null, text: string, children: ImportedClause[] = []): ImportedClause => ({
  level, label, explicit: false, text, line: 1, children,
});

function documentOf(paragraphs: ImportedClause[]): ImportedDocument {
  return {
    title: null,
    preamble: [],
    body: [{ kind: 'article', line: 1, num: { value: 1, written: '１' }, title: '第１条', caption: { written: '（目的）', text: '目的' }, paragraphs }],
    suppl: null,
    history: null,
    signature: [],
  };
}

const meta = (n = { paragraph: 'fullwidth', item: 'mixed' } as const) => ({ document: 'x', title: 'T', company: 'C', effective: '2024-04-01', numbering: n });

describe('the render modules', () => {
  it('should export their functions and nothing else', () => {
    expect(Object.keys(escape).sort()).toEqual(['escapeBlock', 'escapeInline']);
    expect(Object.keys(numbering).sort()).toEqual(['detectNumbering', 'settleLabels']);
    expect(Object.keys(render)).toEqual(['renderDocument']);
    expect(Object.keys(guess)).toEqual(['guessCompany']);
  });
});

describe('escapeBlock', () => {
  it('should make any text read back unchanged as a Markdown paragraph', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (raw) => {
        const text = raw.replace(/[\r\n\u0000]/gu, '').trim();
        fc.pre(text !== '');
        const node = parseMarkdown(escapeBlock(text)).children[0] as Paragraph | undefined;
        expect(node?.type).toBe('paragraph');
        expect(toString(node).trim()).toBe(text.trim());
      }),
      { numRuns: 300 },
    );
  });

  it('should keep a clause that starts like a list or a heading a paragraph', () => {
    expect(escapeBlock('1. 本規約')).toBe('1\\. 本規約');
    expect(escapeBlock('- 号')).toBe('\\- 号');
    expect(escapeInline('# a *b* &amp;')).toBe('\\# a \\*b\\* \\&amp;');
  });
});

describe('detectNumbering and settleLabels', () => {
  it('should pick the style most labels follow, and write out only the labels that differ from it', () => {
    const items = ['（１）', '（２）', '（３）', '（４）', '（５）', '（６）', '（７）', '（８）', '（9）', '（10）'].map((l) => clause('item', l, 'x'));
    const doc = documentOf([clause('paragraph', null, '柱書', items), clause('paragraph', '２．', 'a'), clause('paragraph', '3．', 'b')]);
    const n = detectNumbering(doc);
    expect(n).toEqual({ paragraph: 'fullwidth', item: 'mixed' });
    settleLabels(doc, n, new ImportReport('x'));
    const article = doc.body[0];
    const explicit = article?.kind === 'article' ? [...article.paragraphs, ...(article.paragraphs[0]?.children ?? [])].filter((c) => c.explicit).map((c) => c.label) : [];
    expect(explicit).toEqual(['3．', '（9）']);
  });

  it('should replace labels the format cannot hold and report them with their text', () => {
    const doc = documentOf([clause('paragraph', null, '柱書', [clause('item', '一　', 'a'), clause('item', '二　', 'b')]), clause('paragraph', '２　', 'c')]);
    const report = new ImportReport('x');
    settleLabels(doc, detectNumbering(doc), report);
    expect(report.diagnostics.map((m) => [m.ruleId, m.text])).toEqual([
      ['import/label-replaced', '一　二　'],
      ['import/label-replaced', '２　'],
    ]);
  });
});

describe('renderDocument', () => {
  it('should write a settled document the compiler reads back, with a line map to the input', () => {
    const doc = documentOf([
      clause('paragraph', null, '当社は、次の *場合* に', [clause('item', null, 'a', [clause('subitem', null, 'イ')])]),
      clause('paragraph', null, '1. で始まる文'),
    ]);
    doc.suppl = { line: 9, label: '附則', paragraphs: [clause('paragraph', null, '施行する。')] };
    settleLabels(doc, meta().numbering, new ImportReport('x'));
    const { markdown, lineMap } = renderDocument(doc, meta());
    expect(markdown).toContain('\n2. ２．1. で始まる文\n');
    const { ruleSet, diagnostics } = compileTerms(markdown, 'x.md');
    expect(diagnostics).toEqual([]);
    expect(ruleSet?.articles[0]?.text).toBe('第１条（目的）\n当社は、次の *場合* に\n（１）a\nイ　イ\n２．1. で始まる文');
    expect(ruleSet?.supplProvision?.text).toBe('附則 施行する。');
    expect(lineMap[markdown.split('\n').indexOf('# 附則') + 1]).toBe(9);
  });
});

describe('guessCompany', () => {
  const at = (text: string): InputLine[] => [{ line: 3, text, breakBefore: 'hard', heading: null, bold: false, marker: null }];
  it('should find a company before or after 株式会社', () => {
    expect(guess.guessCompany(at('Knet 株式会社（以下「当社」）は、'))).toEqual({ text: 'Knet 株式会社', line: 3 });
    expect(guess.guessCompany(at('本規約は、株式会社ノット（以下「当社」）が'))).toEqual({ text: '株式会社ノット', line: 3 });
    expect(guess.guessCompany(at('当社は、本規約を定める。'))).toBeNull();
  });
});
