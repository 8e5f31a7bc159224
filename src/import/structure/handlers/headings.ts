/**
 * Handlers of the lines that open a part of the document: a 章, a 節 (which the format cannot hold),
 * a 条 (with its caption on the line or on the line above), the 付則.
 */
import { inputLine } from '../../report.js';
import { readArticleLine, readCaptionLine, readChapterLine, readSupplLine, isSectionLine } from '../classify.js';
import { addParagraph, closeBody, flushCaption, isHeadingLine, startArticle, startBody, unplaced, type Handler } from '../state.js';

/** `第１章 総則`, `## 第1章:総則`: a chapter (a separator after 章 becomes a space, reported). */
export const chapter: Handler = (state, l) => {
  const read = readChapterLine(l.text, l.heading !== null);
  if (!read) return false;
  flushCaption(state);
  if (read.separator) {
    state.report.leftOut('info', 'import/chapter-separator', `章の見出しの「${read.separator}」を空白にしました: ${read.title} / the separator after 章 became a space`, inputLine(l.line), read.separator);
  }
  state.doc.body.push({ kind: 'chapter', line: l.line, title: read.title });
  closeBody(state);
  state.outside = false;
  state.trailing = false;
  return true;
};

/** `第一節　通則`: reported, the format has no place for it. */
export const section: Handler = (state, l) => {
  if (!isSectionLine(l.text)) return false;
  unplaced(state, l, '節の見出しは書き出せません（章・条・項・号だけの形式です）');
  return true;
};

/** `第14条（…）`, `第二条　この規約において…`, `### 第5条：禁止事項`: an article. */
export const article: Handler = (state, l) => {
  const read = readArticleLine(l.text, { heading: isHeadingLine(l), captionAbove: state.pendingCaption !== null, expected: state.expected });
  if (!read) return false;
  let caption = read.caption;
  const above = state.pendingCaption;
  state.pendingCaption = null;
  if (above && !caption) caption = { written: above.written, text: above.text };
  else if (above) unplaced(state, above, '条の見出しが二つあります');
  if (read.separator) {
    state.report.leftOut('info', 'import/caption-brackets', `${read.title} の見出しの前の「${read.separator}」を除き、見出しを（）で囲みました / the separator before the caption was left out`, inputLine(l.line), read.separator);
  } else if (read.captionBracketed) {
    state.report.add('info', 'import/caption-brackets', `${read.title} の見出しを（）で囲みました / bracketed the caption`, inputLine(l.line));
  }
  startArticle(state, { kind: 'article', line: l.line, num: read.num, title: read.title, caption, ...(read.key ? { key: read.key } : {}), paragraphs: [] }, read.rest);
  return true;
};

/** `（定義）` alone above `第二条　…` (law style): the caption of the article below. */
export const captionAbove: Handler = (state, l, index) => {
  const caption = readCaptionLine(l.text);
  const next = state.lines[index + 1];
  if (!caption || !next || next.breakBefore === 'wrap') return false;
  const below = readArticleLine(next.text, { heading: isHeadingLine(next), captionAbove: true, expected: state.expected });
  if (!below || below.caption) return false;
  flushCaption(state);
  state.pendingCaption = { ...caption, line: l.line };
  return true;
};

/** `附則`, `付　則`, `【附則】`, `附則（2020年4月1日）`: the 付則 (a second one continues the first, reported). */
export const suppl: Handler = (state, l) => {
  const read = readSupplLine(l.text);
  if (!read) return false;
  flushCaption(state);
  if (state.doc.suppl) {
    state.report.add('warning', 'import/second-suppl', '付則が二つ以上あります: 一つの付則の項として取り込みました / a second 付則, imported as its next paragraph', inputLine(l.line));
    startBody(state, state.doc.suppl);
    addParagraph(state, l.text, l.line);
    return true;
  }
  if (read.dropped) {
    state.report.leftOut('info', 'import/suppl-label', `付則の見出しの飾り「${read.dropped}」を除きました / decoration around 附則 left out`, inputLine(l.line), read.dropped);
  }
  state.doc.suppl = { line: l.line, label: read.label, paragraphs: [] };
  startBody(state, state.doc.suppl);
  state.article = null;
  if (read.rest !== '') addParagraph(state, read.rest, l.line);
  return true;
};
