import { describe, expect, it } from 'vitest';
import { classify, hunksOf, orderedKinds } from '../../src/diff/classify.js';
import { differenceKind } from '../../src/diff/normalize.js';
import { profile, similarity } from '../../src/diff/similarity.js';

describe('differenceKind', () => {
  it.each([
    ['2018 年', '2018年', 'whitespace'],
    ['本サービス　の', '本サービスの', 'whitespace'],
    ['(嫌がらせメール)', '（嫌がらせメール）', 'width'],
    ['第4条', '第４条', 'width'],
    ['ﾒｰﾙ', 'メール', 'width'],
    ['提供、', '提供', 'punctuation'],
    ['「内容」', '『内容』', 'punctuation'],
    ['２ヶ月', '３ヶ月', 'wording'],
    ['本契約', '利用契約', 'wording'],
  ] as const)('should call %s → %s a %s change', (a, b, kind) => {
    expect(differenceKind(a, b)).toBe(kind);
  });
});

describe('hunksOf', () => {
  it('should give each change its offsets in the old and the new text', () => {
    expect(
      hunksOf([
        { op: 'equal', text: 'ab' },
        { op: 'delete', text: 'c' },
        { op: 'insert', text: 'XY' },
        { op: 'equal', text: 'd' },
        { op: 'insert', text: 'Z' },
      ]),
    ).toEqual([
      { oldStart: 2, oldEnd: 3, newStart: 2, newEnd: 4, oldText: 'c', newText: 'XY' },
      { oldStart: 4, oldEnd: 4, newStart: 5, newEnd: 6, oldText: '', newText: 'Z' },
    ]);
  });
});

describe('classify', () => {
  it('should be editorial for whitespace, width, punctuation, numbering and followed references only', () => {
    expect(classify(['numbering', 'whitespace', 'width', 'punctuation', 'reference-number'])).toBe('editorial');
  });

  it('should be substantive as soon as wording, rules or a move is involved', () => {
    expect(classify(['width', 'wording'])).toBe('substantive');
    expect(classify(['rules'])).toBe('substantive');
    expect(classify(['moved'])).toBe('substantive');
  });

  it('should be null when nothing changed', () => {
    expect(classify([])).toBeNull();
  });

  it('should list kinds in their fixed order', () => {
    expect(orderedKinds(new Set(['wording', 'numbering', 'width'] as const))).toEqual(['numbering', 'width', 'wording']);
  });
});

describe('similarity', () => {
  it('should be 1 for texts equal up to width and spaces, 0 for texts sharing nothing', () => {
    expect(similarity(profile('第４条（解約）'), profile('第4条 (解約)'))).toBe(1);
    expect(similarity(profile('あいう'), profile('かきく'))).toBe(0);
  });

  it('should rank a lightly edited clause above an unrelated one', () => {
    const a = profile('契約者は、解約希望日の２ヶ月前までに通知するものとします。');
    const edited = profile('契約者は、解約希望日の３ヶ月前までに通知するものとします。');
    const other = profile('当社は、天災地変その他の不可抗力により生じた損害について責任を負いません。');
    expect(similarity(a, edited)).toBeGreaterThan(0.8);
    expect(similarity(a, other)).toBeLessThan(0.3);
  });
});
