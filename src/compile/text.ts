import type { Paragraph as MdParagraph, PhrasingContent } from 'mdast';
import type { Location, TextMap } from '../ruleset/schema.js';

/** A clause sentence read from Markdown, with where each of its source lines starts. */
export interface SourceText {
  text: string;
  map: TextMap;
}

/**
 * Reads the plain text of a Markdown paragraph as one sentence: emphasis and links keep their text,
 * soft line breaks are dropped (Japanese has no spaces between words), and the map records the
 * `[offset, line, column]` where each source line's text begins.
 * @param node the mdast paragraph
 * @param lines the source split into lines (to find where continuation lines start)
 */
export function readSentence(node: MdParagraph, lines: readonly string[]): SourceText {
  let text = '';
  const map: TextMap = [];
  const start = node.position?.start;
  if (start) map.push([0, start.line, start.column]);
  const visit = (children: readonly PhrasingContent[]): void => {
    for (const child of children) {
      if (child.type === 'text' || child.type === 'inlineCode') {
        const parts = child.value.split('\n');
        const first = child.position?.start.line;
        parts.forEach((part, i) => {
          if (i > 0) {
            const line = (first ?? 0) + i;
            const source = lines[line - 1] ?? '';
            const column = source.length - source.trimStart().length + 1;
            map.push([text.length, line, column]);
          }
          text += i > 0 ? part.trimStart() : part;
        });
      } else if (child.type === 'break') {
        // A hard break is still a wrap in this format.
      } else if ('children' in child) {
        visit(child.children as PhrasingContent[]);
      }
    }
  };
  visit(node.children);
  return { text: text.replace(/[ \t]+$/u, ''), map };
}

/** Shifts a text map after `count` characters were cut from the front of the text. */
export function dropPrefix(source: SourceText, count: number): SourceText {
  if (count === 0) return source;
  const map: TextMap = source.map.map(([offset, line, column], i) =>
    i === 0 ? [0, line, column + count] : [Math.max(0, offset - count), line, column],
  );
  return { text: source.text.slice(count), map };
}

/** The source position of offset `offset` in a mapped text. */
export function positionOf(map: TextMap, offset: number): { line: number; column: number } {
  let best: readonly [number, number, number] = map[0] ?? [0, 1, 1];
  for (const entry of map) if (entry[0] <= offset) best = entry;
  return { line: best[1], column: best[2] + (offset - best[0]) };
}

/** A point of the source: what unist positions and positionOf give. */
interface Point {
  line: number;
  column: number;
}

/** The source range between two points. */
export function rangeOf(start: Point, end: Point): Location {
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** The source range of a Markdown node, or the start of the file when it has no position. */
export function locOf(node: { position?: { start: Point; end: Point } | undefined }): Location {
  const p = node.position;
  return p ? rangeOf(p.start, p.end) : rangeOf({ line: 1, column: 1 }, { line: 1, column: 1 });
}
