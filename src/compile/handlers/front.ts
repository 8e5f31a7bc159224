/**
 * Handlers for what stands before the first 章 or 条: the title heading, the 前文 (preamble), and
 * navigation (links, badges, a heading over a link) that is left out and reported.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Location } from '../../ruleset/schema.js';
import { readSentence } from '../text.js';
import type { TreeState } from '../state.js';
import type { Paragraph as MdParagraph } from 'mdast';

const SEPARATOR = /^[\s|｜/／・･、,，·•>＞<＜\-–—()（）[\]［］]*$/u;

/** Whether a paragraph holds only links, images and badges (separators between them aside). */
export function isNavigation(node: RootContent | undefined): node is Paragraph {
  if (!node || node.type !== 'paragraph') return false;
  let links = 0;
  const only = (children: readonly PhrasingContent[]): boolean =>
    children.every((c) => {
      if (c.type === 'link' || c.type === 'linkReference') {
        links++;
        return c.children.every((x) => x.type === 'image' || x.type === 'imageReference' || x.type === 'text' || x.type === 'emphasis' || x.type === 'strong');
      }
      if (c.type === 'image' || c.type === 'imageReference') {
        links++;
        return true;
      }
      if (c.type === 'text') return SEPARATOR.test(c.value);
      if (c.type === 'break') return true;
      if (c.type === 'emphasis' || c.type === 'strong') return only(c.children);
      return false;
    });
  return only(node.children) && links > 0;
}

/** Reports a navigation block and leaves it out. */
export function leaveOutNavigation(state: TreeState, loc: Location, what: string): void {
  state.sink.warning('compile/navigation', `リンクやナビゲーションは規約の本文に含めません: ${what} / navigation left out of the terms`, loc);
}

/** Reads the title heading. */
export function readTitle(state: TreeState, text: string, loc: Location): void {
  state.title = { text, loc };
}

/** Adds a paragraph of the 前文. */
export function addPreamble(state: TreeState, node: MdParagraph, loc: Location): void {
  const sentence = readSentence(node, state.lines);
  state.preamble.push({ sentence: sentence.text, sentenceMap: sentence.map, loc });
}

/** Adds a line of the 前文 that is not a paragraph (a heading inside it, a list item). */
export function addPreambleText(state: TreeState, text: string, loc: Location): void {
  state.preamble.push({ sentence: text, sentenceMap: [[0, loc.line, loc.column]], loc });
}
