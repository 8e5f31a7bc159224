/**
 * Reads a PDF's text layer with pdf.js (the legacy build, for Node): every text item of every page
 * with its position, top-left origin, in points. A PDF that cannot be read (not a PDF, protected by a
 * password) is refused with one clear message; so is one with no text at all (a scan).
 */
import { TermsError } from '../../errors.js';

/** A run of text on a page, as drawn. */
export interface PdfItem {
  text: string;
  /** Left edge and baseline, from the top-left corner of the page, in points. */
  x: number;
  y: number;
  width: number;
  /** Font size (the text's height), in points. */
  size: number;
}

/** One page's text. */
export interface PdfPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
  /** Text drawn rotated or vertically (a stamp, a watermark, 縦書き), which has no place in the reading order. */
  rotated: PdfItem[];
}

function refuse(path: string, why: string): TermsError {
  return new TermsError(`${path}: ${why}`, 2);
}

/**
 * Loads a PDF's text.
 * @param bytes the file
 * @param path its name, for messages
 * @throws TermsError (exit 2) for a file that is not a PDF, is protected by a password, or has no text
 */
export async function loadPdf(bytes: Uint8Array, path: string): Promise<PdfPage[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given: give it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, stopAtErrors: false });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') {
      throw refuse(path, 'パスワードで保護された PDF です。保護を解除した PDF を取り込んでください / the PDF is protected by a password');
    }
    throw refuse(path, `PDF として読めません / not a readable PDF (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const height = y1 - y0;
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      const rotated: PdfItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform as number[];
        const size = Math.hypot(c, d) || Math.abs(item.height) || 1;
        const placed: PdfItem = { text: item.str, x: e - x0, y: height - (f - y0), width: item.width, size };
        const upright = Math.abs(b) < 1e-3 && Math.abs(c) < 1e-3 && a > 0 && d > 0 && item.dir !== 'ttb';
        (upright ? items : rotated).push(placed);
      }
      pages.push({ number: n, width: x1 - x0, height, items, rotated });
      page.cleanup();
    }
    if (pages.every((p) => p.items.every((i) => i.text.trim() === '') && p.rotated.length === 0)) {
      throw refuse(path, 'PDF に文字のデータがありません（スキャンした画像の PDF です）。OCR で文字を付けてから取り込んでください / the PDF has no text layer (a scan): run OCR first');
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
