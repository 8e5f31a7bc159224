/**
 * `terms import FILE.docx`: Word files made the way legal teams make them (docx-fixtures.ts), read
 * through mammoth with Word's automatic numbering computed from numbering.xml; headers, footers and
 * comments never in the text; tracked changes accepted and reported; every character of the body in
 * the result or the report; bad files refused with one clear message.
 */
import JSZip from 'jszip';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { isTermsError } from '../../src/errors.js';
import * as file from '../../src/import/file.js';
import { importFile } from '../../src/import/file.js';
import type { ImportResult } from '../../src/import/index.js';
import { AUTO_EXPECTED, autoNumberedDocx } from './docx-fixtures.js';
import { accountedCharacters, unaccounted } from './helpers.js';

const options = { document: 'photo', effective: '2024-04-01' };

async function importDocx(bytes: Uint8Array) {
  return importFile(bytes, { path: 'photo.docx', ...options });
}

/** The visible text of the body as Word stores it (deleted text included): what must be accounted for. */
async function bodyCharacters(bytes: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const text = [...xml.matchAll(/<w:(?:t|delText)(?:\s[^>]*)?>([^<]*)<\/w:(?:t|delText)>/gu)].map((m) => m[1]).join('');
  return [...text].filter((c) => !/\s/u.test(c));
}

async function refusal(bytes: Uint8Array, path = 'bad.docx'): Promise<string> {
  try {
    await importFile(bytes, { path, ...options });
  } catch (error) {
    expect(isTermsError(error)).toBe(true);
    expect((error as { exitCode: number }).exitCode).toBe(2);
    return (error as Error).message;
  }
  throw new Error('expected the file to be refused');
}

describe('Word import', () => {
  it('should export detectFileFormat and importFile', () => {
    expect(Object.keys(file).sort()).toEqual(['detectFileFormat', 'importFile']);
  });

  it('should read automatic numbering as the numbers shown, headings by style and by bold text', async () => {
    const result = await importDocx(await autoNumberedDocx());
    expect(result.ruleSet).not.toBeNull();
    const rs = result.ruleSet!;
    expect(rs.meta.title).toBe(AUTO_EXPECTED.title);
    expect(rs.meta.company).toBe(AUTO_EXPECTED.company);
    expect(rs.articles.map((a) => `${a.title}${a.caption?.written ?? ''}`)).toEqual(AUTO_EXPECTED.articles);
    // 第２条: 号 （１）–（３） numbered by Word, 号の細分 イ・ロ by its iroha level.
    const defs = rs.articles[1]!.paragraphs[0]!;
    expect(defs.items.map((i) => i.label)).toEqual(['（１）', '（２）', '（３）']);
    expect(defs.items[1]!.subitems.map((s) => [s.label, s.sentence])).toEqual([
      ['イ', '写真'],
      ['ロ', '動画'],
    ]);
    // 第３条: 項 ２．３． from a list that starts at 2, its 号 restarting at （１） in a new instance.
    const fees = rs.articles[2]!;
    expect(fees.paragraphs.map((p) => p.label)).toEqual([null, '２．', '３．']);
    expect(fees.paragraphs[1]!.items.map((i) => i.sentence)).toEqual(['クレジットカード払い', '口座振替']);
    // 第４条: numbers typed by hand read the same way.
    expect(rs.articles[3]!.paragraphs.map((p) => [p.label, p.items.length])).toEqual([
      [null, 2],
      ['２．', 0],
    ]);
    expect(rs.supplProvision?.paragraphs[0]?.sentence).toBe('この規約は、2024年4月1日から施行します。');
    expect(result.report.find((m) => m.ruleId === 'import/word-numbering')?.message).toContain('13 段落');
  });

  it('should keep headers, footers, page numbers and comments out of the text and say so', async () => {
    const result = await importDocx(await autoNumberedDocx());
    expect(result.markdown).not.toContain('社外秘');
    expect(result.markdown).not.toContain('揃えること');
    expect(result.markdown).not.toMatch(/- \d+ -/u);
    expect(result.markdown).toContain('提供する写真共有サービスの利用条件');
    const rules = result.report.map((m) => m.ruleId);
    expect(rules).toContain('import/header-footer');
    expect(rules).toContain('import/comments');
  });

  it('should accept tracked changes, reporting them with the deleted text', async () => {
    const result = await importDocx(await autoNumberedDocx());
    expect(result.ruleSet!.articles[2]!.paragraphs[0]!.sentence).toBe('利用者は、当社が別に定める利用料金を、翌月10日までに支払うものとします。');
    const tracked = result.report.find((m) => m.ruleId === 'import/tracked-changes');
    expect(tracked?.severity).toBe('warning');
    expect(tracked?.message).toContain('挿入 1・削除 1');
    expect(tracked?.message).toContain('承諾');
    expect(tracked?.text).toBe('毎月末日');
  });

  it('should account for every character of the body (in the result or in the report)', async () => {
    const bytes = await autoNumberedDocx();
    const result = await importDocx(bytes);
    const accounted = accountedCharacters({ ...result, format: 'text' } as ImportResult);
    expect(unaccounted(await bodyCharacters(bytes), accounted)).toEqual([]);
  });

  it('should take the company from the page header when the body does not name it', async () => {
    const doc = new Document({
      sections: [
        {
          headers: { default: new (await import('docx')).Header({ children: [new Paragraph('ミドリ電機株式会社')] }) },
          children: [new Paragraph('第1条（目的）'), new Paragraph('この規約は、当社のサービスの利用条件を定めます。')],
        },
      ],
    });
    const result = await importDocx(new Uint8Array(await Packer.toBuffer(doc)));
    expect(result.ruleSet?.meta.company).toBe('ミドリ電機株式会社');
  });

  it('should read a table row by row into the clause it stands in, and say so', async () => {
    const { Table, TableRow, TableCell } = await import('docx');
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('第1条（料金）'),
            new Paragraph('料金は、次の表のとおりとします'),
            new Table({ rows: [new TableRow({ children: [cell('プラン'), cell('月額')] }), new TableRow({ children: [cell('ライト'), cell('1,000円')] })] }),
          ],
        },
      ],
    });
    const result = await importDocx(new Uint8Array(await Packer.toBuffer(doc)));
    expect(result.ruleSet?.articles[0]?.paragraphs[0]?.sentence).toBe('料金は、次の表のとおりとしますプラン　月額ライト　1,000円');
    expect(result.report.some((m) => m.ruleId === 'import/table')).toBe(true);
  });

  it('should refuse a file that is not a zip, an encrypted Word file, and a package with no body', async () => {
    expect(await refusal(new TextEncoder().encode('第1条 これはテキストです'))).toContain('Word ファイル（.docx）として読めません');
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await refusal(ole)).toContain('パスワードで保護された Word ファイル');
    const empty = new JSZip();
    empty.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    expect(await refusal(await empty.generateAsync({ type: 'uint8array' }))).toContain('本文');
    const bodiless = await JSZip.loadAsync(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('x')] })] }] })));
    bodiless.file('word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:document>');
    expect(await refusal(await bodiless.generateAsync({ type: 'uint8array' }))).toContain('本文');
  });

  it('should tell Word files and PDFs from text by their bytes and names', () => {
    expect(file.detectFileFormat('a.txt', new TextEncoder().encode('%PDF-1.7\n'))).toBe('pdf');
    expect(file.detectFileFormat('terms.DOCX', new Uint8Array([1, 2, 3]))).toBe('docx');
    expect(file.detectFileFormat('terms.txt', new TextEncoder().encode('第1条'))).toBeNull();
  });
});
