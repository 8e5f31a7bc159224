import type { ListItem, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { locOf } from '../text.js';
import type { PlacedLine } from './trailing.js';

/**
 * The lines of a paragraph as text (markup gone), each with its source place.
 * @param node a paragraph
 * @param lines the source lines
 */
export function linesOf(node: Paragraph, lines: readonly string[]): PlacedLine[] {
  const loc = locOf(node);
  return toString(node).split('\n').map((text, i) => {
    const line = loc.line + i;
    const source = lines[line - 1] ?? '';
    const column = i === 0 ? loc.column : source.length - source.trimStart().length + 1;
    return { text: text.trim(), loc: { line, column, endLine: line, endColumn: Math.max(column, source.length + 1) } };
  });
}

/** The lines of list items (each item's text), with their places. */
export function itemLines(items: readonly ListItem[], lines: readonly string[]): PlacedLine[] {
  return items.flatMap((item) => item.children.flatMap((c) => (c.type === 'paragraph' ? linesOf(c, lines) : [{ text: toString(c), loc: locOf(c) }])));
}
