/**
 * Opens a Word file: the zip package and the parts the reader needs. A file that is no Word file
 * (not a zip, an encrypted or old binary .doc, a package with no document body) is refused with one
 * clear message.
 */
import JSZip from 'jszip';
import { TermsError } from '../../errors.js';
import { parseXml, W, wChild } from './xml.js';

/** The parts of a Word package the reader uses. */
export interface DocxPackage {
  zip: JSZip;
  /** Path of the main document part (word/document.xml in nearly every file). */
  documentPath: string;
  document: Document;
  styles: Document | null;
  numbering: Document | null;
  /** Header and footer parts (their text never enters the terms). */
  furniture: Array<{ path: string; xml: Document }>;
}

// An OLE compound file: an encrypted .docx (Word keeps the password-protected package inside one) or an
// old binary .doc.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function refuse(path: string, why: string): TermsError {
  return new TermsError(`${path}: ${why}`, 2);
}

async function part(zip: JSZip, name: string): Promise<Document | null> {
  const file = zip.file(name);
  return file ? parseXml(await file.async('string')) : null;
}

/** The main document part named by the package relationships, else word/document.xml. */
async function mainPart(zip: JSZip): Promise<string> {
  const rels = await part(zip, '_rels/.rels');
  const list = rels ? Array.from(rels.getElementsByTagName('Relationship')) : [];
  const main = list.find((r) => /\/officeDocument$/u.test(r.getAttribute('Type') ?? ''));
  const target = main?.getAttribute('Target')?.replace(/^\//u, '');
  return target && zip.file(target) ? target : 'word/document.xml';
}

/**
 * Opens a Word file.
 * @param bytes the file's content
 * @param path the file's name, for messages
 * @throws TermsError (exit 2) when it is not a readable Word document
 */
export async function openDocx(bytes: Uint8Array, path: string): Promise<DocxPackage> {
  if (OLE.every((b, i) => bytes[i] === b)) {
    throw refuse(path, 'パスワードで保護された Word ファイルか、古い形式（.doc）です。Word で保護を解除し .docx で保存してから取り込んでください / password-protected or old binary Word file (.doc): remove the password and save as .docx');
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw refuse(path, 'Word ファイル（.docx）として読めません（zip 形式ではありません） / not a Word file (.docx is a zip package)');
  }
  const documentPath = await mainPart(zip);
  const file = zip.file(documentPath);
  if (!file) throw refuse(path, `Word の本文（${documentPath}）がありません / no document body in the package`);
  const document = parseXml(await file.async('string'));
  if (!document || !wChild(document.documentElement, 'body') || document.documentElement.namespaceURI !== W) {
    throw refuse(path, `Word の本文（${documentPath}）を読めません / the document body is missing or not WordprocessingML`);
  }
  const furniture: DocxPackage['furniture'] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^word\/(header|footer)\d*\.xml$/u.test(n)).sort()) {
    const xml = await part(zip, name);
    if (xml) furniture.push({ path: name, xml });
  }
  return { zip, documentPath, document, styles: await part(zip, 'word/styles.xml'), numbering: await part(zip, 'word/numbering.xml'), furniture };
}
