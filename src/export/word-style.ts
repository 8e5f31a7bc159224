/**
 * What every Word document knet-terms writes shares: a Mincho face (ＭＳ 明朝, which Word has on
 * Windows and macOS and LibreOffice replaces by IPA明朝 where it is missing), 10.5pt text, headings
 * that are black and bold rather than Word's blue, A4 pages.
 */
import { PageOrientation, type IStylesOptions } from 'docx';

/** The Mincho face, for every script (half-width digits and Latin letters too, as in printed terms). */
export const MINCHO = { ascii: 'ＭＳ 明朝', eastAsia: 'ＭＳ 明朝', hAnsi: 'ＭＳ 明朝', cs: 'ＭＳ 明朝' } as const;

/** One full-width character at 10.5pt, in twips: the unit of Japanese indents. */
export const CHAR = 210;

/** A4 in twips. */
export const A4 = { width: 11906, height: 16838 } as const;

/** Page properties: A4 portrait or landscape, with margins of 20mm. */
export function a4Page(orientation: 'portrait' | 'landscape') {
  // The docx library swaps width and height for a landscape page itself.
  return {
    size: { width: A4.width, height: A4.height, orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 },
  };
}

const heading = (size: number, before: number) => ({
  run: { font: MINCHO, size, bold: true, color: '000000' },
  paragraph: { spacing: { before, after: 60 }, keepNext: true, keepLines: true },
});

/**
 * Styles: the document default (Mincho 10.5pt, justified lines as printed terms are) and the title and
 * heading styles with Word's own names, so that Word's navigation pane and other readers know them.
 */
export const WORD_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: MINCHO, size: 21 }, paragraph: { spacing: { line: 360 } } },
    title: { run: { font: MINCHO, size: 32, bold: true, color: '000000' }, paragraph: { alignment: 'center', spacing: { after: 240 } } },
    heading1: heading(24, 360),
    heading2: heading(21, 240),
    heading3: heading(21, 120),
  },
};
