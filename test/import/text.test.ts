import { describe, expect, it } from 'vitest';
import * as lines from '../../src/import/text/lines.js';
import * as noise from '../../src/import/text/noise.js';
import * as unwrap from '../../src/import/text/unwrap.js';
import * as read from '../../src/import/text/read.js';
import { ImportReport } from '../../src/import/report.js';
import type { InputLine } from '../../src/import/types.js';

const { readLayout, splitLines, summarizeLines } = lines;
const { isPageNumber, removeNoise } = noise;
const { joinText, judgeJoin, toInputLines } = unwrap;

const line = (text: string, breakBefore: InputLine['breakBefore']): InputLine => ({ line: 2, text, breakBefore, heading: null, bold: false, marker: null });

describe('the text reader modules', () => {
  it('should export their functions and nothing else', () => {
    expect(Object.keys(lines).sort()).toEqual(['readLayout', 'splitLines', 'summarizeLines']);
    expect(Object.keys(noise).sort()).toEqual(['isPageNumber', 'removeNoise']);
    expect(Object.keys(unwrap).sort()).toEqual(['joinText', 'judgeJoin', 'toInputLines']);
    expect(Object.keys(read)).toEqual(['readTextInput']);
  });
});

describe('splitLines', () => {
  it('should split on every line terminator and number the lines from 1', () => {
    const out = splitLines('a\r\nb\rc\u2028d\ne ', new ImportReport('x'));
    expect(out.map((l) => [l.line, l.text, l.trailingSpace])).toEqual([
      [1, 'a', false], [2, 'b', false], [3, 'c', false], [4, 'd', false], [5, 'e ', true],
    ]);
  });

  it('should remove control characters and report them with their text', () => {
    const report = new ImportReport('x');
    const out = splitLines('第１条\u0000（目的）\n\u0007', report);
    expect(out[0]?.text).toBe('第１条（目的）');
    expect(report.diagnostics).toMatchObject([{ line: 1, ruleId: 'import/control-characters', text: '\u0000\u0007' }]);
  });
});

describe('readLayout', () => {
  it('should see double spacing and trailing-space line ends in the seed’s layout', () => {
    const text = ['第１条（目的） ', '', '本規約は、当社が定', '', 'める。 ', '', '２．当社は、 ', '', '変更できる。 '].join('\n');
    expect(readLayout(splitLines(text, new ImportReport('x')))).toEqual({ doubleSpaced: true, trailingSpaceBreaks: true });
  });

  it('should see neither in plain text', () => {
    const text = ['第１条（目的）', '本規約は、当社が定', 'める。', '', '第２条（変更）', '当社は変更できる。'].join('\n');
    expect(readLayout(splitLines(text, new ImportReport('x')))).toEqual({ doubleSpaced: false, trailingSpaceBreaks: false });
  });
});

describe('isPageNumber', () => {
  it.each(['- 3 -', '－１２－', '3/12', '３ ／ １２', '7', 'Page 3', 'p. 4 of 9', '５ページ'])('should take "%s" for a page number', (text) => {
    expect(isPageNumber(text)).toBe(true);
  });

  it.each(['（３）', '３．', '2018年', '12345', '第３条'])('should not take "%s" for one', (text) => {
    expect(isPageNumber(text)).toBe(false);
  });
});

describe('removeNoise', () => {
  // Body lines differ in more than digits: lines that differ only in a number are furniture (Page 3).
  const body = (n: number) => ['甲', '乙', '丙', '丁'].map((k) => `本文${'一二三'[n - 1] ?? ''}の${k}`);
  const page = (n: number) => ['社外秘 利用規約', ...body(n), `- ${n} -`];
  const text = [1, 2, 3].flatMap(page).join('\n');

  it('should remove page numbers and a header repeated on every page, reporting their lines and text', () => {
    const report = new ImportReport('x');
    const raw = splitLines(text, report);
    const kept = removeNoise(raw, readLayout(raw), () => false, report);
    expect(kept.map((l) => l.text)).toEqual([1, 2, 3].flatMap(body));
    expect(report.diagnostics.map((m) => [m.ruleId, m.line, m.text])).toEqual([
      ['import/page-number', 6, '- 1 -- 2 -- 3 -'],
      ['import/running-header', 1, '社外秘 利用規約社外秘 利用規約社外秘 利用規約'],
    ]);
  });

  it('should keep a line repeated at uneven intervals, and a clause that repeats', () => {
    const uneven = ['同上', 'a', '同上', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', '同上'].join('\n');
    const raw = splitLines(uneven, new ImportReport('x'));
    expect(removeNoise(raw, readLayout(raw), () => false, new ImportReport('x'))).toHaveLength(15);
    const repeated = splitLines(text.replaceAll('社外秘 利用規約', '（１）削除'), new ImportReport('x'));
    expect(removeNoise(repeated, readLayout(repeated), (t) => t.startsWith('（'), new ImportReport('x')).filter((l) => l.text === '（１）削除')).toHaveLength(3);
  });

  it('should keep a lone number that continues a wrapped line', () => {
    const raw = splitLines(['第１条（料金） ', '月額の60分の', '1', 'とする。 ', '２．当社は、 ', '変更できる。 '].join('\n'), new ImportReport('x'));
    expect(removeNoise(raw, readLayout(raw), () => false, new ImportReport('x')).map((l) => l.text)).toContain('1');
  });
});

describe('toInputLines', () => {
  it('should mark wraps and real line ends from trailing spaces when the layout has them', () => {
    const raw = splitLines(['見出し ', '', '文の途', '', '中。 ', '', '次の文 '].join('\n'), new ImportReport('x'));
    expect(toInputLines(raw, readLayout(raw)).map((l) => [l.text, l.breakBefore])).toEqual([
      ['見出し', 'hard'], ['文の途', 'hard'], ['中。', 'wrap'], ['次の文', 'hard'],
    ]);
  });

  it('should take an empty line for a real break in plain text', () => {
    const raw = splitLines(['一行目', '二行目', '', '三行目'].join('\n'), new ImportReport('x'));
    expect(toInputLines(raw, readLayout(raw)).map((l) => l.breakBefore)).toEqual(['hard', 'line', 'hard']);
  });
});

describe('joinText', () => {
  it('should join Japanese without a space and drop the spaces at the break', () => {
    expect(joinText('違反した場合 ', 'には、', 'hard')).toBe('違反した場合には、');
  });

  it('should keep a space between Latin words only at a real line end', () => {
    expect(joinText('Knet Cloud', 'Service', 'line')).toBe('Knet Cloud Service');
    expect(joinText('Ser', 'vice', 'wrap')).toBe('Service');
  });
});

describe('judgeJoin', () => {
  it('should join a wrapped or ordinary line silently', () => {
    expect(judgeJoin('当社は。', line('次の文', 'wrap'))).toBe('join');
    expect(judgeJoin('当社は。', line('次の文', 'line'))).toBe('join');
  });

  it('should call a real break inside a sentence a join across a break, and after a full stop suspicious', () => {
    expect(judgeJoin('本契約の全部又は', line('一部を解除', 'hard'))).toBe('across-break');
    expect(judgeJoin('効力を生じます。', line('当社は…', 'hard'))).toBe('suspicious');
  });

  it('should refuse a line without letters or digits after a real break', () => {
    expect(judgeJoin('から有効。', line('_', 'hard'))).toBe('refuse');
  });
});

describe('summarizeLines', () => {
  it('should list at most eight line numbers', () => {
    expect(summarizeLines([1, 2, 3])).toBe('1, 2, 3');
    expect(summarizeLines([...Array(10).keys()])).toBe('0, 1, 2, 3, 4, 5, 6, 7…');
  });
});
