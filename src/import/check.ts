/**
 * Compiles the imported Markdown, as the rest of the tool will, and reports at the input's lines what
 * the compiler finds: errors still to fix, and cross-references that no longer resolve (or resolve to
 * an article whose caption differs from the one the reference repeats).
 */
import { compileTerms } from '../compile/index.js';
import { articleIdOf } from '../ruleset/ids.js';
import type { RuleSet } from '../ruleset/schema.js';
import { inputLine, type ImportReport } from './report.js';

/**
 * Compiles the imported document and reports its problems.
 * @param markdown the imported Markdown
 * @param lineMap output line → input line (see render.ts)
 * @param report where problems are recorded
 * @returns the compiled rule set, or null when the document does not compile yet
 */
export function checkImported(markdown: string, lineMap: readonly number[], report: ImportReport): RuleSet | null {
  const { ruleSet, diagnostics } = compileTerms(markdown, report.file);
  const at = (line: number) => lineMap[line] || 1;
  for (const d of diagnostics) {
    // The importer reports the signature block itself, at its input line.
    if (d.ruleId === 'compile/signature') continue;
    report.add(d.severity, d.ruleId, `取り込んだ文書のコンパイル / compiling the import: ${d.message}`, inputLine(at(d.line)));
  }
  if (!ruleSet) return null;
  const captions = new Map(ruleSet.articles.map((a) => [a.id, a.caption?.text ?? null]));
  for (const ref of ruleSet.references) {
    if (ref.kind === 'external' || ref.kind === 'statute') continue;
    if (ref.targets.length === 0) {
      report.add('warning', 'import/reference-unresolved', `参照「${ref.text}」の参照先がありません / the reference does not resolve`, inputLine(at(ref.loc.line)));
      continue;
    }
    const article = articleIdOf(ref.target ?? ref.targets[0] ?? '');
    const caption = article ? captions.get(article) : undefined;
    if (ref.caption !== null && caption !== undefined && caption !== ref.caption) {
      report.add(
        'warning',
        'import/reference-caption',
        `参照「${ref.text}」の見出しが参照先（${caption ?? '見出しなし'}）と違います / the reference names another caption`,
        inputLine(at(ref.loc.line)),
      );
    }
  }
  return ruleSet;
}
