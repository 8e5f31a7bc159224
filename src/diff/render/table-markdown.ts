/**
 * The 新旧対照表 as a GitHub Markdown table: lines of a cell joined with `<br>`, 傍線 as `<ins>` (GitHub
 * underlines it and keeps no `<u>` or styles), sub-clauses indented with full-width spaces.
 */
import type { TermsDiff } from '../types.js';
import { escapeMarkdown, versionWords } from './common.js';
import { comparisonRows, type TableLine } from './table.js';

/**
 * Renders the 新旧対照表 as Markdown.
 * @param diff the result of `diffRuleSets`
 */
export function renderComparisonTableMarkdown(diff: TermsDiff): string {
  const out = [
    `### ${escapeMarkdown(diff.to.title)} 新旧対照表`,
    '',
    `改正後: ${escapeMarkdown(versionWords(diff.to))}　改正前: ${escapeMarkdown(versionWords(diff.from))}（傍線部分は改正部分）`,
    '',
    '| 改正後 | 改正前 |',
    '| --- | --- |',
    ...comparisonRows(diff).map((row) => `| ${cell(row.after)} | ${cell(row.before)} |`),
  ];
  return out.join('\n') + '\n';
}

function cell(lines: readonly TableLine[]): string {
  return lines
    .map((line) => {
      const indent = '　'.repeat(Math.max(0, line.depth - 1));
      return indent + line.runs.map((r) => (r.bosen ? `<ins>${escapeMarkdown(r.text)}</ins>` : escapeMarkdown(r.text))).join('');
    })
    .join('<br>');
}
