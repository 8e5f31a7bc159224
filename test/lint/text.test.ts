import { describe, expect, it } from 'vitest';
import * as dates from '../../src/lint/text/dates.js';
import * as figures from '../../src/lint/text/figures.js';
import * as sentences from '../../src/lint/text/sentences.js';

const figure = (text: string) => figures.findFigures(text).map((f) => (f.kind === 'duration' ? `${f.n} ${f.unit}` : f.kind === 'fraction' ? `${f.numerator}/${f.denominator}` : `${f.n}${f.kind === 'amount' ? f.unit : ''}`));

describe('findFigures', () => {
  it('should export findFigures and figuresOf', () => {
    expect(Object.keys(figures).sort()).toEqual(['figuresOf', 'findFigures']);
  });

  it('should read every way the terms write a period', () => {
    for (const [text, expected] of [
      ['２ヶ月前', '2 months'],
      ['２ケ月前', '2 months'],
      ['2ヵ月以内', '2 months'],
      ['二箇月', '2 months'],
      ['２か月間', '2 months'],
      ['２ヶ年', '2 years'],
      ['１年とします', '1 years'],
      ['1年間有効', '1 years'],
      ['24時間以上', '24 hours'],
      ['７日間経過後', '7 days'],
      ['２週間', '2 weeks'],
      ['30分間', '30 minutes'],
    ] as const) {
      expect(figure(text), text).toEqual([expected]);
    }
  });

  it('should read fractions, amounts and bare numbers', () => {
    expect(figure('月額基本費用の60分の1を乗じて')).toEqual(['1/60']);
    expect(figure('時間数を24で除した数')).toEqual(['24']);
    expect(figure('1,000円または5％、３回')).toEqual(['1000円', '5%', '3']);
  });

  it('should not take kanji words, days of a month or masked ranges for figures', () => {
    expect(figure('一部、一切、第一審、十分な、一時的に')).toEqual([]);
    expect(figure('翌月10日までに')).toEqual([]);
    expect(figures.findFigures('第15条の２ヶ月', [[0, 4]]).map((f) => f.written)).toEqual(['２ヶ月']);
  });
});

describe('findDates', () => {
  it('should export findDates only', () => {
    expect(Object.keys(dates)).toEqual(['findDates']);
  });

  it('should read 西暦 with 和暦, 和暦 alone, spaces and 全角 digits', () => {
    const read = (text: string) => dates.findDates(text).map(({ year, era, eraYear, month, day }) => ({ year, era, eraYear, month, day }));
    expect(read('本規約は、2018 年（平成 28 年）4 月 20 日から有効。')).toEqual([{ year: 2018, era: '平成', eraYear: 28, month: 4, day: 20 }]);
    expect(read('平成19年６月19日付')).toEqual([{ year: null, era: '平成', eraYear: 19, month: 6, day: 19 }]);
    expect(read('令和元年5月1日と2027年1月1日')).toEqual([
      { year: null, era: '令和', eraYear: 1, month: 5, day: 1 },
      { year: 2027, era: null, eraYear: null, month: 1, day: 1 },
    ]);
    expect(dates.findDates('2018 年（平成 28 年）4 月 20 日')[0]).toMatchObject({ offset: 0, length: 23 });
  });
});

describe('splitSentences and blankParentheticals', () => {
  it('should export splitSentences, blankParentheticals and BLANK', () => {
    expect(Object.keys(sentences).sort()).toEqual(['BLANK', 'blankParentheticals', 'splitSentences']);
  });

  it('should split at 。 outside brackets only', () => {
    expect(sentences.splitSentences('資料等（複製物を含みます。以下同じ。）を返還します。ただし、この限りではありません')).toEqual([
      { text: '資料等（複製物を含みます。以下同じ。）を返還します。', offset: 0 },
      { text: 'ただし、この限りではありません', offset: 26 },
    ]);
  });

  it('should blank parentheticals keeping every offset', () => {
    const text = '内容（A、B）は、日本法(C)とします';
    const blank = sentences.blankParentheticals(text);
    expect(blank).toBe(`内容${sentences.BLANK.repeat(5)}は、日本法${sentences.BLANK.repeat(3)}とします`);
    expect(blank.length).toBe(text.length);
  });
});
