/**
 * Loads the textlint rules of terms.config.json from the project's node_modules, at run time: the team
 * installs the rules it wants (`npm install -D textlint-rule-preset-ja-technical-writing`), terms does not
 * ship them. Names resolve the way textlint resolves them (`no-doubled-joshi` → textlint-rule-no-doubled-joshi,
 * `preset-ja-technical-writing` → textlint-rule-preset-ja-technical-writing, `@scope/foo` →
 * @scope/textlint-rule-foo), and a preset's rules are expanded with its `rulesConfig`.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextlintRuleModule } from '@textlint/types';
import type { Place, Severity } from '../../diagnostics/index.js';
import type { RuleMeta } from '../types.js';
import type { TextlintConfig, TextlintRuleEntry } from './config.js';

/** One textlint rule ready to run, with the id terms reports it under (`textlint/…`). */
export interface LoadedTextlintRule {
  /** `textlint/no-doubled-joshi`, `textlint/ja-technical-writing/sentence-length`. */
  id: string;
  rule: TextlintRuleModule;
  options: true | Record<string, unknown>;
}

/** The textlint rules of a project, loaded. */
export interface LoadedTextlint {
  rules: LoadedTextlintRule[];
  severity: Severity;
  /** Their metas, for the rule table (SARIF) and suppressions. */
  metas: RuleMeta[];
}

/** The package names a configured name may stand for, most likely first. */
export function candidates(name: string): string[] {
  if (name.includes('textlint-rule-')) return [name];
  const scoped = /^(@[^/]+)\/(.+)$/u.exec(name);
  if (scoped) return [`${scoped[1]}/textlint-rule-${scoped[2]}`, name];
  return [`textlint-rule-${name}`, name];
}

/** The short name reported: the package name without `textlint-rule-` and `preset-`. */
function shortName(name: string): string {
  return name.replace(/textlint-rule-/u, '').replace(/^(@[^/]+\/)?preset-/u, '$1');
}

type Preset = { rules: Record<string, TextlintRuleModule>; rulesConfig?: Record<string, unknown> };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The rule or preset a module exports (ESM default, CommonJS `module.exports`, or transpiled `exports.default`). */
function exported(mod: unknown): unknown {
  let value = isObject(mod) && 'default' in mod ? mod['default'] : mod;
  if (isObject(value) && 'default' in value && !('rules' in value) && !('linter' in value)) value = value['default'];
  return value;
}

/**
 * Loads the configured rules.
 * @param config the textlint block of terms.config.json
 * @param root the project folder whose node_modules hold the rules
 * @returns the rules, and one problem per rule that cannot be loaded (with its place in the configuration)
 */
export async function loadTextlintRules(config: TextlintConfig, root: string): Promise<{ loaded: LoadedTextlint; problems: Array<{ message: string; place: Place }> }> {
  const require = createRequire(join(root, 'package.json'));
  const loaded: LoadedTextlint = { rules: [], severity: config.severity, metas: [] };
  const problems: Array<{ message: string; place: Place }> = [];
  const load = async (entry: TextlintRuleEntry): Promise<unknown> => {
    for (const name of candidates(entry.name)) {
      let path: string;
      try {
        path = require.resolve(name);
      } catch {
        continue;
      }
      return exported(await import(pathToFileURL(path).href));
    }
    problems.push({
      message: `textlint の規則が見つかりません: ${entry.name}（npm install -D ${candidates(entry.name)[0]}） / cannot find textlint rule ${entry.name} in ${root}/node_modules`,
      place: entry.place,
    });
    return undefined;
  };
  for (const entry of config.rules) {
    const value = await load(entry);
    if (value === undefined) continue;
    const short = shortName(entry.name);
    const add = (id: string, rule: unknown, options: unknown) => {
      if (options === false) return;
      if (typeof rule !== 'function' && !(isObject(rule) && typeof rule['linter'] === 'function')) {
        problems.push({ message: `textlint の規則ではありません: ${entry.name} / ${entry.name} is not a textlint rule`, place: entry.place });
        return;
      }
      loaded.rules.push({ id, rule: rule as TextlintRuleModule, options: isObject(options) ? options : true });
      loaded.metas.push({ id, severity: config.severity, description: `textlint: ${id.slice('textlint/'.length)}` });
    };
    if (isObject(value) && isObject(value['rules'])) {
      const preset = value as Preset;
      for (const [id, rule] of Object.entries(preset.rules)) {
        const own = entry.options === true ? undefined : entry.options[id];
        add(`textlint/${short}/${id}`, rule, own ?? preset.rulesConfig?.[id] ?? true);
      }
    } else add(`textlint/${short}`, value, entry.options);
  }
  return { loaded, problems };
}
