/**
 * `terms import` for files that are not text: a Word file (.docx) or a PDF. Each has its reader
 * (./docx, ./pdf), which gives lines to the one structure pass every format shares (`importLines`).
 * Readers are loaded only when such a file is imported.
 */
import { importLines, type ImportOptions, type ImportResult } from './index.js';
import { ImportReport } from './report.js';

/** The binary formats `importFile` reads. */
export type FileFormat = 'docx' | 'pdf';

/** The result of importing a Word file or a PDF: as for text, with the file's format. */
export type FileImportResult = Omit<ImportResult, 'format'> & { format: FileFormat };

/**
 * Tells a Word file or a PDF from other input: by its first bytes (`%PDF-`; a zip package named .docx),
 * else by extension (so that a damaged file still gets the reader's message), else null (text).
 * @param path the file name
 * @param bytes the file's content
 */
export function detectFileFormat(path: string, bytes: Uint8Array): FileFormat | null {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (/\.pdf$/iu.test(path)) return 'pdf';
  if (/\.(docx|docm|dotx)$/iu.test(path)) return 'docx';
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  return zip && head.includes('word/') ? 'docx' : null;
}

/**
 * Imports a Word file or a PDF.
 * @param bytes the file's content
 * @param options as for `importTerms`; `format` names the file format when the caller knows it
 * @throws TermsError (exit 2) when the file cannot be read at all (not a zip, encrypted, no text layer)
 */
export async function importFile(bytes: Uint8Array, options: Omit<ImportOptions, 'format'> & { format?: FileFormat }): Promise<FileImportResult> {
  const { format: given, ...shared } = options;
  const format = given ?? detectFileFormat(options.path, bytes) ?? 'pdf';
  const report = new ImportReport(options.path);
  if (format === 'docx') {
    const { readDocxInput } = await import('./docx/read.js');
    // The format given to the shared pass names the text it reads (text extracted from a file).
    return { ...importLines(await readDocxInput(bytes, options.path, report), 'text', shared, report), format };
  }
  const { readPdfInput } = await import('./pdf/read.js');
  return { ...importLines(await readPdfInput(bytes, options.path, report), 'text', shared, report), format };
}
