import { beforeAll, describe, expect, it } from 'vitest';
import { redlineChars, redlineTexts, redlineUnits, renderRedlineText, tidy, tokenizerSegmenter, wordUnits } from '../../src/diff/redline.js';
import type { Segment } from '../../src/diff/types.js';
import { getTokenizer, type Tokenizer } from '../../src/tokenize/index.js';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await getTokenizer();
});

const oldSide = (segments: Segment[]): string => segments.filter((s) => s.op !== 'insert').map((s) => s.text).join('');
const newSide = (segments: Segment[]): string => segments.filter((s) => s.op !== 'delete').map((s) => s.text).join('');

describe('wordUnits', () => {
  it('should keep a number whole with its prefix and counter, as a reader sees it', () => {
    expect(wordUnits(tokenizer, '第36条（免責）第１項')).toEqual(['第36条', '（', '免責', '）', '第１項']);
    expect(wordUnits(tokenizer, '解約希望日の２ヶ月前まで')).toContain('２ヶ月');
    expect(wordUnits(tokenizer, '刑事訴訟法第２１８条')).toContain('第２１８条');
  });

  it('should split the rest at morphemes, not characters', () => {
    const units = wordUnits(tokenizer, '変更後の新利用規約によるものとします。');
    expect(units.join('')).toBe('変更後の新利用規約によるものとします。');
    expect(units).toContain('規約');
    expect(units.length).toBeLessThan(15);
  });
});

describe('redlineTexts', () => {
  it('should mark a changed period as one word: 解約希望日の[-２ヶ月-]{+３ヶ月+}前まで', () => {
    const segments = redlineTexts(tokenizerSegmenter(tokenizer), '解約希望日の２ヶ月前までに通知', '解約希望日の３ヶ月前までに通知');
    expect(renderRedlineText(segments)).toBe('解約希望日の[-２ヶ月-]{+３ヶ月+}前までに通知');
  });

  it('should give back both texts from its runs', () => {
    const a = '当社は、第33条（利用不能時の料金減額措置）に該当する場合は、同条の定めによるものとします。';
    const b = '当社は、第34条（損害賠償の制限）に該当する場合は、同条の定めによるものとします。';
    const segments = redlineTexts(tokenizerSegmenter(tokenizer), a, b);
    expect(oldSide(segments)).toBe(a);
    expect(newSide(segments)).toBe(b);
    expect(renderRedlineText(segments)).toBe('当社は、[-第33条-]{+第34条+}（[-利用不能時の料金減額措置-]{+損害賠償の制限+}）に該当する場合は、同条の定めによるものとします。');
  });

  it('should show spaces dropped between words as spaces, not as rewritten words', () => {
    const segments = redlineTexts(tokenizerSegmenter(tokenizer), '2018 年（平成 28 年）4 月 20 日から有効。', '2018年（平成30年）4月20日から有効。');
    expect(renderRedlineText(segments)).toBe('2018[- -]年（平成[- 28 年-]{+30年+}）4[- -]月[- -]20[- -]日から有効。');
  });

  it('should show a width change as the characters that changed', () => {
    expect(renderRedlineText(redlineTexts(tokenizerSegmenter(tokenizer), 'メール（嫌がらせメール)を送信', 'メール（嫌がらせメール）を送信'))).toBe('メール（嫌がらせメール[-)-]{+）+}を送信');
  });

  it('should return no runs for two empty texts and one equal run for equal texts', () => {
    expect(redlineTexts(tokenizerSegmenter(tokenizer), '', '')).toEqual([]);
    expect(redlineTexts(tokenizerSegmenter(tokenizer), '同じ', '同じ')).toEqual([{ op: 'equal', text: '同じ' }]);
  });
});

describe('redlineUnits and tidy', () => {
  it('should put each deletion before its insertion and merge adjacent runs', () => {
    expect(redlineUnits(['A', 'B', 'C'], ['A', 'X', 'Y', 'C'])).toEqual([
      { op: 'equal', text: 'A' },
      { op: 'delete', text: 'B' },
      { op: 'insert', text: 'XY' },
      { op: 'equal', text: 'C' },
    ]);
  });

  it('should fold a short word squeezed between two changes into one change', () => {
    const folded = tidy([
      { op: 'delete', text: '甲乙' },
      { op: 'insert', text: '丙丁' },
      { op: 'equal', text: 'の' },
      { op: 'delete', text: '戊己' },
      { op: 'insert', text: '庚辛' },
    ]);
    expect(folded).toEqual([
      { op: 'delete', text: '甲乙の戊己' },
      { op: 'insert', text: '丙丁の庚辛' },
    ]);
  });

  it('should never fold brackets or punctuation, which mark where a phrase begins or ends', () => {
    const segments: Segment[] = [
      { op: 'delete', text: '第33条' },
      { op: 'insert', text: '第34条' },
      { op: 'equal', text: '（' },
      { op: 'delete', text: '利用不能' },
      { op: 'insert', text: '損害賠償' },
    ];
    expect(tidy(segments)).toEqual(segments);
  });

  it('should keep a long equal run between changes', () => {
    const segments: Segment[] = [
      { op: 'delete', text: 'A' },
      { op: 'equal', text: 'ながいおなじぶん' },
      { op: 'insert', text: 'B' },
    ];
    expect(tidy(segments)).toEqual(segments);
  });
});

describe('redlineChars', () => {
  it('should diff character by character, for labels', () => {
    expect(renderRedlineText(redlineChars('（１） ', '（１）'))).toBe('（１）[- -]');
    expect(renderRedlineText(redlineChars('第９条', '第10条'))).toBe('第[-９-]{+10+}条');
  });
});

describe('renderRedlineText', () => {
  it("should write deletions and insertions in wdiff's notation", () => {
    expect(renderRedlineText([{ op: 'equal', text: 'a' }, { op: 'delete', text: 'b' }, { op: 'insert', text: 'c' }])).toBe('a[-b-]{+c+}');
  });
});
