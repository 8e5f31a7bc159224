/**
 * The lint settings of `terms.config.json`: the severity of each rule, and the annotation kinds each
 * document must carry (src/project/config.ts reads and checks the whole file).
 *
 *     { "rules": { "conjunction-nesting": "error", "topic-doubled": "off" },
 *       "documents": { "knet-cloud": { "requiredAnnotations": ["change-notice", "term"] } } }
 *
 * Values: `error`, `warning`, `info`, `off`. Unknown rules, values and fields are reported with their
 * position.
 */
import type { AnnotationKind } from '../annotation/schema.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { parseProjectConfig } from '../project/config.js';
import { parseLocatedYaml } from '../yaml/located.js';
import type { ConfiguredSeverity } from './types.js';
import { parseTextlintConfig, type TextlintConfig } from './textlint/config.js';

/** The configuration, as data. */
export interface LintConfig {
  /** Severity per rule id; rules not listed keep their default. */
  rules: Record<string, ConfiguredSeverity>;
  /** textlint rules run on the clause texts (issue 17; src/lint/textlint/config.ts). */
  textlint?: TextlintConfig;
  /** The annotation kinds each configured document must carry, by document id (absent: none configured). */
  requiredAnnotations?: Record<string, AnnotationKind[]>;
}

/**
 * Reads a configuration file's text.
 * @param text the JSON text
 * @param file the path shown in diagnostics
 * @param known every rule id there is
 * @returns the configuration, and one diagnostic per problem (the configuration is unusable if any)
 */
export function parseLintConfig(text: string, file: string, known: ReadonlySet<string>): { config: LintConfig; diagnostics: Diagnostic[] } {
  const { config: project, diagnostics } = parseProjectConfig(text, file, known);
  const config: LintConfig = { rules: project.rules };
  const documents = Object.entries(project.documents);
  if (documents.length) config.requiredAnnotations = Object.fromEntries(documents.map(([id, d]) => [id, d.requiredAnnotations]));
  // textlint: rules a team runs on the clause texts (src/lint/textlint/config.ts checks the block).
  const yaml = parseLocatedYaml(text, { line: 1, column: 1 });
  const value: unknown = yaml.errors.length ? undefined : yaml.value;
  if (typeof value === 'object' && value !== null && 'textlint' in value) {
    const problem = (message: string, place: { line: number; column: number }) =>
      diagnostics.push({ file, line: place.line, column: place.column, severity: 'error', ruleId: 'config/invalid', message });
    const textlint = parseTextlintConfig((value as { textlint: unknown }).textlint, yaml.placeOf, problem);
    if (textlint) config.textlint = textlint;
  }
  return { config, diagnostics };
}
