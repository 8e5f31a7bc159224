/**
 * A version named on the command line, as `terms diff` and `terms export` read it: `<doc>@<version>`
 * (knet-cloud@2027-01-01), a terms Markdown file (compiled) or a compiled rule set (.json, validated).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Cache } from '../cache/store.js';
import type { Diagnostic } from '../diagnostics/index.js';
import type { CompiledVersion } from '../project/compile-all.js';
import { compileCached } from '../project/compile-cached.js';
import { displayPath } from '../project/sources.js';
import type { RuleSet } from '../ruleset/schema.js';
import type { CliIo } from './io.js';

export const VERSION_SPEC = /^([a-z0-9][a-z0-9-]*)@(\d{4}-\d{2}-\d{2})$/u;

/** A version named on the command line, as loaded: it, or the problems that kept it from loading. */
export interface Loaded {
  version: CompiledVersion | null;
  problems: string[];
  diagnostics: Diagnostic[];
}

/**
 * Reads a version: a `doc@version`, a compiled rule set (.json) or a terms Markdown file.
 * @param spec what the command line says
 * @param termsDir the terms folder (for `doc@version`)
 * @param io the CLI's io (working folder)
 * @param cache compiled versions kept between runs, or null
 */
export async function loadVersion(spec: string, termsDir: string, io: CliIo, cache: Cache | null = null): Promise<Loaded> {
  const version = VERSION_SPEC.exec(spec);
  const path = version ? join(termsDir, version[1] as string, `${version[2] as string}.md`) : resolve(io.cwd, spec);
  const shown = displayPath(path, io.cwd);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    const known = version ? await knownVersions(termsDir, version[1] as string) : '';
    return { version: null, problems: [`${shown} を読めません / cannot read ${shown}${known}`], diagnostics: [] };
  }
  if (!path.endsWith('.json')) {
    const result = await compileCached(text, shown, cache);
    const problems = result.ruleSet ? [] : [`${shown} をコンパイルできません / ${shown} does not compile`];
    return { version: result.ruleSet && versionOf(result.ruleSet, path, text), problems, diagnostics: result.diagnostics };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { version: null, problems: [`${shown}: JSON を読めません / invalid JSON: ${(error as Error).message}`], diagnostics: [] };
  }
  // Loaded here only: the rule set's schema is large, and a version compiled from Markdown does not need it.
  const { validateRuleSet } = await import('../ruleset/validate.js');
  const invalid = validateRuleSet(value);
  if (invalid.length) {
    return { version: null, problems: invalid.map((p) => `${shown}: ルールセットではありません / not a rule set: ${p}`), diagnostics: [] };
  }
  return { version: versionOf(value as RuleSet, path, text), problems: [], diagnostics: [] };
}

/** A loaded version as the project's compile gives them: its document and version are its rule set's. */
function versionOf(ruleSet: RuleSet, path: string, text: string): CompiledVersion {
  return { source: { document: ruleSet.meta.document, version: ruleSet.meta.version, path }, ruleSet, text };
}

/** ` (版 / versions: 2018-04-20, 2027-01-01)`, to help when a version was mistyped. */
async function knownVersions(termsDir: string, document: string): Promise<string> {
  try {
    const files = (await readdir(join(termsDir, document))).filter((f) => /^\d{4}-\d{2}-\d{2}\.md$/u.test(f)).sort();
    return files.length ? ` (版 / versions: ${files.map((f) => f.slice(0, -3)).join(', ')})` : '';
  } catch {
    return ` (文書 ${document} がありません / no document ${document})`;
  }
}

