import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

// One processor per process: building it is cheap, but there is no reason to do it per document.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** Parses a terms source into an mdast tree (CommonMark + YAML front matter), positions included. */
export function parseMarkdown(source: string): Root {
  return processor.parse(source);
}
