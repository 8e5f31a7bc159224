/**
 * Word's list numbers as Word shows them (src/import/docx/numbering.ts, formats.ts): formats, level
 * text, start values and overrides, restarts after a higher level, lists sharing a definition,
 * numbering taken from a paragraph style.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/numbers/index.js';
import { formatCounter } from '../../src/import/docx/formats.js';
import { ListCounter, paragraphList, readNumbering, readStyles } from '../../src/import/docx/numbering.js';
import { parseXml, W } from '../../src/import/docx/xml.js';

const ns = `xmlns:w="${W}"`;
const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

function numbering(abstracts: string, nums: string): Document {
  return parseXml(`<w:numbering ${ns}>${abstracts}${nums}</w:numbering>`)!;
}

describe('Word list numbers', () => {
  it('should write the formats Japanese terms use', () => {
    expect([1, 10, 11, 20, 105].map((n) => formatCounter(n, 'japaneseCounting'))).toEqual(['一', '十', '十一', '二十', '百五']);
    expect(formatCounter(12, 'decimalFullWidth')).toBe('１２');
    expect([1, 2, 3].map((n) => formatCounter(n, 'irohaFullWidth')).join('')).toBe('イロハ');
    expect([1, 2, 3].map((n) => formatCounter(n, 'aiueoFullWidth')).join('')).toBe('アイウ');
    expect([1, 20].map((n) => formatCounter(n, 'decimalEnclosedCircle')).join('')).toBe('①⑳');
    expect(formatCounter(3, 'decimalEnclosedParen')).toBe('⑶');
    expect(formatCounter(4, 'ideographTraditional')).toBe('丁');
    expect(formatCounter(14, 'upperRoman')).toBe('XIV');
    expect(formatCounter(28, 'lowerLetter')).toBe('bb');
  });

  it('should write numbers the importer reads back (漢数字, 全角, 半角), for any counter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => {
        for (const fmt of ['japaneseCounting', 'decimalFullWidth', 'decimal', 'japaneseDigitalTenThousand']) {
          expect(parseNumber(formatCounter(n, fmt))).toBe(n);
        }
      }),
      { seed: 13, numRuns: 300 },
    );
  });

  it('should number levels in document order, restarting a level after a higher one', () => {
    const defs = readNumbering(
      numbering(
        `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimalFullWidth', '第%1条')}${lvl(1, 'decimalFullWidth', '（%2）')}${lvl(2, 'decimal', '%1-%2-%3', '<w:isLgl/>')}</w:abstractNum>`,
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
      ),
      new Map(),
    );
    const c = new ListCounter(defs);
    const seq = [0, 1, 1, 2, 0, 1].map((ilvl) => c.next('1', ilvl)?.text);
    expect(seq).toEqual(['第１条', '（１）', '（２）', '1-2-1', '第２条', '（１）']);
  });

  it('should continue a list shared by two instances, and restart one with a start override', () => {
    const defs = readNumbering(
      numbering(
        `<w:abstractNum w:abstractNumId="5">${lvl(0, 'decimal', '%1.')}</w:abstractNum>`,
        '<w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="5"/></w:num>' +
          '<w:num w:numId="3"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
      ),
      new Map(),
    );
    const c = new ListCounter(defs);
    expect([c.next('1', 0), c.next('2', 0), c.next('3', 0), c.next('3', 0)].map((s) => s?.text)).toEqual(['1.', '2.', '1.', '2.']);
    expect(c.next('9', 0)).toBeNull();
  });

  it('should keep a level that restarts never (lvlRestart 0) counting', () => {
    const defs = readNumbering(
      numbering(
        `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '(%2)', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>`,
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
      ),
      new Map(),
    );
    const c = new ListCounter(defs);
    expect([c.next('1', 1), c.next('1', 0), c.next('1', 1)].map((s) => s?.text)).toEqual(['(1)', '1.', '(2)']);
  });

  it('should take a paragraph’s list from its style chain, and let numId 0 switch it off', () => {
    const styles = readStyles(
      parseXml(
        `<w:styles ${ns}><w:style w:type="paragraph" w:styleId="Article"><w:name w:val="条見出し"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>` +
          `<w:style w:type="paragraph" w:styleId="Article2"><w:name w:val="条見出し2"/><w:basedOn w:val="Article"/></w:style></w:styles>`,
      ),
    );
    const pPr = (inner: string) => parseXml(`<w:pPr ${ns}>${inner}</w:pPr>`)!.documentElement;
    expect(paragraphList(pPr('<w:pStyle w:val="Article2"/>'), styles)).toEqual({ numId: '4', ilvl: 0 });
    expect(paragraphList(pPr('<w:pStyle w:val="Article2"/><w:numPr><w:numId w:val="0"/></w:numPr>'), styles)).toBeNull();
    expect(paragraphList(pPr(''), styles)).toBeNull();
  });
});
