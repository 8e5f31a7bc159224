/**
 * Hand-written Markdown → input lines. Headings, paragraphs, list items, quotes, code and HTML all
 * become lines of text (markup stripped); a list item's marker is kept as structure (its number is
 * markup, so the numbering it gives is never written as text), with the list's nesting depth.
 */
import type { ListItem, Root, RootContent } from 'mdast';
import type { InputLine, ListMarker } from '../types.js';
import { htmlText, inlineLines, type TextLine } from './inline.js';

/** The number written in an ordered list item's marker (Markdown keeps only the list's first). */
function writtenNumber(item: ListItem, sourceLines: readonly string[]): number | null {
  const start = item.position?.start;
  if (!start) return null;
  const m = /^(\d{1,9})[.)]/u.exec((sourceLines[start.line - 1] ?? '').slice(start.column - 1));
  return m ? Number(m[1]) : null;
}

/**
 * Flattens a parsed Markdown document into input lines.
 * @param root the mdast tree (front matter nodes are skipped: the caller reads them)
 * @param source the Markdown text (to read list numbers as written)
 */
export function flattenMarkdown(root: Root, source: string): InputLine[] {
  const sourceLines = source.split('\n');
  const out: InputLine[] = [];
  let pending: ListMarker | null = null;
  // The depth of the list item whose blocks are being read (-1: none), for blocks after its first.
  let itemDepth = -1;

  const emit = (lines: readonly TextLine[], heading: number | null): void => {
    let first = true;
    for (const l of lines) {
      if (l.text === '') continue;
      const line: InputLine = { line: l.line, text: l.text, breakBefore: first ? 'hard' : 'line', heading, bold: l.bold, marker: pending };
      if (pending === null && itemDepth >= 0) line.listDepth = itemDepth;
      if (l.linksOnly) line.linksOnly = true;
      out.push(line);
      pending = null;
      first = false;
    }
  };
  const plainLines = (value: string, line: number): TextLine[] =>
    value.split('\n').map((text, i) => ({ line: line + i, text: text.trim(), bold: false, linksOnly: false }));

  const block = (node: RootContent, depth: number): void => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'paragraph':
        emit(inlineLines(node.children, line), null);
        return;
      case 'heading':
        emit(inlineLines(node.children, line), node.depth);
        return;
      case 'list':
        for (const item of node.children) {
          const outer = itemDepth;
          pending = { ordered: node.ordered === true, value: node.ordered ? writtenNumber(item, sourceLines) : null, depth };
          itemDepth = depth;
          for (const child of item.children) block(child, child.type === 'list' ? depth + 1 : depth);
          pending = null;
          itemDepth = outer;
        }
        return;
      case 'code':
        // A fenced block's content counts from the line after its opening fence.
        emit(plainLines(node.value, line + (/^\s*(```|~~~)/u.test(sourceLines[line - 1] ?? '') ? 1 : 0)), null);
        return;
      case 'html':
        emit(plainLines(htmlText(node.value), line), null);
        return;
      case 'yaml':
      case 'thematicBreak':
      case 'definition':
        return;
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) block(child, depth);
        else if ('value' in node && typeof node.value === 'string') emit(plainLines(node.value, line), null);
    }
  };
  for (const node of root.children) block(node, 0);
  return out;
}
