import { describe, expect, it } from 'vitest';
import * as classify from '../../src/import/structure/classify.js';
import * as levels from '../../src/import/structure/levels.js';
import type { Level } from '../../src/import/structure/levels.js';
import * as build from '../../src/import/structure/build.js';
import { ImportReport } from '../../src/import/report.js';
import type { InputLine } from '../../src/import/types.js';

const { isSectionLine, readArticleLine, readCaptionLine, readChapterLine, readLabels, readSupplLine } = classify;
const { advance, placeLabel } = levels;
const { buildDocument } = build;
const plain = { heading: false, captionAbove: false, expected: null };

/** Input lines from plain text lines, one clause candidate per line. */
function lines(...texts: string[]): InputLine[] {
  return texts.map((text, i) => ({ line: i + 1, text, breakBefore: 'line', heading: null, bold: false, marker: null }));
}

describe('the structure modules', () => {
  it('should export their functions and nothing else', () => {
    expect(Object.keys(classify).sort()).toEqual(['isSectionLine', 'readArticleLine', 'readCaptionLine', 'readChapterLine', 'readLabels', 'readSupplLine', 'startsClause']);
    expect(Object.keys(levels).sort()).toEqual(['advance', 'placeLabel']);
    expect(Object.keys(build)).toEqual(['buildDocument']);
  });
});

describe('readChapterLine', () => {
  it('should read chapters in every width and give a title the compiler reads', () => {
    expect(readChapterLine('第１章 総則')).toEqual({ num: { value: 1, written: '１' }, title: '第１章 総則' });
    expect(readChapterLine('第十二章　雑則')?.num.value).toBe(12);
    expect(readChapterLine('第1章総則')?.title).toBe('第1章 総則');
    expect(readChapterLine('第２章の規定により、当社は')).toBeNull();
  });

  it('should tell a 節 heading', () => {
    expect(isSectionLine('第一節　通則')).toBe(true);
    expect(isSectionLine('第一条　通則')).toBe(false);
  });
});

describe('readArticleLine', () => {
  it('should read a caption in full- or half-width brackets', () => {
    expect(readArticleLine('第14条（契約者からの利用契約の解約）', plain)).toMatchObject({ title: '第14条', num: { value: 14 }, caption: { written: '（契約者からの利用契約の解約）', text: '契約者からの利用契約の解約' }, rest: '' });
    expect(readArticleLine('第1条(定義)', plain)?.caption?.written).toBe('(定義)');
  });

  it('should read Kanji numerals and branch numbers', () => {
    expect(readArticleLine('第十二条', plain)).toMatchObject({ title: '第十二条', num: { value: 12, written: '十二' }, caption: null });
    expect(readArticleLine('第３条の２（追加）', plain)?.num).toEqual({ value: 3, written: '３', branch: 2 });
  });

  it('should bracket a caption written after a full-width space, and say so', () => {
    expect(readArticleLine('第1条　総則', plain)).toMatchObject({ caption: { written: '（総則）', text: '総則' }, captionBracketed: true });
  });

  it('should take the text after the number for the first paragraph in law style', () => {
    expect(readArticleLine('第二条　この規約において、次の用語の意義は…', plain)).toMatchObject({ caption: null, rest: 'この規約において、次の用語の意義は…' });
    expect(readArticleLine('第二条　目的', { ...plain, captionAbove: true })).toMatchObject({ caption: null, rest: '目的' });
  });

  it('should not take a sentence that starts with a reference for a heading', () => {
    expect(readArticleLine('第10条（認定利用者による利用）の定めに基づき、当社が', plain)).toBeNull();
    expect(readArticleLine('第10条（目的）本規約は…', { ...plain, expected: 11 })).toBeNull();
    expect(readArticleLine('第10条（目的）本規約は…', { ...plain, expected: 10 })).toMatchObject({ caption: { text: '目的' }, rest: '本規約は…' });
  });
});

describe('readCaptionLine and readSupplLine', () => {
  it('should read a caption alone on its line', () => {
    expect(readCaptionLine('（定義）')).toEqual({ written: '（定義）', text: '定義' });
    expect(readCaptionLine('（嫌がらせメール)を送信する行為')).toBeNull();
  });

  it('should read 付則 and 附則 with the text that follows on the line', () => {
    expect(readSupplLine('付則 本規約は、2018 年（平成 28 年）4 月 20 日から有効。')).toEqual({ label: '付則', rest: '本規約は、2018 年（平成 28 年）4 月 20 日から有効。' });
    expect(readSupplLine('附　則')).toEqual({ label: '附則', rest: '' });
    expect(readSupplLine('付則の規定')).toBeNull();
  });
});

describe('readLabels', () => {
  it.each([
    ['（１）本サービス', 'paren-number', 1, '（１）'],
    ['(10) パスワード', 'paren-number', 10, '(10) '],
    ['⑵ 次の行為', 'paren-circled', 2, '⑵ '],
    ['③無料プラン', 'circled', 3, '③'],
    ['２．前項の規定', 'dot-number', 2, '２．'],
    ['3) 当社は', 'half-paren-number', 3, '3) '],
    ['（ウ）わいせつな情報', 'paren-gojuon', 3, '（ウ）'],
    ['二　会員情報', 'kanji', 2, '二　'],
    ['・法令違反', 'bullet', null, '・'],
  ])('should read "%s" as %s %s', (text, family, value, written) => {
    expect(readLabels(text).find((c) => c.family === family)).toMatchObject({ value, written });
  });

  it('should give both readings of イ and （ウ）, iroha first', () => {
    expect(readLabels('（ウ）x').map((c) => c.family)).toEqual(['paren-iroha', 'paren-gojuon']);
    expect(readLabels('イ　氏名').map((c) => [c.family, c.value])).toEqual([['iroha', 1], ['gojuon', 2]]);
  });

  it('should read no label in a decimal number, a word or a bare label', () => {
    expect(readLabels('3.5倍の料金')).toEqual([]);
    expect(readLabels('一部を解除')).toEqual([]);
    expect(readLabels('（１）')).toEqual([]);
  });
});

describe('placeLabel', () => {
  const at = (text: string) => readLabels(text);
  it('should open the 号 level with （１） under an unnumbered first paragraph and go back to 項 with ２．', () => {
    let open: Level[] = [{ family: null, count: 1 }];
    const item = placeLabel(open, at('（１）a'));
    expect(item).toMatchObject({ level: 1, position: 1, mismatch: null });
    open = advance(open, item!);
    const paragraph = placeLabel(open, at('２．b'));
    expect(paragraph).toMatchObject({ level: 0, position: 2, mismatch: null });
    expect(advance(open, paragraph!)).toEqual([{ family: 'dot-number', count: 2 }]);
  });

  it('should prefer continuing an open level: イ after ア is gojūon 2', () => {
    const open = advance([{ family: null, count: 1 }, { family: 'kanji', count: 1 }], placeLabel([{ family: null, count: 1 }, { family: 'kanji', count: 1 }], at('ア　x'))!);
    expect(placeLabel(open, at('イ　y'))).toMatchObject({ level: 2, position: 2, candidate: { family: 'gojuon' } });
  });

  it('should place a strong label that skips a number anyway, and report it as a gap', () => {
    expect(placeLabel([{ family: null, count: 1 }, { family: 'paren-number', count: 2 }], at('（４）x'))).toMatchObject({ level: 1, position: 3, mismatch: 'gap' });
  });

  it('should not take a weak label out of sequence, nor a bare number for the first of a level', () => {
    expect(placeLabel([{ family: null, count: 1 }], at('３　x'))).toBeNull();
    expect(placeLabel([{ family: null, count: 1 }], at('1 年間とする'))).toBeNull();
  });
});

describe('buildDocument', () => {
  it('should put a caption written above its article in law style', () => {
    const doc = buildDocument(lines('（定義）', '第二条　この規約において…', '一　会員　登録した者'), new ImportReport('x'));
    expect(doc.body).toMatchObject([{ kind: 'article', title: '第二条', caption: { written: '（定義）' }, paragraphs: [{ text: 'この規約において…', children: [{ level: 'item', label: '一　', text: '会員　登録した者' }] }] }]);
  });

  it('should join a line that starts no clause to the clause before it', () => {
    const doc = buildDocument(lines('第１条（目的）', '本規約は、当社が定', 'めるものです。', '２．当社は、', '変更できる。'), new ImportReport('x'));
    const article = doc.body[0];
    expect(article?.kind === 'article' && article.paragraphs.map((p) => [p.label, p.text])).toEqual([[null, '本規約は、当社が定めるものです。'], ['２．', '当社は、変更できる。']]);
  });

  it('should take the first line for the title and keep the text before the first article as the 前文', () => {
    const report = new ImportReport('x');
    const doc = buildDocument(lines('利用規約', 'この規約は、次のとおり定める。', '第１条（目的）', '本文'), report);
    expect(doc.title).toEqual({ text: '利用規約', line: 1 });
    expect(doc.preamble).toEqual([{ text: 'この規約は、次のとおり定める。', line: 2 }]);
    expect(report.diagnostics).toEqual([]);
  });

  it('should report text outside any article as unplaced, with its line and text', () => {
    const report = new ImportReport('x');
    const input = lines('第１条（目的）', '本文。', '雑記', 'この行はどこにも入りません。');
    input[2] = { ...input[2]!, heading: 2 };
    buildDocument(input, report);
    expect(report.diagnostics).toMatchObject([
      { line: 3, ruleId: 'import/unplaced', text: '雑記' },
      { line: 4, ruleId: 'import/unplaced', text: 'この行はどこにも入りません。' },
    ]);
  });

  it('should report a numbering gap and import the clause at its position without its wrong label', () => {
    const report = new ImportReport('x');
    const doc = buildDocument(lines('第１条（目的）', '本文', '（１）一つ目', '（３）二つ目'), report);
    const article = doc.body[0];
    expect(article?.kind === 'article' && article.paragraphs[0]?.children.map((c) => [c.label, c.text])).toEqual([['（１）', '一つ目'], [null, '二つ目']]);
    expect(report.diagnostics).toMatchObject([{ line: 4, ruleId: 'import/numbering-gap', text: '（３）' }]);
  });

  it('should number articles by their order when the document numbers none', () => {
    const input: InputLine[] = [
      { line: 1, text: '（目的）', breakBefore: 'hard', heading: null, bold: true, marker: { ordered: true, value: 1, depth: 0 } },
      { line: 2, text: '本規約は…', breakBefore: 'hard', heading: null, bold: false, marker: null },
      { line: 3, text: '（定義）', breakBefore: 'hard', heading: null, bold: true, marker: { ordered: true, value: 2, depth: 0 } },
      { line: 4, text: '用語は…', breakBefore: 'hard', heading: null, bold: false, marker: null },
    ];
    const doc = buildDocument(input, new ImportReport('x'));
    expect(doc.body.map((b) => (b.kind === 'article' ? [b.title, b.caption?.text] : null))).toEqual([['第１条', '目的'], ['第２条', '定義']]);
  });

  it('should keep a 節 heading out of the document and report it', () => {
    const report = new ImportReport('x');
    buildDocument(lines('第一節　通則', '第１条（目的）', '本文'), report);
    expect(report.diagnostics).toMatchObject([{ line: 1, ruleId: 'import/unplaced', text: '第一節　通則' }]);
  });
});

describe('the structure pass, handler by handler', () => {
  it('should export its state, handlers and evidence readers and nothing else', async () => {
    expect(Object.keys(await import('../../src/import/structure/state.js')).sort()).toEqual([
      'addClause', 'addParagraph', 'closeBody', 'createState', 'flushCaption', 'hasArticle', 'isHeadingLine', 'startArticle', 'startBody', 'unplaced',
    ]);
    expect(Object.keys(await import('../../src/import/structure/evidence.js')).sort()).toEqual(['endsSentence', 'readEvidence']);
    expect(Object.keys(await import('../../src/import/structure/paragraph-break.js'))).toEqual(['judgeBreak']);
    expect(Object.keys(await import('../../src/import/structure/trailing-block.js'))).toEqual(['findTrailing']);
    expect(Object.keys(await import('../../src/import/structure/handlers/headings.js')).sort()).toEqual(['article', 'captionAbove', 'chapter', 'section', 'suppl']);
    expect(Object.keys(await import('../../src/import/structure/handlers/front.js')).sort()).toEqual(['front', 'heading', 'navigation']);
    expect(Object.keys(await import('../../src/import/structure/handlers/clauses.js')).sort()).toEqual(['continuation', 'firstParagraph', 'labelled', 'outside']);
    expect(Object.keys(await import('../../src/import/structure/handlers/trailing.js'))).toEqual(['trailing']);
  });

  it('should read how many 項 the references say each article has', async () => {
    const { readEvidence } = await import('../../src/import/structure/evidence.js');
    const evidence = readEvidence(lines('第1条（目的）', '第4条第4項各号に該当するとき。', '第2条（変更）', '前二項の規定は、第３項に準用する。'));
    expect([...evidence.required]).toEqual([[4, 4], [2, 3]]);
  });

  it('should place a chapter alone, and leave the body it was in', async () => {
    const { createState } = await import('../../src/import/structure/state.js');
    const { chapter } = await import('../../src/import/structure/handlers/headings.js');
    const input = lines('第3章:遵守事項、禁止事項');
    input[0] = { ...input[0]!, heading: 2 };
    const report = new ImportReport('x');
    const state = createState(input, report);
    expect(chapter(state, input[0]!, 0)).toBe(true);
    expect(state.doc.body).toEqual([{ kind: 'chapter', line: 1, title: '第3章　遵守事項、禁止事項' }]);
    expect(report.diagnostics).toMatchObject([{ ruleId: 'import/chapter-separator', text: ':' }]);
  });

  it('should start a 項 at a line that says 前項, and join a line that starts with ただし', async () => {
    const { createState, startArticle } = await import('../../src/import/structure/state.js');
    const { judgeBreak } = await import('../../src/import/structure/paragraph-break.js');
    const input = lines('第1条（目的）', '本文です。', '前項の規定は、準用する。', 'ただし、この限りでない。');
    const state = createState(input, new ImportReport('x'));
    startArticle(state, { kind: 'article', line: 1, num: { value: 1, written: '1' }, title: '第1条', caption: null, paragraphs: [] }, '本文です。');
    expect(judgeBreak(state, input[2]!)).toMatchObject({ split: true, report: null });
    expect(judgeBreak(state, input[3]!)).toMatchObject({ split: false });
  });

  it('should find the block of trailing matter at the end, and no more', async () => {
    const { findTrailing } = await import('../../src/import/structure/trailing-block.js');
    const input = lines('第1条（目的）', '本規約は、株式会社サンプルのサービスに適用する。', '以上', '株式会社サンプル', '〒100-0001 東京都千代田区千代田1-1');
    expect(findTrailing(input)).toBe(2);
    expect(findTrailing(lines('第1条（目的）', '株式会社サンプルが定める。'))).toBe(2);
  });
});
