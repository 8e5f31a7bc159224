import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import * as fix from '../../src/lint/fix.js';
import { exampleDocument, lintSource } from '../../src/lint/index.js';

const finding = (edits: Array<[number, number, number, number, string]>): Diagnostic => ({
  file: 'a.md',
  line: 1,
  column: 1,
  severity: 'warning',
  ruleId: 'bracket-width',
  message: 'm',
  fix: edits.map(([line, column, endLine, endColumn, text]) => ({ line, column, endLine, endColumn, text })),
});

describe('applyFixes', () => {
  it('should export applyFixes, lineStartsOf and offsetAt', () => {
    expect(Object.keys(fix).sort()).toEqual(['applyFixes', 'lineStartsOf', 'offsetAt']);
  });

  it('should apply every edit of a fix together, and skip a fix that overlaps one applied', () => {
    const source = 'ab(c)d\nx(y)z\n';
    const result = fix.applyFixes(source, [finding([[1, 3, 1, 4, '（'], [1, 5, 1, 6, '）']]), finding([[1, 3, 1, 6, '[c]']]), finding([[2, 2, 2, 3, '（']])]);
    expect(result).toEqual({ text: 'ab（c）d\nx（y)z\n', applied: 2, skipped: 1 });
  });

  it('should make every bracket-width pair full-width and change nothing else (property)', () => {
    const words = fc.constantFrom('当社', '契約者', '通知', '電子メール', '秘密情報', '、', 'は', 'を');
    const sentence = fc.array(fc.tuple(fc.array(words, { minLength: 1, maxLength: 4 }), fc.constantFrom('()', '（)', '(）', '（）', '')), { minLength: 1, maxLength: 6 }).map((parts) =>
      parts.map(([w, b]) => (b ? `${b[0]}${w.join('')}${b[1]}` : w.join(''))).join('') + 'します。',
    );
    fc.assert(
      fc.property(sentence, (text) => {
        const doc = exampleDocument(`## 第１条（通知） {#a}\n\n${text}\n`);
        const before = lintSource(doc, 'a.md').lint?.diagnostics ?? [];
        const { text: fixed } = fix.applyFixes(doc, before);
        const after = lintSource(fixed, 'a.md').lint?.diagnostics ?? [];
        expect(after.filter((d) => d.ruleId === 'bracket-width')).toEqual([]);
        expect(fixed.replace(/（/gu, '(').replace(/）/gu, ')')).toBe(doc.replace(/（/gu, '(').replace(/）/gu, ')'));
      }),
      { seed: 17, numRuns: 60 },
    );
  });
});
