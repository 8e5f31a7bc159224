import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { Root } from 'mdast';

// One processor per process: building it is cheap, but there is no reason to do it per document.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkCjkFriendly);

/** Parses a terms source into an mdast tree (CommonMark + YAML front matter; emphasis next to CJK punctuation as people mean it, e.g. `以下**「…」**といいます`), positions included. */
export function parseMarkdown(source: string): Root {
  return processor.parse(source);
}
