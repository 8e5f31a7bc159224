import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { withinMarkdownLimits, type LimitReport } from './limits.js';

// One processor per process: building it is cheap, but there is no reason to do it per document.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/**
 * Parses a terms source into an mdast tree (CommonMark + YAML front matter), positions included.
 * @param sink where lines over the limits of ./limits.ts are reported (they are left out of the tree)
 */
export function parseMarkdown(source: string, sink?: LimitReport): Root {
  return processor.parse(withinMarkdownLimits(source, sink));
}
