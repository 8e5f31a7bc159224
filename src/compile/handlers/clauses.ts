/**
 * Handlers for the clauses of an article or of the 附則: the first paragraph (第１項), an ordered list
 * of 項, a bullet (or nested ordered) list of 号 and 号の細分, an annotation block, a comment.
 */
import type { Code, Html, List, ListItem, Paragraph as MdParagraph, RootContent } from 'mdast';
import { parseAnnotationBlock, type ParsedAnnotation } from '../../annotation/parse.js';
import { levelBelow, levelNamed } from '../../ruleset/levels.js';
import type { Draft, Level } from '../draft.js';
import { readLabel, type WrittenLabel } from '../labels.js';
import { readSuppression } from '../suppressions.js';
import { dropPrefix, locOf, readSentence, type SourceText } from '../text.js';
import type { TreeState } from '../state.js';

/** What clauses go into: the article being read, or the 附則. */
export interface ClauseTarget {
  paragraphs: Draft[];
  orderedSeen: boolean;
  annotations: ParsedAnnotation[];
}

/** The article or 附則 being read, or null outside both. */
export function currentTarget(state: TreeState): ClauseTarget | null {
  return state.zone === 'body' ? (state.article ?? state.suppl) : null;
}

/** A clause's sentence, its written label cut off. */
export function sentenceOf(state: TreeState, paragraph: MdParagraph, level: Level): { sentence: SourceText; label: WrittenLabel | null } {
  const sentence = readSentence(paragraph, state.lines);
  const label = readLabel(level, sentence.text);
  return { sentence: label ? dropPrefix(sentence, label.written.length) : sentence, label };
}

/** Reads an HTML block: a lint suppression, a comment (ignored), or HTML (reported, ignored). */
export function onHtml(state: TreeState, node: Html): void {
  const read = readSuppression(node, state.lines);
  if (read === 'html') {
    state.sink.warning('compile/html', 'HTML は本文として扱いません / HTML is not part of the terms text', locOf(node));
  } else if (read !== 'comment') {
    state.suppressions.push(read);
  }
}

/** Reports a block the format has no place for. */
export function unexpected(state: TreeState, node: RootContent): void {
  const what =
    node.type === 'list' ? (node.ordered ? '番号付きリスト / ordered list' : '箇条書き / bullet list') :
    node.type === 'code' ? `コードブロック / code block${node.lang ? ` (${node.lang})` : ''}` : node.type;
  state.sink.error('compile/unexpected', `ここに ${what} は置けません / unexpected ${node.type} here`, locOf(node));
}

/** Reads a list item's blocks: its sentence, its child list (号 under 項, 号の細分 under 号), its annotations. */
export function readListItem(state: TreeState, node: ListItem, level: Level): Draft | null {
  const [first, ...rest] = node.children;
  if (!first || first.type !== 'paragraph') {
    state.sink.error('compile/empty-clause', '条項の本文がありません / a clause without text', locOf(node));
    return null;
  }
  const { sentence, label } = sentenceOf(state, first, level);
  const draft: Draft = { level, sentence, label, numbered: true, children: [], annotations: [], loc: locOf(node) };
  const below = levelBelow(levelNamed(level));
  for (const child of rest) {
    // Markdown's list type is presentation: a nested list, bulleted or numbered, holds the level below.
    if (child.type === 'list' && below) {
      for (const sub of child.children) {
        const d = readListItem(state, sub, below.name);
        if (d) draft.children.push(d);
      }
    } else if (child.type === 'code' && child.lang === 'rule') {
      draft.annotations.push(...parseAnnotationBlock(child, state.sink));
    } else if (child.type === 'html') {
      onHtml(state, child);
    } else {
      unexpected(state, child);
    }
  }
  return draft;
}

/** Reads an article's (or the 附則's) first paragraph; a second plain paragraph is an error. */
export function onFirstParagraph(state: TreeState, target: ClauseTarget, node: MdParagraph): void {
  if (target.paragraphs.length > 0) {
    state.sink.error('compile/stray-paragraph', '第２項以降は「2. …」の番号付きリストで書いてください / paragraphs after the first must be an ordered list item', locOf(node));
    return;
  }
  const { sentence, label } = sentenceOf(state, node, 'paragraph');
  target.paragraphs.push({ level: 'paragraph', sentence, label, numbered: label !== null, children: [], annotations: [], loc: locOf(node) });
}

/**
 * Whether an ordered list is numbered lazily (`1.` `1.` `1.`): ordinary Markdown, where the numbers
 * after the first mean nothing, so a list of 項 after an unnumbered first paragraph may start at 1.
 */
function isLazy(list: List, lines: readonly string[]): boolean {
  return list.children.every((item) => {
    const p = item.position?.start;
    const source = p ? (lines[p.line - 1] ?? '').slice(p.column - 1) : '';
    return /^1[.)]/u.test(source);
  });
}

/** Reads an ordered list of 項. */
export function onParagraphList(state: TreeState, target: ClauseTarget, node: List): void {
  const expected = target.paragraphs.length + 1;
  const start = node.start ?? 1;
  if (start !== expected && !(start === 1 && isLazy(node, state.lines))) {
    state.sink.error('compile/paragraph-sequence', `項の番号が飛んでいます: ${expected}. のはずが ${start}. / paragraph numbering gap`, locOf(node));
  }
  target.orderedSeen = true;
  for (const item of node.children) {
    const d = readListItem(state, item, 'paragraph');
    if (d) target.paragraphs.push(d);
  }
}

/** Reads a bullet list of 号 under the first paragraph. */
export function onItemList(state: TreeState, target: ClauseTarget, node: List): void {
  const last = target.paragraphs.at(-1);
  if (!last) {
    state.sink.error('compile/item-without-paragraph', '号の前に項の本文が必要です / items before any paragraph', locOf(node));
    return;
  }
  if (target.orderedSeen) {
    state.sink.error('compile/item-placement', '第２項以降の号は、その項の下に字下げして書いてください / indent the items under their paragraph', locOf(node));
  }
  for (const item of node.children) {
    const d = readListItem(state, item, 'item');
    if (d) last.children.push(d);
  }
}

/** Reads an annotation block at article level: before the first paragraph it is the article's, after it the first paragraph's. */
export function onAnnotation(state: TreeState, target: ClauseTarget, node: Code): void {
  const parsed = parseAnnotationBlock(node, state.sink);
  const first = target.paragraphs[0];
  if (target.paragraphs.length === 0 || parsed.every((a) => a.fields['at'] !== undefined)) {
    target.annotations.push(...parsed);
  } else if (!target.orderedSeen && first) {
    first.annotations.push(...parsed);
  } else {
    state.sink.error('compile/annotation-placement', '注釈の対象が曖昧です: 項の下に字下げするか at: を書いてください / ambiguous annotation: indent it under its clause or give at:', locOf(node));
  }
}
