/**
 * Handlers for the top-level blocks other than headings: a paragraph (a heading written as one,
 * navigation, 前文, history, signature, or a clause), a list (項, 号, or history lines), an annotation.
 * Each asks where the pass stands (front, body, trailing) and hands the block on.
 */
import type { Code, List, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { paragraphHeading } from '../headings.js';
import { isSignature } from '../history.js';
import { locOf } from '../text.js';
import type { TreeState } from '../state.js';
import { currentTarget, onAnnotation, onFirstParagraph, onItemList, onParagraphList, unexpected } from './clauses.js';
import { addPreamble, addPreambleText, isNavigation, leaveOutNavigation } from './front.js';
import { applyHeading } from './heading.js';
import { itemLines, linesOf } from './lines.js';
import { allHistory, enterTrailing, readTrailingLines } from './trailing.js';

/** Reports a block found outside any article. */
function outside(state: TreeState, node: RootContent): void {
  state.sink.error('compile/outside-article', '条の外に本文があります（## 第１条（…） の後に書いてください） / text outside any article', locOf(node));
}

/** Reads a top-level paragraph. */
export function onParagraph(state: TreeState, node: Paragraph): void {
  const loc = locOf(node);
  const text = toString(node).trim();
  const heading = paragraphHeading(text);
  if (heading && applyHeading(state, heading, text, loc)) return;
  if (isNavigation(node)) {
    leaveOutNavigation(state, loc, text);
    return;
  }
  const lines = linesOf(node, state.lines);
  if (state.zone === 'front') {
    if (allHistory(lines, false)) readTrailingLines(state, lines);
    else addPreamble(state, node, loc);
    return;
  }
  if (state.zone === 'trailing') {
    readTrailingLines(state, lines);
    return;
  }
  const target = currentTarget(state);
  const started = target !== null && target.paragraphs.length > 0;
  if (started && (allHistory(lines, false) || isSignature(lines.map((l) => l.text)))) {
    enterTrailing(state);
    readTrailingLines(state, lines);
    return;
  }
  if (!target) {
    outside(state, node);
    return;
  }
  extend(state, node);
  onFirstParagraph(state, target, node);
}

/** Reads a top-level list. */
export function onList(state: TreeState, node: List): void {
  const lines = itemLines(node.children, state.lines);
  const target = currentTarget(state);
  if (state.zone === 'trailing' || (target !== null && target.paragraphs.length > 0 && allHistory(lines, false))) {
    if (state.zone !== 'trailing') enterTrailing(state);
    readTrailingLines(state, lines);
    return;
  }
  if (state.zone === 'front') {
    if (allHistory(lines, false)) readTrailingLines(state, lines);
    else if (node.children.every((item) => item.children.length === 1 && isNavigation(item.children[0]))) leaveOutNavigation(state, locOf(node), toString(node));
    else for (const line of lines) addPreambleText(state, line.text, line.loc);
    return;
  }
  if (!target) {
    outside(state, node);
    return;
  }
  extend(state, node);
  if (node.ordered) onParagraphList(state, target, node);
  else onItemList(state, target, node);
}

/** Reads a top-level fenced code block: an annotation of the article or 附則, or a block out of place. */
export function onCode(state: TreeState, node: Code): void {
  const target = currentTarget(state);
  if (!target) {
    outside(state, node);
    return;
  }
  extend(state, node);
  if (node.lang === 'rule') onAnnotation(state, target, node);
  else unexpected(state, node);
}

/** Reads any other block inside an article (a table, a quote): the format has no place for it. */
export function onOther(state: TreeState, node: RootContent): void {
  const target = currentTarget(state);
  if (!target) {
    outside(state, node);
    return;
  }
  extend(state, node);
  unexpected(state, node);
}

/** Extends the article being read to the end of a block it holds. */
function extend(state: TreeState, node: RootContent): void {
  const current = state.article;
  if (!current) return;
  const end = locOf(node);
  current.loc = { ...current.loc, endLine: end.endLine, endColumn: end.endColumn };
}
