/**
 * The search part of `terms.config.json`: synonyms mapping the words readers type to the words of the
 * terms.
 *
 *     { "search": { "synonyms": { "SLA": ["サービスレベル"], "解約": ["解除"], "解除": ["解約"] } } }
 *
 * A pure function over the file's text; problems come back as positioned diagnostics.
 */
import type { Diagnostic } from '../../diagnostics/index.js';
import { parseLocatedYaml } from '../../yaml/located.js';

/** What the site's search is configured with. */
export interface SearchConfig {
  synonyms: Record<string, string[]>;
}

/**
 * Reads the `search` section of a configuration file's text (the file's other sections are not its business).
 * @param text the JSON text
 * @param file the path shown in diagnostics
 * @returns the configuration (empty where absent or invalid) and one diagnostic per problem
 */
export function parseSearchConfig(text: string, file: string): { config: SearchConfig; diagnostics: Diagnostic[] } {
  const config: SearchConfig = { synonyms: {} };
  const diagnostics: Diagnostic[] = [];
  const yaml = parseLocatedYaml(text, { line: 1, column: 1 });
  if (yaml.errors.length) return { config, diagnostics }; // the configuration's own reader reports them
  const problem = (message: string, pointer: string) => {
    const place = yaml.placeOf(pointer);
    diagnostics.push({ file, line: place.line, column: place.column, severity: 'error', ruleId: 'config/invalid', message });
  };
  const search = (yaml.value as { search?: unknown } | null)?.search;
  if (search === undefined) return { config, diagnostics };
  if (typeof search !== 'object' || search === null || Array.isArray(search)) {
    problem('search はオブジェクトです / Unexpected search, expected an object', '/search');
    return { config, diagnostics };
  }
  for (const key of Object.keys(search)) {
    if (key !== 'synonyms') problem(`不明な項目です: search.${key} / Unexpected field "search.${key}", expected "synonyms"`, `/search/${key}`);
  }
  const synonyms = (search as { synonyms?: unknown }).synonyms ?? {};
  if (typeof synonyms !== 'object' || synonyms === null || Array.isArray(synonyms)) {
    problem('search.synonyms は「語: [同義語…]」のオブジェクトです / Unexpected search.synonyms, expected an object of word: [words]', '/search/synonyms');
    return { config, diagnostics };
  }
  for (const [word, targets] of Object.entries(synonyms)) {
    if (!Array.isArray(targets) || targets.length === 0 || !targets.every((t) => typeof t === 'string' && t.trim() !== '')) {
      problem(`search.synonyms.${word} は空でない文字列の配列です / Unexpected value, expected a non-empty array of words`, `/search/synonyms/${word.replace(/~/gu, "~0").replace(/\//gu, "~1")}`);
    } else {
      config.synonyms[word] = targets as string[];
    }
  }
  return { config, diagnostics };
}
