/**
 * The default output, like ESLint's stylish: problems grouped per file, one per line as
 * `file:line:col  severity  message  rule-id`, then a count.
 */
import { sortDiagnostics, type Diagnostic } from '../../diagnostics/index.js';
import type { Formatter } from './types.js';

/** How many diagnostics there are of each severity. */
function countSeverities(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number; infos: number } {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) counts[d.severity === 'error' ? 'errors' : d.severity === 'warning' ? 'warnings' : 'infos']++;
  return counts;
}

/** Counts as `28 件の問題（エラー 10・警告 18） / 28 problems (10 errors, 18 warnings)`. */
export function summary(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings, infos } = countSeverities(diagnostics);
  const total = errors + warnings + infos;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const ja = [`エラー ${errors}`, `警告 ${warnings}`, ...(infos ? [`情報 ${infos}`] : [])].join('・');
  const en = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos ? [plural(infos, 'info')] : [])].join(', ');
  return `${total} 件の問題（${ja}） / ${plural(total, 'problem')} (${en})`;
}

export const stylish: Formatter = (report) => {
  const sorted = sortDiagnostics(report.diagnostics);
  if (sorted.length === 0) return '';
  const lines: string[] = [];
  const files = [...new Set(sorted.map((d) => d.file))];
  for (const file of files) {
    const rows = sorted.filter((d) => d.file === file);
    const places = rows.map((d) => `${d.file}:${d.line}:${d.column}`);
    const width = Math.max(...places.map((p) => p.length));
    lines.push(file);
    rows.forEach((d, i) => lines.push(`  ${(places[i] ?? '').padEnd(width)}  ${d.severity.padEnd(7)}  ${d.message}  ${d.ruleId}`));
    lines.push('');
  }
  lines.push(`${countSeverities(sorted).errors ? '✖' : '⚠'} ${summary(sorted)}`);
  return lines.join('\n') + '\n';
};
