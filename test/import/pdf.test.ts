/**
 * `terms import FILE.pdf`: a PDF printed by Chromium from HTML written for the test (pdf-fixtures.ts)
 * with a running header, page numbers, lines wrapped by the layout, a two-column page and a rotated
 * stamp; read with pdf.js by position. Bad files: a scan, a password, not a PDF.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isTermsError } from '../../src/errors.js';
import { importFile, type FileImportResult } from '../../src/import/file.js';
import { findGutter, unspaceStretched } from '../../src/import/pdf/layout.js';
import { loadPdf } from '../../src/import/pdf/load.js';
import type { ImportResult } from '../../src/import/index.js';
import { encryptedPdf, HIKARI, hikariPdf, scannedPdf } from './pdf-fixtures.js';
import { accountedCharacters, unaccounted } from './helpers.js';

const options = { document: 'hikari', effective: '2024-04-01' };

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await importFile(bytes, { path: 'bad.pdf', ...options });
  } catch (error) {
    expect(isTermsError(error)).toBe(true);
    expect((error as { exitCode: number }).exitCode).toBe(2);
    return (error as Error).message;
  }
  throw new Error('expected the file to be refused');
}

describe('PDF import', () => {
  let pdf: Uint8Array;
  let result: FileImportResult;
  beforeAll(async () => {
    pdf = await hikariPdf();
    result = await importFile(pdf, { path: 'hikari.pdf', ...options });
  }, 120_000);

  it('should be a PDF of two pages, the second in two columns', async () => {
    const pages = await loadPdf(pdf, 'hikari.pdf');
    expect(pages.length).toBe(2);
    const second = pages[1]!;
    const lefts = new Set(second.items.filter((i) => i.text.includes('第５条') || i.text.includes('第７条')).map((i) => Math.round(i.x)));
    expect(lefts.size).toBe(2);
  });

  it('should read every article, 項 and 号 in reading order with the text as written', () => {
    const rs = result.ruleSet!;
    expect(rs).not.toBeNull();
    expect(rs.meta.title).toBe(HIKARI.title);
    expect(rs.meta.company).toBe(HIKARI.company);
    expect(rs.chapters.map((c) => c.title)).toEqual(['第１章 総則', '第２章 配送']);
    expect(rs.articles.map((a) => a.caption?.text)).toEqual(HIKARI.articles.map((a) => a.caption));
    rs.articles.forEach((article, i) => {
      const expected = HIKARI.articles[i]!;
      expect(article.paragraphs.map((p) => p.sentence)).toEqual(expected.paragraphs.map((p) => p.text));
      expect(article.paragraphs.map((p) => p.items.map((it) => it.sentence))).toEqual(expected.paragraphs.map((p) => p.items ?? []));
    });
  });

  it('should drop the running header and the page numbers, and report them with their text', () => {
    expect(result.markdown).not.toMatch(/ヒカリ配送[ 　]配送サービス/u);
    expect(result.markdown).not.toMatch(/\d \/ \d/u);
    const header = result.report.find((m) => m.ruleId === 'import/running-header');
    expect(header?.text?.replace(/\s/gu, '')).toBe('株式会社ヒカリ配送配送サービス利用規約'.repeat(2));
    expect(result.report.find((m) => m.ruleId === 'import/page-number')?.text?.replace(/\s/gu, '')).toBe('1/22/2');
  });

  it('should account for every character of the text layer (in the result or in the report)', async () => {
    const pages = await loadPdf(pdf, 'hikari.pdf');
    const input = [...pages.flatMap((p) => [...p.items, ...p.rotated]).map((i) => i.text).join('')].filter((c) => !/\s/u.test(c));
    expect(input.length).toBeGreaterThan(1000);
    expect(unaccounted(input, accountedCharacters({ ...result, format: 'text' } as ImportResult))).toEqual([]);
  });

  it('should report the rotated stamp it could not place, with its text', () => {
    const stamp = result.report.find((m) => m.ruleId === 'import/unplaced');
    expect(stamp?.text).toBe('社外秘');
    expect(result.markdown).not.toContain('社外秘');
  });

  it('should refuse a scan, a password-protected PDF and a file that is no PDF, each with one message', async () => {
    expect(await refusal(await scannedPdf())).toContain('スキャンした画像の PDF');
    expect(await refusal(encryptedPdf())).toContain('パスワードで保護された PDF');
    expect(await refusal(new TextEncoder().encode('%PDF-1.4\nこれは壊れたファイルです'))).toContain('PDF');
  }, 60_000);

  it('should take out the spaces of a stretched line, not a space of the text', () => {
    expect(unspaceStretched('当 社 が こ れ を 承 諾 し た')).toBe('当社がこれを承諾した');
    expect(unspaceStretched('本サービス 利用規約に基づき当社が提供する')).toBe('本サービス 利用規約に基づき当社が提供する');
  });

  it('should find no gutter on a page of one column', () => {
    const line = (y: number) => ({ items: [], x0: 50, x1: 540, y, size: 10 });
    expect(findGutter(Array.from({ length: 20 }, (_, i) => line(100 + 18 * i)), 595)).toBeNull();
    const side = (x: number, y: number) => ({ items: [], x0: x, x1: x + 220, y, size: 10 });
    const two = Array.from({ length: 10 }, (_, i) => [side(50, 100 + 18 * i), side(320, 100 + 18 * i)]).flat();
    const gutter = findGutter(two, 595);
    expect(gutter).toBeGreaterThan(270);
    expect(gutter).toBeLessThan(320);
  });
});
