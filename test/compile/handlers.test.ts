/**
 * The pieces of the compiler's pass, each alone: heading grammar, history lines, signature, navigation,
 * the table of clause levels, and handlers run on a state of their own.
 */
import { describe, expect, it } from 'vitest';
import * as headings from '../../src/compile/headings.js';
import * as history from '../../src/compile/history.js';
import { parseMarkdown } from '../../src/compile/markdown.js';
import { createState } from '../../src/compile/state.js';
import { one } from '../../src/compile/tree.js';
import { isNavigation } from '../../src/compile/handlers/front.js';
import { DiagnosticSink } from '../../src/diagnostics/index.js';
import { LEVELS, levelBelow, levelNamed, levelOfKind } from '../../src/ruleset/levels.js';

const { classifyHeading, paragraphHeading, readArticleHeading, readChapterHeading, readSupplHeading } = headings;
const { isEndMark, isSignature, readHistoryLine } = history;

describe('heading grammar', () => {
  it('should export the readers', () => {
    expect(Object.keys(headings).sort()).toEqual(['articleId', 'classifyHeading', 'isHistoryHeading', 'paragraphHeading', 'readArticleHeading', 'readChapterHeading', 'readSupplHeading']);
  });

  it('should read chapter titles with colons, 、・ and full-width forms, kept as written', () => {
    for (const [text, value] of [['第１章 総則', 1], ['第1章:総則', 1], ['第3章:遵守事項、禁止事項', 3], ['第４章：雑則・その他', 4], ['第1章　総則', 1], ['第2章総則', 2], ['第十章', 10]] as const) {
      expect(readChapterHeading(text), text).toEqual({ num: { value, written: text.slice(1, text.indexOf('章')) }, title: text });
    }
    expect(readChapterHeading('第1条（目的）')).toBeNull();
  });

  it('should read captions with 、・：, never giving double brackets', () => {
    expect(readArticleHeading('第31条（解除、期限の利益喪失等）')?.caption).toEqual({ written: '（解除、期限の利益喪失等）', text: '解除、期限の利益喪失等' });
    expect(readArticleHeading('第31条（（解除、期限の利益喪失等））')).toMatchObject({ caption: { text: '解除、期限の利益喪失等' }, captionProblem: 'double' });
    expect(readArticleHeading('第5条　目的')).toMatchObject({ caption: { written: '　目的', text: '目的' }, captionProblem: 'unbracketed' });
    expect(readArticleHeading('第14条（解約） {#cancel}')).toMatchObject({ key: 'cancel', captionProblem: null });
    expect(readArticleHeading('第3条の2（定義）')?.num).toEqual({ value: 3, branch: 2, written: '3' });
  });

  it('should read 附則 in every spelling', () => {
    for (const text of ['附則', '付則', '附 則', '附　則', '附則（2020年4月1日）', '付則(令和2年4月1日施行)']) expect(readSupplHeading(text), text).toBe(text);
    expect(readSupplHeading('附則第2項')).toBeNull();
  });

  it('should classify headings by their text, and paragraphs only when they are nothing but a heading', () => {
    expect(classifyHeading('制定・改定の履歴').kind).toBe('history');
    expect(classifyHeading('改定履歴').kind).toBe('history');
    expect(classifyHeading('サンプル約款').kind).toBe('other');
    expect(paragraphHeading('第2章　出店契約')?.kind).toBe('chapter');
    expect(paragraphHeading('第2条（契約）')?.kind).toBe('article');
    expect(paragraphHeading('第2条に定めるとおりとする。')).toBeNull();
    expect(paragraphHeading('第2条（契約）の定めにより解除できる。')).toBeNull();
  });
});

describe('history lines', () => {
  it('should export the readers', () => {
    expect(Object.keys(history).sort()).toEqual(['isEndMark', 'isSignature', 'readHistoryLine']);
  });

  it('should read dates in 西暦, 和暦 and full-width digits with what happened', () => {
    expect(readHistoryLine('【2023年1月25日制定】', false)).toEqual([{ date: '2023-01-25', event: '制定' }]);
    expect(readHistoryLine('- 2017年4月1日 施行', false)).toEqual([{ date: '2017-04-01', event: '施行' }]);
    expect(readHistoryLine('令和2年4月1日改定', false)).toEqual([{ date: '2020-04-01', event: '改定' }]);
    expect(readHistoryLine('平成元年１月８日　一部改正', false)).toEqual([{ date: '1989-01-08', event: '改正' }]);
    expect(readHistoryLine('最終改定日：2024年3月1日', false)).toEqual([{ date: '2024-03-01', event: '改定' }]);
    expect(readHistoryLine('2020年4月1日制定、2023年1月25日改定', false)).toEqual([
      { date: '2020-04-01', event: '制定' },
      { date: '2023-01-25', event: '改定' },
    ]);
  });

  it('should take a bare date only under a history heading, and never a sentence', () => {
    expect(readHistoryLine('2017年4月1日', false)).toBeNull();
    expect(readHistoryLine('2017年4月1日', true)).toEqual([{ date: '2017-04-01', event: null }]);
    expect(readHistoryLine('本規約は、2023年1月25日から施行します。', true)).toBeNull();
    expect(readHistoryLine('2023年2月30日 改定', false)).toBeNull();
  });

  it('should know 以上 and a signature block', () => {
    expect(isEndMark('以上')).toBe(true);
    expect(isEndMark('以 上')).toBe(true);
    expect(isEndMark('以上の定めに従う。')).toBe(false);
    expect(isSignature(['株式会社サンプル', '東京都港区芝公園1-1-1', 'TEL 03-0000-0000'])).toBe(true);
    expect(isSignature(['当社は、株式会社サンプルの子会社に業務を委託できるものとします。'])).toBe(false);
  });
});

describe('navigation', () => {
  const first = (md: string) => parseMarkdown(md).children[0];
  it('should tell a line of links and badges from text with a link in it', () => {
    expect(isNavigation(first('[English](en.md) | [中文](zh.md)'))).toBe(true);
    expect(isNavigation(first('[![ci](b.svg)](ci) ![v](v.svg)'))).toBe(true);
    expect(isNavigation(first('詳細は[こちら](x.md)をご覧ください。'))).toBe(false);
    expect(isNavigation(first('本文のみ。'))).toBe(false);
  });
});

describe('clause levels', () => {
  it('should hold 項, 号 and 号の細分 in one table', () => {
    expect(LEVELS.map((l) => [l.name, l.kind, l.ja, l.marker, l.depth])).toEqual([
      ['paragraph', 'Paragraph', '項', 'p', 0],
      ['item', 'Item', '号', 'i', 1],
      ['subitem', 'Subitem1', '号の細分', 's', 2],
    ]);
    expect(levelBelow(levelNamed('paragraph'))?.name).toBe('item');
    expect(levelBelow(levelNamed('subitem'))).toBeNull();
    expect(levelOfKind('Item').ja).toBe('号');
    expect(LEVELS[1].label.exec('（10）本文')?.[2]).toBe('10');
  });
});

describe('handlers on a state of their own', () => {
  const run = (md: string) => {
    const root = parseMarkdown(md);
    const sink = new DiagnosticSink('t.md');
    const state = createState(root.children, md, { numbering: { paragraph: 'fullwidth', item: 'mixed' } }, sink);
    for (state.index = 0; state.index < root.children.length; state.index++) {
      const node = root.children[state.index];
      if (node && !state.skip.has(state.index)) one(state, node);
    }
    return { state, sink };
  };

  it('should take the first heading that is no article as the title, and text before the first article as 前文', () => {
    const { state } = run('# 約款\n\n前文です。\n\n## 第1条（目的）\n\n本文。\n');
    expect(state.title?.text).toBe('約款');
    expect(state.preamble.map((p) => p.sentence)).toEqual(['前文です。']);
    expect(state.article?.id).toBe('art-1');
    expect(state.zone).toBe('body');
  });

  it('should enter the trailing matter at a history line and keep it out of the article', () => {
    const { state, sink } = run('## 第1条（目的）\n\n本文。\n\n【2023年1月25日制定】\n\n以上\n\n株式会社サンプル\n');
    expect(state.zone).toBe('trailing');
    expect(state.articles[0]?.text).toBe('第1条（目的）\n本文。');
    expect(state.history.entries.map((e) => e.date)).toEqual(['2023-01-25']);
    expect(state.history.endMark).toBe(true);
    expect(state.signature.lines).toEqual(['株式会社サンプル']);
    expect(sink.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`)).toEqual(['9:1 info compile/signature']);
  });
});
