/**
 * Code actions for findings: the fix a finding carries (the same edits `terms lint --fix` applies), and
 * for every lint finding a suppression comment above its clause with a reason to fill in.
 */
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { toRange, type DiagnosticData } from './convert.js';

const LIST_ITEM = /^(\s*)((?:[-*+]|\d+[.)])\s+)/u;

/**
 * The indentation of a suppression comment above line `at` (0-based): inside a list, that of the previous
 * item's text, so that the comment does not split the list (docs/lint.md); else the line's own.
 */
export function suppressionIndent(lines: readonly string[], at: number): string {
  const target = lines[at] ?? '';
  if (!LIST_ITEM.test(target)) return /^\s*/u.exec(target)?.[0] ?? '';
  for (let i = at - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (!line.trim()) continue;
    const item = LIST_ITEM.exec(line);
    return item ? ' '.repeat((item[1] ?? '').length + (item[2] ?? '').length) : (/^\s*/u.exec(line)?.[0] ?? '');
  }
  return '';
}

/**
 * The code actions for the diagnostics the editor sends with a request.
 * @param uri the document
 * @param lines its lines
 * @param diagnostics the diagnostics in the requested range (ours have `source: terms`)
 */
export function codeActionsFor(uri: string, lines: readonly string[], diagnostics: readonly LspDiagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== 'terms' || typeof d.code !== 'string') continue;
    const data = d.data as DiagnosticData | undefined;
    const message = typeof d.message === 'string' ? d.message : d.message.value;
    if (data?.fix?.length) {
      actions.push({
        title: `修正する / Fix: ${message.split(' / ')[1] ?? message}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: true,
        edit: { changes: { [uri]: data.fix.map((e) => ({ range: toRange(e), newText: e.text })) } },
      });
    }
    // Compile and configuration problems cannot be suppressed.
    if (d.code.startsWith('compile/') || d.code.startsWith('config/') || !data) continue;
    const indent = suppressionIndent(lines, data.suppressLine - 1);
    actions.push({
      title: `${d.code} をこの条項で抑止する（理由を書く） / Suppress ${d.code} here (state the reason)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit: {
        changes: {
          [uri]: [{ range: { start: { line: data.suppressLine - 1, character: 0 }, end: { line: data.suppressLine - 1, character: 0 } }, newText: `${indent}<!-- terms-lint-disable-next-line ${d.code} -- 理由 -->\n\n` }],
        },
      },
    });
  }
  return actions;
}
