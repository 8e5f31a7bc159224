/**
 * The 新旧対照表 as PDF: the standalone HTML table (A4 landscape print styles, table-html.ts) printed by
 * Chromium, with the page number in the footer.
 */
import { runningLine } from './pdf.js';
import { printPdf } from './print.js';
import type { TermsDiff } from '../diff/types.js';
import { renderComparisonTableHtml } from '../diff/render/table-html.js';

/** The Mincho faces Chromium finds on Linux, ahead of the generic serif of the table's styles. */
const FONTS = `body { font-family: "Yu Mincho", "YuMincho", "Hiragino Mincho ProN", "Noto Serif JP", "IPAMincho", "IPAexMincho", serif; font-synthesis: none; }`;

/**
 * Prints the 新旧対照表 to PDF.
 * @param diff the result of `diffRuleSets`
 * @returns the PDF's bytes
 */
export async function printComparisonTablePdf(diff: TermsDiff): Promise<Uint8Array> {
  const html = renderComparisonTableHtml(diff, { standalone: true }).replace('</style>', `${FONTS}\n</style>`);
  return printPdf(html, { footer: runningLine('- <span class="pageNumber"></span> -', 'center') });
}
