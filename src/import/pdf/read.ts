import type { ImportReport } from '../report.js';
import type { Guessed, InputLine } from '../types.js';
export async function readPdfInput(_bytes: Uint8Array, _path: string, _report: ImportReport): Promise<{ lines: InputLine[]; title: Guessed | null; company: Guessed | null }> {
  return { lines: [], title: null, company: null };
}
