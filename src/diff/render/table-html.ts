/**
 * The 新旧対照表 as HTML: a fragment for the site, or (`standalone`) a whole document with print styles
 * for the legal team's approval document. 傍線 are `<span class="bosen">`, underlined by the styles.
 */
import type { TermsDiff } from '../types.js';
import { escapeHtml, versionWords } from './common.js';
import { comparisonRows, type TableLine } from './table.js';

/** Options of `renderComparisonTableHtml`. */
export interface ComparisonTableHtmlOptions {
  /** Wrap the table in a complete HTML document with print CSS (A4 landscape). */
  standalone?: boolean;
  /** With `standalone`: a link back to where the table was opened from (shown on screen, not printed). */
  back?: { href: string; label: string };
}

const PRINT_CSS = `@page { size: A4 landscape; margin: 15mm 15mm 18mm; }
body { font-family: "Yu Mincho", "YuMincho", "Hiragino Mincho ProN", "Noto Serif JP", serif; font-size: 10.5pt; line-height: 1.7; color: #000; margin: 0; }
h1 { font-size: 14pt; font-weight: normal; text-align: center; margin: 0 0 4pt; }
.shinkyu-versions { text-align: center; margin: 0 0 6pt; }
.shinkyu-note { text-align: right; margin: 0 0 4pt; }
table.shinkyu { width: 100%; border-collapse: collapse; table-layout: fixed; }
.shinkyu th, .shinkyu td { width: 50%; border: 0.75pt solid #000; padding: 4pt 6pt; vertical-align: top; }
.shinkyu th { font-weight: normal; text-align: center; }
.shinkyu thead { display: table-header-group; }
.shinkyu tr { break-inside: avoid; page-break-inside: avoid; }
.shinkyu-line { margin: 0; padding-left: 1em; text-indent: -1em; }
.shinkyu-depth-0 { padding-left: 0; text-indent: 0; }
.shinkyu-depth-2 { padding-left: 2em; }
.shinkyu-depth-3 { padding-left: 3em; }
.bosen { text-decoration: underline; text-decoration-thickness: 0.08em; text-underline-offset: 0.2em; }
.shinkyu td { overflow-wrap: anywhere; }
@media print { a { color: inherit; text-decoration: none; } .shinkyu-back { display: none; } }
@media screen { body { margin: 1rem; } .shinkyu-back { margin: 0 0 1rem; } }
@media screen and (max-width: 40rem) { body { margin: 0.5rem; font-size: 10pt; } .shinkyu th, .shinkyu td { padding: 3pt 4pt; } }
`;

/**
 * Renders the 新旧対照表 as HTML.
 * @param diff the result of `diffRuleSets`
 * @param options `standalone` for a printable document
 */
export function renderComparisonTableHtml(diff: TermsDiff, options: ComparisonTableHtmlOptions = {}): string {
  const title = `${diff.to.title} 新旧対照表`;
  const table = [
    `<table class="shinkyu" data-from="${escapeHtml(diff.from.version)}" data-to="${escapeHtml(diff.to.version)}">`,
    '<thead><tr><th scope="col">改正後</th><th scope="col">改正前</th></tr></thead>',
    '<tbody>',
    ...comparisonRows(diff).map(
      (row) => `<tr${row.omitted ? ' class="shinkyu-omitted"' : ''}><td>${cell(row.after)}</td><td>${cell(row.before)}</td></tr>`,
    ),
    '</tbody>',
    '</table>',
  ].join('\n');
  if (!options.standalone) return `${table}\n`;
  return [
    '<!DOCTYPE html>',
    '<html lang="ja">',
    '<head>',
    '<meta charset="utf-8">',
    // A phone lays out a page without a viewport 980 px wide; the empty icon spares a request for /favicon.ico.
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${PRINT_CSS}</style>`,
    '</head>',
    '<body>',
    ...(options.back ? [`<nav class="shinkyu-back" aria-label="戻る"><a href="${escapeHtml(options.back.href)}">${escapeHtml(options.back.label)}</a></nav>`] : []),
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="shinkyu-versions">改正後: ${escapeHtml(versionWords(diff.to))}　改正前: ${escapeHtml(versionWords(diff.from))}</p>`,
    '<p class="shinkyu-note">（傍線部分は改正部分）</p>',
    table,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function cell(lines: readonly TableLine[]): string {
  return lines
    .map((line) => {
      const text = line.runs.map((r) => (r.bosen ? `<span class="bosen">${escapeHtml(r.text)}</span>` : escapeHtml(r.text))).join('');
      return `<p class="shinkyu-line shinkyu-depth-${line.depth}">${text}</p>`;
    })
    .join('');
}
