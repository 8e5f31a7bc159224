/**
 * What the server knows about one version file: its rule set and findings, computed by the very functions
 * `terms lint` uses (compile, lint rules, textlint rules, suppressions), with the project's configuration.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { compileTerms } from '../compile/index.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { lintSource, parseLintConfig, RULE_IDS, type LintOptions, type SourceLintResult } from '../lint/index.js';
import { createContext, type LintContext } from '../lint/context.js';
import type { LoadedTextlint } from '../lint/textlint/load.js';
import type { RuleSet } from '../ruleset/schema.js';

/** One analysed version. */
export interface Analysis {
  /** The text analysed (the editor's, unsaved changes included). */
  text: string;
  lines: string[];
  /** The path findings are reported under (relative to the project, as `terms lint` prints it). */
  path: string;
  /** The rule set, or null when the text does not compile. */
  ruleSet: RuleSet | null;
  context: LintContext | null;
  /** Compile and lint findings, as `terms lint` reports them. */
  diagnostics: Diagnostic[];
}

/** The project's lint configuration, as `terms lint` reads it. */
export interface ProjectConfig {
  options: LintOptions;
  textlint: LoadedTextlint | undefined;
  /** Problems of terms.config.json (reported on the configuration file). */
  problems: Diagnostic[];
}

/**
 * Reads terms.config.json of a project folder (none: defaults), loading its textlint rules.
 * @param root the project folder
 */
export async function readProjectConfig(root: string): Promise<ProjectConfig> {
  const file = join(root, 'terms.config.json');
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return { options: {}, textlint: undefined, problems: [] };
  const { config, diagnostics } = parseLintConfig(text, 'terms.config.json', RULE_IDS);
  if (diagnostics.length) return { options: {}, textlint: undefined, problems: diagnostics };
  let textlint: LoadedTextlint | undefined;
  if (config.textlint?.rules.length) {
    const { loadTextlintRules } = await import('../lint/textlint/load.js');
    const loaded = await loadTextlintRules(config.textlint, dirname(file));
    textlint = loaded.loaded;
    for (const p of loaded.problems) diagnostics.push({ file: 'terms.config.json', ...p.place, severity: 'error', ruleId: 'config/invalid', message: p.message });
  }
  return { options: { severities: config.rules, ...(config.requiredAnnotations ? { requiredAnnotations: config.requiredAnnotations } : {}) }, textlint, problems: diagnostics };
}

/**
 * Analyses a version's text.
 * @param text the Markdown text
 * @param path the path reported
 * @param config the project's configuration
 */
export async function analyze(text: string, path: string, config: ProjectConfig): Promise<Analysis> {
  let result: SourceLintResult;
  if (config.textlint?.rules.length) {
    const { lintSourceWithTextlint } = await import('../lint/textlint/index.js');
    result = await lintSourceWithTextlint(text, path, config.options, config.textlint);
  } else result = lintSource(text, path, config.options);
  return {
    text,
    lines: text.split(/\r?\n/u),
    path,
    ruleSet: result.ruleSet,
    context: result.ruleSet ? createContext(result.ruleSet) : null,
    diagnostics: [...result.compile, ...(result.lint?.diagnostics ?? [])],
  };
}

/**
 * The structure of a version without linting (for workspace symbols of files not open).
 * @param text the Markdown text
 * @param path the path reported
 */
export function compileOnly(text: string, path: string): Analysis {
  const { ruleSet, diagnostics } = compileTerms(text, path);
  return { text, lines: text.split(/\r?\n/u), path, ruleSet, context: ruleSet ? createContext(ruleSet) : null, diagnostics };
}
