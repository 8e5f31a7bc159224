/**
 * Word → input lines. The package is opened and rewritten (prepare.ts: tracked changes accepted,
 * automatic numbers written as text), then mammoth reads the body: each paragraph is a line with a
 * real break before it, a line break inside a paragraph an ordinary line end; headings by style
 * (見出し 1–9, Title) or by bold text; each table row one line. Headers, footers (page numbers) and
 * comments are separate parts of the package and never enter the text; footnotes are reported.
 */
import mammoth from 'mammoth';
import { TermsError } from '../../errors.js';
import { guessCompany } from '../guess.js';
import { inputLine, type ImportReport } from '../report.js';
import type { Guessed, InputLine } from '../types.js';
import type { MammothDocument, MammothNode } from './model.js';
import { openDocx } from './package.js';
import { prepareDocument, type Prepared } from './prepare.js';
import { serializeXml, W } from './xml.js';

/** What the Word reader gives the structure pass. */
export interface DocxInput {
  lines: InputLine[];
  title: Guessed | null;
  company: Guessed | null;
}

/** Heading depth of a paragraph style: 見出し 1 / heading 1 → 1, Title / 表題 → 1, else null. */
export function headingDepth(styleName: string | null | undefined): number | null {
  if (!styleName) return null;
  const name = styleName.trim().toLowerCase();
  const m = /^(?:heading|見出し)\s*([1-9])$/u.exec(name);
  if (m) return Math.min(Number(m[1]), 6);
  return /^(?:title|表題|タイトル|subtitle)$/u.test(name) ? 1 : null;
}

/** A paragraph's text as pieces (bold or not), split at line breaks. */
interface Piece {
  text: string;
  bold: boolean;
}

function collect(nodes: readonly MammothNode[], bold: boolean, lines: Piece[][], notes: MammothNode[]): void {
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        lines.at(-1)?.push({ text: n.value ?? '', bold });
        break;
      case 'tab':
        lines.at(-1)?.push({ text: '　', bold });
        break;
      case 'break':
        if (n.breakType === 'line' || n.breakType === 'textWrapping' || n.breakType === undefined) lines.push([]);
        break;
      case 'noteReference':
        notes.push(n);
        break;
      case 'image':
        break;
      case 'run':
        collect(n.children ?? [], n.isBold === true, lines, notes);
        break;
      default:
        collect(n.children ?? [], bold, lines, notes);
    }
  }
}

/** Plain text of model nodes (for notes and comments). */
function plain(nodes: readonly MammothNode[]): string {
  const lines: Piece[][] = [[]];
  collect(nodes, false, lines, []);
  return lines.map((l) => l.map((p) => p.text).join('')).join('\n');
}

/** Text of a header or footer part. */
function partText(xml: Document): string {
  return Array.from(xml.getElementsByTagNameNS(W, 'p'))
    .map((p) => Array.from(p.getElementsByTagNameNS(W, 't')).map((t) => t.textContent ?? '').join(''))
    .filter((t) => t.trim() !== '')
    .join(' / ');
}

function reportPrepared(found: Prepared, report: ImportReport): void {
  const tracked = found.insertions + found.deletions + found.moves + found.formatChanges;
  if (tracked > 0) {
    report.leftOut(
      'warning',
      'import/tracked-changes',
      `変更履歴（挿入 ${found.insertions}・削除 ${found.deletions}・移動 ${found.moves}・書式 ${found.formatChanges}）がありました。すべて承諾した状態の本文を取り込みました（削除された文字はこの報告に残します） / tracked changes found: imported with all changes accepted`,
      inputLine(1),
      found.deletedText,
    );
  }
  if (found.numbered > 0) {
    report.add('info', 'import/word-numbering', `Word の自動番号（${found.numbered} 段落）を表示どおりの番号として読みました / Word automatic numbering read as the numbers shown`, inputLine(1));
  }
  if (found.unknownFormats.length > 0) {
    report.add('warning', 'import/word-numbering', `対応していない番号書式（${found.unknownFormats.join(', ')}）は算用数字にしました / unknown list number formats written as decimal numbers`, inputLine(1));
  }
}

/**
 * Reads a Word file.
 * @param bytes the .docx file
 * @param path its name, for messages
 * @param report where what was left out is recorded
 * @throws TermsError (exit 2) when the file is not a readable Word document
 */
export async function readDocxInput(bytes: Uint8Array, path: string, report: ImportReport): Promise<DocxInput> {
  const pkg = await openDocx(bytes, path);
  const found = prepareDocument(pkg);
  pkg.zip.file(pkg.documentPath, serializeXml(pkg.document));
  const rewritten = await pkg.zip.generateAsync({ type: 'nodebuffer' });
  let model: MammothDocument | null = null;
  try {
    await mammoth.convertToHtml(
      { buffer: rewritten },
      {
        transformDocument: (doc: MammothDocument) => {
          model = doc;
          return doc;
        },
      },
    );
  } catch (error) {
    throw new TermsError(`${path}: Word ファイルの本文を読めません / cannot read the Word document: ${error instanceof Error ? error.message : String(error)}`, 2);
  }
  reportPrepared(found, report);

  const lines: InputLine[] = [];
  const notes: MammothNode[] = [];
  let line = 0;
  const emitPieces = (pieces: Piece[][], heading: number | null): void => {
    pieces.forEach((parts, i) => {
      line++;
      const text = parts.map((p) => p.text).join('').trim();
      if (text === '') return;
      const visible = parts.filter((p) => p.text.trim() !== '');
      const bold = visible.length > 0 && visible.every((p) => p.bold);
      lines.push({ line, text, breakBefore: i === 0 ? 'hard' : 'line', heading, bold, marker: null });
    });
  };
  let tables = 0;
  const block = (n: MammothNode): void => {
    if (n.type === 'paragraph') {
      const pieces: Piece[][] = [[]];
      collect(n.children ?? [], false, pieces, notes);
      emitPieces(pieces, headingDepth(n.styleName));
    } else if (n.type === 'table') {
      tables++;
      for (const row of n.children ?? []) {
        // A row reads as one line, its cells separated by a full-width space.
        const cells = (row.children ?? []).map((cell) => plain(cell.children ?? []).replace(/\s*\n\s*/gu, '　').trim()).filter((t) => t !== '');
        emitPieces([[{ text: cells.join('　'), bold: false }]], null);
      }
    } else {
      for (const child of n.children ?? []) block(child);
    }
  };
  const doc = model as MammothDocument | null;
  for (const child of doc?.children ?? []) block(child);
  if (tables > 0) report.add('info', 'import/table', `表（${tables} 個）は行ごとに一行の本文として読みました / tables read one line per row`, inputLine(1));
  for (const ref of notes) {
    const note = doc?.notes.resolve(ref);
    if (note) {
      const text = plain(note.body).trim();
      report.leftOut('warning', 'import/unplaced', `脚注・文末脚注は取り込めません: 「${text}」 / footnotes cannot be placed`, inputLine(1), text);
    }
  }
  const comments = doc?.comments.length ?? 0;
  if (comments > 0 || found.commentAnchors > 0) {
    report.add('info', 'import/comments', `コメント（${Math.max(comments, found.commentAnchors)} 件）は本文に含めませんでした / comments left out`, inputLine(1));
  }
  let company: Guessed | null = null;
  if (pkg.furniture.length > 0) {
    // Parts with no letter or digit hold only fields (the page number) and punctuation.
    const texts = pkg.furniture.map((f) => partText(f.xml)).filter((t) => /[\p{L}\p{N}]/u.test(t));
    if (texts.length > 0) {
      report.add('info', 'import/header-footer', `ヘッダー・フッター（「${texts.join('」「')}」）は本文に含めませんでした / headers and footers left out`, inputLine(1));
      company = guessCompany(texts.map((text) => ({ line: 1, text, breakBefore: 'hard', heading: null, bold: false, marker: null })));
    }
  }
  // The company named in the body comes first; the header is where a Word file often names it alone.
  return { lines, title: null, company: guessCompany(lines) ?? company };
}
