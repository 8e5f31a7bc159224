/**
 * Where a front-matter field is written, so that a CI problem about `noticeDate` or `effective` points at
 * its line. The rule set keeps the values, not their positions.
 */
import type { Place } from '../diagnostics/index.js';

/**
 * The place of a top-level front-matter key, or of the front matter's first line when it is absent.
 * @param source the Markdown text
 * @param key `effective`, `noticeDate` …
 */
export function frontMatterPlace(source: string, key: string): Place {
  const lines = source.split(/\r?\n/u);
  if (lines[0]?.trim() !== '---') return { line: 1, column: 1 };
  for (let i = 1; i < lines.length && lines[i]?.trim() !== '---'; i++) {
    if (new RegExp(`^${key}\\s*:`, 'u').test(lines[i] ?? '')) return { line: i + 1, column: 1, endLine: i + 1, endColumn: (lines[i]?.length ?? 0) + 1 };
  }
  return { line: 1, column: 1 };
}
