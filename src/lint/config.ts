/**
 * `terms.config.json`: the severity of each lint rule for this project.
 *
 *     { "rules": { "conjunction-nesting": "error", "topic-doubled": "off" } }
 *
 * Values: `error`, `warning`, `info`, `off`. Unknown rules and values are reported with their position
 * (the file is read with the YAML reader, JSON being YAML, for positions).
 */
import type { Diagnostic } from '../diagnostics/index.js';
import { parseLocatedYaml } from '../yaml/located.js';
import type { ConfiguredSeverity } from './types.js';

/** The configuration, as data. */
export interface LintConfig {
  /** Severity per rule id; rules not listed keep their default. */
  rules: Record<string, ConfiguredSeverity>;
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'off'];

/**
 * Reads a configuration file's text.
 * @param text the JSON text
 * @param file the path shown in diagnostics
 * @param known every rule id there is
 * @returns the configuration, and one diagnostic per problem (the configuration is unusable if any)
 */
export function parseLintConfig(text: string, file: string, known: ReadonlySet<string>): { config: LintConfig; diagnostics: Diagnostic[] } {
  const config: LintConfig = { rules: {} };
  const diagnostics: Diagnostic[] = [];
  const yaml = parseLocatedYaml(text, { line: 1, column: 1 });
  const problem = (message: string, place: { line: number; column: number }) =>
    diagnostics.push({ file, line: place.line, column: place.column, severity: 'error', ruleId: 'config/invalid', message });
  for (const e of yaml.errors) problem(`設定ファイルを読めません / invalid JSON: ${e.message}`, e.place);
  if (yaml.errors.length) return { config, diagnostics };
  const value = yaml.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problem('設定は JSON のオブジェクトです / Unexpected configuration, expected a JSON object', { line: 1, column: 1 });
    return { config, diagnostics };
  }
  for (const key of Object.keys(value)) {
    // `search` belongs to the site's search (src/site/search/config.ts).
    if (key !== 'rules' && key !== '$schema' && key !== 'search') problem(`不明な項目です: ${key} / Unexpected field "${key}", expected "rules"`, yaml.placeOf(`/${key}`, { key: true }));
  }
  const rules = (value as { rules?: unknown }).rules ?? {};
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
    problem('rules は「規則: 重大度」のオブジェクトです / Unexpected rules, expected an object of rule: severity', yaml.placeOf('/rules'));
    return { config, diagnostics };
  }
  for (const [id, severity] of Object.entries(rules)) {
    if (!known.has(id)) {
      problem(`不明な規則です: ${id} / Unexpected unknown rule ${id}`, yaml.placeOf(`/rules/${id}`, { key: true }));
    } else if (typeof severity !== 'string' || !SEVERITIES.includes(severity)) {
      problem(`${id} の重大度が正しくありません / Unexpected severity ${JSON.stringify(severity)}, expected one of ${SEVERITIES.join(', ')}`, yaml.placeOf(`/rules/${id}`));
    } else {
      config.rules[id] = severity as ConfiguredSeverity;
    }
  }
  return { config, diagnostics };
}
