/**
 * The Word outputs read back with second readers (the XML inside the package, and mammoth): the
 * 新旧対照表 (landscape A4, a header row Word repeats on each page, two columns, 傍線 as underlined runs,
 * （略） rows, Mincho) and one version (Title and heading styles, labels as written, 附則, company and
 * 施行日 in the page header).
 */
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffRuleSets, type TermsDiff } from '../../src/diff/index.js';
import { renderComparisonTableDocx } from '../../src/export/shinkyu-docx.js';
import { comparisonRows } from '../../src/diff/render/table.js';
import { exportVersionDocx } from '../../src/export/docx.js';
import { compileFile } from './support.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

async function part(bytes: Uint8Array, name: string): Promise<Document> {
  const xml = await (await JSZip.loadAsync(bytes)).file(name)!.async('string');
  return new DOMParser().parseFromString(xml, 'application/xml');
}

const all = (el: Document | Element, name: string) => Array.from(el.getElementsByTagNameNS(W, name));
const textOf = (el: Element) => all(el, 't').map((t) => t.textContent ?? '').join('');
const underlined = (run: Element) => all(run, 'u').some((u) => u.getAttributeNS(W, 'val') === 'single');

describe('新旧対照表 as Word', () => {
  let diff: TermsDiff;
  let bytes: Uint8Array;
  let doc: Document;
  beforeAll(async () => {
    diff = await diffRuleSets(compileFile('terms/knet-cloud/2018-04-20.md'), compileFile('terms/knet-cloud/2027-01-01.md'));
    bytes = await renderComparisonTableDocx(diff);
    doc = await part(bytes, 'word/document.xml');
  }, 120_000);

  it('should be A4 landscape', () => {
    const size = all(doc, 'pgSz')[0]!;
    expect([size.getAttributeNS(W, 'w'), size.getAttributeNS(W, 'h'), size.getAttributeNS(W, 'orient')]).toEqual(['16838', '11906', 'landscape']);
  });

  it('should hold the title, both versions with their 施行日 and the 傍線 note', () => {
    const paragraphs = all(doc.getElementsByTagNameNS(W, 'body')[0]!, 'p').slice(0, 3).map(textOf);
    expect(paragraphs).toEqual([
      'Knetクラウドサービス利用規約 新旧対照表',
      '改正後: 2027年（令和9年）1月1日施行版　改正前: 2018年（平成30年）4月20日施行版',
      '（傍線部分は改正部分）',
    ]);
  });

  it('should have two columns, 改正後 | 改正前, with the header row repeated on each page', () => {
    const rows = all(doc, 'tr');
    expect(rows.length).toBe(comparisonRows(diff).length + 1);
    expect(rows.every((r) => all(r, 'tc').length === 2)).toBe(true);
    expect(all(rows[0]!, 'tc').map(textOf)).toEqual(['改正後', '改正前']);
    expect(all(rows[0]!, 'tblHeader').length).toBe(1);
    expect(rows.slice(1).every((r) => all(r, 'tblHeader').length === 0)).toBe(true);
  });

  it('should underline exactly the changed words (real underlined runs) and fold unchanged parts into （略）', () => {
    const rows = all(doc, 'tr').slice(1);
    comparisonRows(diff).forEach((row, i) => {
      const [after, before] = all(rows[i]!, 'tc');
      for (const [cell, lines] of [[after!, row.after], [before!, row.before]] as const) {
        expect(all(cell, 'p').map(textOf)).toEqual(lines.map((l) => l.runs.map((r) => r.text).join('')));
        const marked = all(cell, 'r').filter(underlined).map(textOf).join('');
        expect(marked).toBe(lines.flatMap((l) => l.runs.filter((r) => r.bosen).map((r) => r.text)).join(''));
      }
    });
    expect(all(doc, 'r').filter(underlined).map(textOf)).toContain('によるもの');
    expect(rows.filter((r) => all(r, 'tc').every((c) => textOf(c) === '（略）')).length).toBeGreaterThan(3);
    // Underlines only, never colours.
    expect(all(doc, 'color').length).toBe(0);
  });

  it('should set the text in a Mincho face', async () => {
    const styles = await part(bytes, 'word/styles.xml');
    const fonts = all(all(styles, 'docDefaults')[0]!, 'rFonts')[0]!;
    expect(fonts.getAttributeNS(W, 'eastAsia')).toBe('ＭＳ 明朝');
  });

  it('should read the same with mammoth: a table with the underlined words', async () => {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ['u => u'] });
    expect(value).toContain('<table>');
    expect(value).toContain('新利用規約<u>によるもの</u>とします。');
    expect((value.match(/<tr>/gu) ?? []).length).toBe(comparisonRows(diff).length + 1);
  });
});

describe('a version as Word', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await exportVersionDocx(compileFile('terms/knet-cloud/2027-01-01.md'));
  });

  it('should be A4 portrait with the company and 施行日 in the page header and page numbers in the footer', async () => {
    const doc = await part(bytes, 'word/document.xml');
    const size = all(doc, 'pgSz')[0]!;
    expect([size.getAttributeNS(W, 'w'), size.getAttributeNS(W, 'h')]).toEqual(['11906', '16838']);
    const zip = await JSZip.loadAsync(bytes);
    const header = await zip.file('word/header1.xml')!.async('string');
    expect(header).toContain('Knet 株式会社　Knetクラウドサービス利用規約（2027年（令和9年）1月1日施行）');
    const footer = await zip.file('word/footer1.xml')!.async('string');
    expect(footer).toContain('PAGE');
  });

  it('should style the title and headings, and write 項 and 号 with their labels as written (mammoth)', async () => {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ["p[style-name='Title'] => h1:fresh"] });
    expect(value).toContain('<h1>Knetクラウドサービス利用規約</h1>');
    expect(value).toContain('<h1>第１章 総則</h1>');
    expect(value).toContain('<h2>第14条（契約者からの利用契約の解約）</h2>');
    expect(value).toContain('<p>２．契約者は、前項に定める通知が');
    expect(value).toContain('<p>（１）本サービス 利用規約に基づき');
    expect(value).toContain('<h1>付則</h1>');
    expect(value).not.toContain('rule');
  });
});
