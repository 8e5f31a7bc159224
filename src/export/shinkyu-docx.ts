/**
 * The 新旧対照表 as a Word document, for the board or a 稟議: title, the two versions with their 施行日,
 * 「（傍線部分は改正部分）」, and a two-column table 改正後 | 改正前 whose header row Word repeats on every
 * page; the changed words are underlined runs (傍線), unchanged parts read 「（略）」. A4 landscape,
 * Mincho. The rows are the same as the HTML and Markdown tables' (table.ts).
 */
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlign,
  WidthType,
  BorderStyle,
} from 'docx';
import { a4Page, A4, CHAR, WORD_STYLES } from './word-style.js';
import type { TermsDiff } from '../diff/types.js';
import { versionWords } from '../diff/render/common.js';
import { comparisonRows, type TableLine } from '../diff/render/table.js';

const BORDER = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
// The text width of an A4 landscape page with the margins of a4Page, split in two.
const COLUMN = Math.floor((A4.height - 2 * 1134) / 2);

function line(l: TableLine): Paragraph {
  const indent = l.depth === 0 ? undefined : { left: CHAR * l.depth, hanging: CHAR };
  return new Paragraph({
    ...(indent ? { indent } : {}),
    spacing: { line: 300 },
    children: l.runs.map((r) => new TextRun({ text: r.text, ...(r.bosen ? { underline: { type: UnderlineType.SINGLE } } : {}) })),
  });
}

function cell(lines: readonly TableLine[]): TableCell {
  return new TableCell({
    width: { size: COLUMN, type: WidthType.DXA },
    borders: BORDERS,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: lines.length ? lines.map(line) : [new Paragraph('')],
  });
}

function headerCell(text: string): TableCell {
  return new TableCell({
    width: { size: COLUMN, type: WidthType.DXA },
    borders: BORDERS,
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(text)] })],
  });
}

/**
 * Renders the 新旧対照表 as a Word document (.docx).
 * @param diff the result of `diffRuleSets`
 * @returns the file's bytes
 */
export async function renderComparisonTableDocx(diff: TermsDiff): Promise<Uint8Array> {
  const title = `${diff.to.title} 新旧対照表`;
  const table = new Table({
    width: { size: COLUMN * 2, type: WidthType.DXA },
    columnWidths: [COLUMN, COLUMN],
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: [headerCell('改正後'), headerCell('改正前')] }),
      ...comparisonRows(diff).map((row) => new TableRow({ children: [cell(row.after), cell(row.before)] })),
    ],
  });
  const doc = new Document({
    title,
    description: `改正後: ${versionWords(diff.to)}　改正前: ${versionWords(diff.from)}`,
    styles: WORD_STYLES,
    sections: [
      {
        properties: { page: a4Page('landscape') },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'], size: 18 })] })] }),
        },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: title, size: 28, bold: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun(`改正後: ${versionWords(diff.to)}　改正前: ${versionWords(diff.from)}`)] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 60 }, children: [new TextRun('（傍線部分は改正部分）')] }),
          table,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
