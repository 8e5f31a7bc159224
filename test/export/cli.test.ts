/**
 * The CLI end to end with real files, through bin/terms.js (the bundle `npm run build:ts` makes):
 * `terms export` and `terms diff --format docx|pdf` write files atomically; `terms import` reads them
 * back; bad files exit 2 with one clear message and no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { encryptedPdf, scannedPdf } from '../import/pdf-fixtures.js';

const ROOT = process.cwd();

function terms(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/terms.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** No stack trace: no `    at f (file:line)` lines. */
const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at .+:\d+/mu);

describe('terms export, diff --format docx|pdf, import of Word and PDF files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'terms-wordpdf-'));
  });

  it('should export a version to Word and import it back to the same Markdown structure', async () => {
    const out = join(dir, 'knet.docx');
    const exported = terms('export', 'knet-cloud@2027-01-01', '--format', 'docx', '--out', out);
    expect(exported.status).toBe(0);
    expect(exported.stderr).toContain('書き出しました');
    expect(Object.keys((await JSZip.loadAsync(readFileSync(out))).files)).toContain('word/document.xml');
    const imported = terms('import', out, '--doc', 'knet-cloud', '--effective', '2027-01-01');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('title: Knetクラウドサービス利用規約\ncompany: Knet 株式会社\n');
    expect(imported.stdout).toContain('## 第14条（契約者からの利用契約の解約）');
    expect(imported.stderr).toContain('[import/header-footer]');
  }, 120_000);

  it('should write the 新旧対照表 as Word and as PDF, and nothing else in the folder', () => {
    const sub = mkdtempSync(join(dir, 'diff-'));
    for (const format of ['docx', 'pdf']) {
      const result = terms('diff', 'knet-cloud@2018-04-20', 'knet-cloud@2027-01-01', '--format', format, '--out', join(sub, `新旧対照表.${format}`));
      expect(result.status).toBe(0);
      noStack(result.stderr);
    }
    expect(readdirSync(sub).sort()).toEqual(['新旧対照表.docx', '新旧対照表.pdf']);
    expect(readFileSync(join(sub, '新旧対照表.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 240_000);

  it('should print a version to PDF that imports back', () => {
    const out = join(dir, 'aozora.pdf');
    expect(terms('export', 'test/export/fixtures/aozora.md', '--format', 'pdf', '--out', out).status).toBe(0);
    const imported = terms('import', out, '--doc', 'aozora-school', '--effective', '2025-10-01');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('# 第一章　総則');
    expect(imported.stdout).toContain('## 第四条（退会）');
    expect(imported.stderr).toContain('[import/page-number]');
  }, 120_000);

  it('should refuse bad files with exit 2, one message, no stack trace, and write nothing', async () => {
    const out = join(dir, 'never.md');
    const bad: Array<[string, Uint8Array | string, string]> = [
      ['not-a-zip.docx', 'これは Word ファイルではありません', 'zip 形式ではありません'],
      ['locked.pdf', encryptedPdf(), 'パスワードで保護された PDF'],
      ['scan.pdf', await scannedPdf(), 'スキャンした画像の PDF'],
      ['broken.pdf', '%PDF-1.7\n壊れています', 'PDF として読めません'],
    ];
    const empty = new JSZip();
    empty.file('word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
    bad.push(['empty.docx', await empty.generateAsync({ type: 'uint8array' }), '本文']);
    for (const [name, content, message] of bad) {
      const path = join(dir, name);
      writeFileSync(path, content);
      const result = terms('import', path, '--doc', 'x', '--effective', '2024-04-01', '--out', out);
      expect(result.status, name).toBe(2);
      expect(result.stderr, name).toContain(message);
      expect(result.stderr.trim().split('\n').length, name).toBe(1);
      noStack(result.stderr);
    }
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it('should ask for --out and a known format', () => {
    const noOut = terms('diff', 'knet-cloud@2018-04-20', 'knet-cloud@2027-01-01', '--format', 'docx');
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain('--out FILE');
    const unknown = terms('export', 'knet-cloud@2027-01-01', '--format', 'odt', '--out', join(dir, 'x.odt'));
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('docx か pdf');
    const missing = terms('export', 'knet-cloud@2099-01-01', '--format', 'docx', '--out', join(dir, 'x.docx'));
    expect(missing.status).toBe(2);
    noStack(missing.stderr);
  });
});
