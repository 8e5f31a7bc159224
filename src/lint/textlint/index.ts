/**
 * textlint in `terms lint` and the language server: the configured textlint rules run with the project's
 * own rules, and their findings are reported, configured and suppressed like the project's.
 */
import { compileTerms } from '../../compile/index.js';
import { lintRuleSet, type LintOptions, type SourceLintResult } from '../index.js';
import type { LoadedTextlint } from './load.js';
import { runTextlint } from './run.js';

export { parseTextlintConfig, type TextlintConfig, type TextlintRuleEntry } from './config.js';
export { loadTextlintRules, type LoadedTextlint, type LoadedTextlintRule } from './load.js';
export { runTextlint } from './run.js';

/**
 * Compiles one version and lints it with the project's rules and the configured textlint rules.
 * @param source the Markdown text
 * @param path the path reported
 * @param options as for lintRuleSet
 * @param textlint the loaded textlint rules, if any are configured
 */
export async function lintSourceWithTextlint(source: string, path: string, options: LintOptions, textlint: LoadedTextlint | undefined): Promise<SourceLintResult> {
  const { ruleSet, diagnostics } = compileTerms(source, path);
  if (!ruleSet) return { ruleSet, compile: diagnostics, lint: null };
  const external = textlint?.rules.length ? { rules: textlint.metas, diagnostics: await runTextlint(ruleSet, textlint) } : undefined;
  return { ruleSet, compile: diagnostics, lint: lintRuleSet(ruleSet, external ? { ...options, external } : options) };
}
