/**
 * Round trips: a version exported to Word and imported back, and printed to PDF (by Chromium) and
 * imported back, gives the same rule set: the same chapters, articles, 項, 号 and 号の細分 with the same
 * labels and text, title and company. Both Knet versions and a fixture in another company's style
 * (漢数字 article numbers, half-width numbering, 号の細分, a label written by hand).
 */
import { describe, expect, it } from 'vitest';
import { exportVersionDocx } from '../../src/export/docx.js';
import { exportVersionPdf } from '../../src/export/pdf.js';
import { importFile } from '../../src/import/file.js';
import { compileFile, shape, SOURCES } from './support.js';

describe.each(SOURCES)('round trip of %s', (source) => {
  const ruleSet = compileFile(source);
  const options = { document: ruleSet.meta.document, effective: ruleSet.meta.effective };

  it('should import its Word export back to the same rule set', async () => {
    const bytes = await exportVersionDocx(ruleSet);
    const result = await importFile(bytes, { path: 'export.docx', ...options });
    expect(result.format).toBe('docx');
    expect(result.ruleSet).not.toBeNull();
    expect(shape(result.ruleSet!)).toEqual(shape(ruleSet));
    // The page header holds company and 施行日: reported as left out, never in the text.
    expect(result.report.some((m) => m.ruleId === 'import/header-footer')).toBe(true);
  });

  it('should import its PDF (printed by Chromium) back to the same rule set', async () => {
    const bytes = await exportVersionPdf(ruleSet);
    const result = await importFile(bytes, { path: 'export.pdf', ...options });
    expect(result.format).toBe('pdf');
    expect(result.ruleSet).not.toBeNull();
    expect(shape(result.ruleSet!)).toEqual(shape(ruleSet));
    const rules = result.report.map((m) => m.ruleId);
    expect(rules).toContain('import/page-number');
    expect(rules).toContain('import/running-header');
  }, 120_000);
});
