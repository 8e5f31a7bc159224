/**
 * The heading handler: a heading is read by its text (headings.ts), at any depth — 章, 条, 附則, a
 * history heading, or, before the first 章 or 条, the title; a heading over a line of links is
 * navigation.
 */
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { classifyHeading, type HeadingKind } from '../headings.js';
import type { Location } from '../../ruleset/schema.js';
import { locOf } from '../text.js';
import type { TreeState } from '../state.js';
import { addPreambleText, isNavigation, leaveOutNavigation, readTitle } from './front.js';
import { openArticle, openChapter, openSuppl } from './structure.js';
import { openHistory, readTrailingLines } from './trailing.js';

/** Applies a structural heading (章, 条, 附則, history), wherever it was written. Returns false for any other. */
export function applyHeading(state: TreeState, read: HeadingKind, text: string, loc: Location): boolean {
  switch (read.kind) {
    case 'suppl':
      openSuppl(state, read.label, loc);
      return true;
    case 'chapter':
      openChapter(state, read.chapter, loc);
      return true;
    case 'article':
      openArticle(state, read.article, loc);
      return true;
    case 'history':
      if (state.zone === 'front') return false;
      openHistory(state, text, loc);
      return true;
    case 'other':
      return false;
  }
}

/** Reads a Markdown heading. */
export function onHeading(state: TreeState, node: Heading): void {
  const text = toString(node).trim();
  const loc = locOf(node);
  if (applyHeading(state, classifyHeading(text), text, loc)) return;
  const next = state.siblings[state.index + 1];
  // A heading over a line of links is navigation (### 英訳), unless it is the only title there is.
  if (isNavigation(next) && (state.zone !== 'front' || state.title !== null || laterTitle(state))) {
    leaveOutNavigation(state, loc, text);
    leaveOutNavigation(state, locOf(next), toString(next));
    state.skip.add(state.index + 1);
    return;
  }
  if (state.zone === 'front') {
    if (state.title === null) readTitle(state, text, loc);
    else addPreambleText(state, text, loc);
    return;
  }
  if (state.zone === 'trailing') {
    readTrailingLines(state, [{ text, loc }]);
    return;
  }
  const { sink } = state;
  if (node.depth === 1) {
    sink.error('compile/chapter-heading', `章の見出しは「第１章 総則」の形で書いてください / expected a chapter heading like 第１章 総則, found "${text}"`, loc);
  } else if (node.depth === 2) {
    sink.error('compile/article-heading', `条の見出しは「第14条（見出し）」の形で書いてください / expected an article heading like 第14条（見出し）, found "${text}"`, loc);
  } else {
    sink.error('compile/heading-depth', `見出しは 章・条・付則 だけです / unexpected heading "${text}"`, loc);
  }
}

/** Whether another heading that could be the title follows in the front matter of the document. */
function laterTitle(state: TreeState): boolean {
  for (const node of state.siblings.slice(state.index + 2)) {
    if (node.type !== 'heading') continue;
    const read = classifyHeading(toString(node).trim());
    if (read.kind !== 'other' && read.kind !== 'history') return false;
    if (read.kind === 'other' && !isNavigation(state.siblings[state.siblings.indexOf(node) + 1])) return true;
  }
  return false;
}
