/**
 * Handlers of what stands around the articles rather than in them: links and navigation (a language
 * switch, badges, a table of contents), the title (the first heading that is no article), headings that
 * are articles in a document that numbers none, and the 前文 between the title and the first article.
 */
import { writeNumber } from '../../../numbers/index.js';
import { inputLine } from '../../report.js';
import type { InputLine } from '../../types.js';
import { joinText } from '../../text/unwrap.js';
import { readCaptionLine, readLabels } from '../classify.js';
import { endsSentence } from '../evidence.js';
import { isHistoryHeading, readHistoryEntry } from '../matter.js';
import { closeBody, hasArticle, startArticle, unplaced, type BuildState, type Handler } from '../state.js';

/** A heading followed by nothing but links (`### 英訳` then `[English](en.md)`): navigation. */
function headsLinks(state: BuildState, l: InputLine, index: number): boolean {
  const next = state.lines[index + 1];
  return l.heading !== null && next !== undefined && next.linksOnly === true && next.breakBefore === 'hard';
}

/**
 * A line of only links or images outside any article (`[English](en.md)`, a badge), or a heading over
 * such lines: reported with its text, left out, never a title or an article.
 */
export const navigation: Handler = (state, l, index) => {
  const outsideArticles = state.container === null || state.trailing || index >= state.trailingFrom || !hasArticle(state);
  const links = l.linksOnly === true && !l.marker && outsideArticles;
  const listOfLinks = l.linksOnly === true && l.marker !== null && !hasArticle(state);
  if (!links && !listOfLinks && !headsLinks(state, l, index)) return false;
  state.report.leftOut('info', 'import/navigation', `リンクだけの行・ナビゲーションを除きました: 「${l.text}」 / left out a line of links or navigation`, inputLine(l.line), l.text);
  return true;
};

/** A first line that reads like a document title: short, not a sentence, no label. */
function titleLike(text: string): boolean {
  return text.length <= 60 && !/[。]/u.test(text) && readLabels(text).every((c) => !c.strong);
}

/**
 * Whether a heading before the first article is the title. In a document that numbers no article,
 * headings are its articles, so the title must stand above them (a shallower heading than any after it).
 */
function isTitleHeading(state: BuildState, l: InputLine, index: number): boolean {
  if (state.doc.title !== null && !state.titleFromLine) return false;
  if (l.heading === null || hasArticle(state) || state.container !== null || readCaptionLine(l.text) || isHistoryHeading(l.text)) return false;
  if (state.numbered) return true;
  const depth = l.heading;
  return state.lines.slice(index + 1).every((o) => o.heading === null || o.heading > depth);
}

/** Takes a heading (or a plain line) for the title; a plain line taken before is reported. */
function takeTitle(state: BuildState, l: InputLine, fromLine: boolean): void {
  const before = state.doc.title;
  if (before && state.titleFromLine) unplaced(state, before, '表題の前の行です');
  state.doc.title = { text: l.text, line: l.line };
  state.titleFromLine = fromLine;
}

/**
 * A heading (Markdown, or a bold line in a document that numbers no article) that is not a 章, 条 or
 * 付則: the title, an article numbered by its order, or a heading that is reported and whose text is
 * left out until the next article.
 */
export const heading: Handler = (state, l, index) => {
  if (l.heading === null && !(l.bold && !state.numbered)) return false;
  if (isTitleHeading(state, l, index)) {
    takeTitle(state, l, false);
    return true;
  }
  if (!state.numbered) {
    const n = state.expected;
    if (l.marker?.ordered && l.marker.value !== null && l.marker.value !== n) {
      state.report.add('warning', 'import/article-sequence', `見出しの番号 ${l.marker.value}. を第${n}条としました / numbered by position`, inputLine(l.line));
    }
    const caption = readCaptionLine(l.text) ?? { written: `（${l.text}）`, text: l.text };
    const title = `第${writeNumber(n, 'mixed')}条`;
    state.report.add('info', 'import/article-number', `番号のない見出し「${l.text}」を ${title} としました / numbered the article by its order`, inputLine(l.line));
    startArticle(state, { kind: 'article', line: l.line, num: { value: n, written: writeNumber(n, 'mixed') }, title, caption, paragraphs: [] }, '');
    return true;
  }
  unplaced(state, l, '条の見出しではない見出しです');
  closeBody(state);
  // Before the first article a heading (`## はじめに`) heads the 前文, which is kept.
  state.outside = hasArticle(state) || state.doc.body.length > 0;
  return true;
};

/**
 * Text before the first article: the title when it reads like one and none was found, else the 前文,
 * a paragraph at each real break or sentence end. Any other text outside the articles is reported.
 */
export const front: Handler = (state, l) => {
  if (state.container !== null || hasArticle(state) || state.doc.body.length > 0 || state.outside) {
    unplaced(state, l, state.doc.body.length === 0 ? '最初の条より前の本文です' : '条の外の本文です');
    return true;
  }
  const entry = l.breakBefore !== 'wrap' ? readHistoryEntry(l.text) : null;
  if (entry) {
    // `制定日：2020年4月1日` above the text is history, as the compiler reads it: written after the text.
    state.doc.history ??= { line: l.line, heading: null, entries: [], endMark: null };
    state.doc.history.entries.push({ date: entry.date, text: entry.text, line: l.line });
    state.report.add('info', 'import/history', `本文の前の制定・改定履歴「${l.text}」は、本文の後の履歴として書き出しました / history before the text, written after it`, inputLine(l.line));
    return true;
  }
  if (state.doc.title === null && state.doc.preamble.length === 0 && titleLike(l.text)) {
    takeTitle(state, l, true);
    return true;
  }
  const preamble = state.doc.preamble;
  const last = preamble[preamble.length - 1];
  if (last && (l.breakBefore === 'wrap' || (l.breakBefore === 'line' && !endsSentence(last.text)))) {
    last.text = joinText(last.text, l.text, l.breakBefore);
  } else {
    preamble.push({ text: l.text, line: l.line });
  }
  return true;
};
