/**
 * The `textlint` block of terms.config.json: textlint rules (or presets) a team runs on the clause texts,
 * resolved from the project's node_modules at run time.
 *
 *     "textlint": {
 *       "severity": "warning",
 *       "rules": { "preset-ja-technical-writing": { "sentence-length": { "max": 150 } }, "no-doubled-joshi": true }
 *     }
 *
 * A rule's value is `true` (default options), `false` (off) or its options; a preset's value is `true` or an
 * object of its rules' values.
 */
import type { Place, Severity } from '../../diagnostics/index.js';

/** One configured rule or preset, as written. */
export interface TextlintRuleEntry {
  /** As written: `preset-ja-technical-writing`, `no-doubled-joshi`, `textlint-rule-foo`, `@scope/textlint-rule-foo`. */
  name: string;
  /** `true` or the options object. */
  options: true | Record<string, unknown>;
  /** Where the entry is in terms.config.json. */
  place: Place;
}

/** The textlint configuration, as data. */
export interface TextlintConfig {
  rules: TextlintRuleEntry[];
  /** The severity of every textlint finding (default `warning`). */
  severity: Severity;
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'info'];

/**
 * Reads the `textlint` value of the configuration.
 * @param value the value of the `textlint` key
 * @param placeOf the position of a JSON pointer in the file
 * @param problem records a problem at a place
 */
export function parseTextlintConfig(
  value: unknown,
  placeOf: (pointer: string, options?: { key?: boolean }) => Place,
  problem: (message: string, place: Place) => void,
): TextlintConfig | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problem('textlint は { "rules": {…} } のオブジェクトです / Unexpected textlint, expected an object with "rules"', placeOf('/textlint'));
    return undefined;
  }
  const config: TextlintConfig = { rules: [], severity: 'warning' };
  for (const [key, v] of Object.entries(value)) {
    if (key === 'severity') {
      if (typeof v === 'string' && SEVERITIES.includes(v)) config.severity = v as Severity;
      else problem(`textlint.severity が正しくありません / Unexpected severity ${JSON.stringify(v)}, expected one of ${SEVERITIES.join(', ')}`, placeOf('/textlint/severity'));
    } else if (key === 'rules') {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        problem('textlint.rules は「規則: true | false | オプション」のオブジェクトです / Unexpected textlint.rules, expected an object', placeOf('/textlint/rules'));
        continue;
      }
      for (const [name, options] of Object.entries(v)) {
        const pointer = `/textlint/rules/${name.replace(/~/gu, '~0').replace(/\//gu, '~1')}`;
        if (options === false) continue;
        if (options === true || (typeof options === 'object' && options !== null && !Array.isArray(options))) {
          config.rules.push({ name, options: options as true | Record<string, unknown>, place: placeOf(pointer, { key: true }) });
        } else problem(`${name} の値は true・false・オプションのオブジェクトです / Unexpected ${JSON.stringify(options)}, expected true, false or options`, placeOf(pointer));
      }
    } else problem(`不明な項目です: textlint.${key} / Unexpected field "${key}", expected "rules" or "severity"`, placeOf(`/textlint/${key}`, { key: true }));
  }
  return config;
}
