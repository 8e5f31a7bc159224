/**
 * The default output, like ESLint's stylish: problems grouped per file, one per line as
 * `file:line:col  severity  message  rule-id`, then a count.
 */
import { sortDiagnostics } from '../../diagnostics/index.js';
import type { Formatter } from './types.js';

/** Counts as `28 件の問題（エラー 10・警告 18） / 28 problems (10 errors, 18 warnings)`. */
export function summary(errors: number, warnings: number, infos = 0): string {
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
  const count = (s: string) => sorted.filter((d) => d.severity === s).length;
  const errors = count('error');
  lines.push(`${errors ? '✖' : '⚠'} ${summary(errors, count('warning'), count('info'))}`);
  return lines.join('\n') + '\n';
};
