import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { Root } from 'mdast';
import { withinMarkdownLimits, type LimitReport } from './limits.js';

// One processor per process: building it is cheap, but there is no reason to do it per document.
const plain = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const cjk = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkCjkFriendly);

/**
 * Parses a terms source into an mdast tree (CommonMark + YAML front matter), positions included.
 * Emphasis next to CJK punctuation reads as people mean it (`以下**「…」**といいます`, remark-cjk-friendly);
 * a source without `*` or `_` has no emphasis to read, so it skips the extension's cost (~15% of parsing).
 * @param sink where lines over the limits of ./limits.ts are reported (they are left out of the tree)
 */
export function parseMarkdown(source: string, sink?: LimitReport): Root {
  const text = withinMarkdownLimits(source, sink);
  return (/[*_]/u.test(text) ? cjk : plain).parse(text);
}
