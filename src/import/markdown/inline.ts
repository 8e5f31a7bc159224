/**
 * The text of a Markdown block's inline content, line by line: emphasis and links keep their text,
 * images their alt text, HTML tags are dropped (`<br>` breaks the line), and each line knows whether
 * it is bold from end to end (a heading written as emphasis: `**（目的）**`) and whether it is only
 * links and images (a language switch, a badge).
 */
import type { PhrasingContent } from 'mdast';

/** One line of a block's text. */
export interface TextLine {
  /** 1-based source line where the line's text starts. */
  line: number;
  /** The text, trimmed. */
  text: string;
  bold: boolean;
  /** Whether the line is nothing but links and images (and separators between them). */
  linksOnly: boolean;
}

/** HTML's text: `<br>` becomes a line break, every other tag (and comment) is markup and goes. */
export function htmlText(html: string): string {
  return html.replace(/<br\s*\/?>/giu, '\n').replace(/<!--[^]*?-->|<[^>]*>/gu, '');
}

interface Building {
  line: number;
  text: string;
  /** Whether the line has text outside / inside bold. */
  plain: boolean;
  strong: boolean;
  /** Whether the line has a link or image, and whether it has text outside them. */
  link: boolean;
  unlinked: boolean;
}

// What may stand between links on a line of links (`[English](en.md) | [中文](zh.md)`).
const BETWEEN_LINKS = /^[\s|｜/／・･,、>＞]*$/u;

/**
 * Reads inline content into lines.
 * @param nodes the block's children
 * @param startLine the block's first source line (for content without positions)
 */
export function inlineLines(nodes: readonly PhrasingContent[], startLine: number): TextLine[] {
  const lines: Building[] = [{ line: startLine, text: '', plain: false, strong: false, link: false, unlinked: false }];
  const newLine = (line: number) => lines.push({ line, text: '', plain: false, strong: false, link: false, unlinked: false });
  const put = (value: string, line: number, strong: boolean, link: boolean): void => {
    value.split('\n').forEach((part, i) => {
      if (i > 0) newLine(line + i);
      const l = lines[lines.length - 1];
      if (!l) return;
      l.text += part;
      if (link) l.link = true;
      else if (!BETWEEN_LINKS.test(part)) l.unlinked = true;
      if (part.trim() !== '') {
        if (strong) l.strong = true;
        else l.plain = true;
      }
    });
  };
  const visit = (children: readonly PhrasingContent[], strong: boolean, link: boolean): void => {
    for (const node of children) {
      const line = node.position?.start.line ?? lines[lines.length - 1]?.line ?? startLine;
      if (node.type === 'text' || node.type === 'inlineCode') put(node.value, line, strong, link);
      else if (node.type === 'html') put(htmlText(node.value), line, strong, link);
      else if (node.type === 'break') newLine(node.position?.end.line ?? line + 1);
      else if (node.type === 'image' || node.type === 'imageReference') put(node.alt ?? '', line, strong, true);
      else if (node.type === 'strong') visit(node.children, true, link);
      else if (node.type === 'link' || node.type === 'linkReference') visit(node.children, strong, true);
      else if ('children' in node) visit(node.children as PhrasingContent[], strong, link);
    }
  };
  visit(nodes, false, false);
  return lines.map((l) => ({ line: l.line, text: l.text.trim(), bold: l.strong && !l.plain, linksOnly: l.link && !l.unlinked }));
}
