/**
 * The width folds of src/numbers: the one place that turns 全角 into 半角 (and digits back), so that lint,
 * import and the language server fold alike.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFullwidthDigits, toHalfwidthAscii, toHalfwidthDigits } from '../../src/numbers/index.js';

/** Text mixing 全角 and 半角 ASCII with kana, kanji and the characters just outside ！…～. */
const mixed = fc
  .array(fc.constantFrom(...'ＳＬＡ（１０）％！～＃ａｚ SLA(10)%!~#az　。第条〜｟＀'.split('')), { maxLength: 40 })
  .map((cs) => cs.join(''));

describe('toHalfwidthAscii', () => {
  it('should fold 全角 ASCII as NFKC does, and leave everything else', () => {
    expect(toHalfwidthAscii('ＳＬＡは９９．５％（第１条）')).toBe('SLAは99.5%(第1条)');
    fc.assert(
      fc.property(mixed, (s) => {
        const expected = [...s].map((c) => (c >= '！' && c <= '～' ? c.normalize('NFKC') : c)).join('');
        expect(toHalfwidthAscii(s)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('should keep every offset: one character for one', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        expect(toHalfwidthAscii(s).length).toBe(s.length);
      }),
      { numRuns: 200 },
    );
  });

  it('should agree with toHalfwidthDigits on digits, and undo toFullwidthDigits', () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        const full = toFullwidthDigits(String(n));
        expect(toHalfwidthAscii(full)).toBe(toHalfwidthDigits(full));
        expect(toHalfwidthAscii(full)).toBe(String(n));
      }),
      { numRuns: 200 },
    );
  });
});
