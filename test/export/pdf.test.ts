/**
 * The PDF outputs, printed by Chromium, read back with pdf.js: the 新旧対照表 on A4 landscape with its
 * header row on every page, a version on A4 portrait, Japanese fonts embedded (never Type 3 glyphs).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffRuleSets } from '../../src/diff/index.js';
import { printComparisonTablePdf } from '../../src/export/shinkyu-pdf.js';
import { exportVersionPdf } from '../../src/export/pdf.js';
import { compileFile } from './support.js';

/** Each page's size (points) and text. */
async function readPdf(bytes: Uint8Array): Promise<Array<{ width: number; height: number; text: string }>> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width = 0, height = 0] = page.view;
    const content = await page.getTextContent();
    pages.push({ width, height, text: content.items.map((i) => ('str' in i ? i.str : '')).join('') });
  }
  await doc.destroy();
  return pages;
}

/** The fonts a PDF embeds, by their base names, and whether any is a Type 3 font (glyphs as drawings). */
function fonts(bytes: Uint8Array): { names: string[]; type3: boolean } {
  const raw = Buffer.from(bytes).toString('latin1');
  return { names: [...raw.matchAll(/\/BaseFont\s*\/([A-Z]{6}\+[^\s/>]+)/gu)].map((m) => m[1] ?? ''), type3: /\/Subtype\s*\/Type3/u.test(raw) };
}

describe('新旧対照表 as PDF', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    const diff = await diffRuleSets(compileFile('terms/knet-cloud/2018-04-20.md'), compileFile('terms/knet-cloud/2027-01-01.md'));
    bytes = await printComparisonTablePdf(diff);
  }, 120_000);

  it('should be A4 landscape, every page', async () => {
    const pages = await readPdf(bytes);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) {
      expect(Math.round(p.width)).toBe(842);
      expect(Math.round(p.height)).toBe(595);
    }
  });

  it('should hold the title, the versions, the 傍線 note, and the header row on each page', async () => {
    const pages = await readPdf(bytes);
    expect(pages[0]!.text).toContain('Knetクラウドサービス利用規約 新旧対照表');
    expect(pages[0]!.text).toContain('2027年（令和9年）1月1日施行版');
    expect(pages[0]!.text).toContain('（傍線部分は改正部分）');
    for (const p of pages) expect(p.text).toMatch(/改正後\s*改正前/u);
    expect(pages.map((p) => p.text).join('')).toContain('第36条（サービスレベル）');
  });

  it('should embed its Japanese font', () => {
    const { names, type3 } = fonts(bytes);
    expect(names.some((n) => n.includes('IPAMincho'))).toBe(true);
    expect(type3).toBe(false);
  });
});

describe('a version as PDF', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await exportVersionPdf(compileFile('terms/knet-cloud/2027-01-01.md'));
  }, 120_000);

  it('should be A4 portrait with the company and 施行日 running at the top and page numbers below', async () => {
    const pages = await readPdf(bytes);
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.every((p) => Math.round(p.width) === 595 && Math.round(p.height) === 842)).toBe(true);
    pages.forEach((p, i) => {
      expect(p.text).toContain('Knet 株式会社');
      expect(p.text).toContain('2027年（令和9年）1月1日施行');
      expect(p.text).toContain(`- ${i + 1} -`);
    });
    const all = pages.map((p) => p.text).join('');
    expect(all).toContain('第１章 総則');
    expect(all).toContain('第14条（契約者からの利用契約の解約）');
    expect(all).not.toContain('```');
  });

  it('should embed its Japanese font, with no glyph drawn as a Type 3 font', () => {
    const { names, type3 } = fonts(bytes);
    expect(names.some((n) => n.includes('IPAMincho'))).toBe(true);
    expect(type3).toBe(false);
  });
});
