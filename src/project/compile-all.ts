import { readFile } from 'node:fs/promises';
import type { Cache } from '../cache/store.js';
import type { Diagnostic } from '../diagnostics/index.js';
import type { RuleSet } from '../ruleset/schema.js';
import { compileCached } from './compile-cached.js';
import { displayPath, listSources, type TermsSource } from './sources.js';

export interface CompiledVersion {
  source: TermsSource;
  ruleSet: RuleSet;
  /** The Markdown it was compiled from (terms ci points at front-matter lines in it). */
  text: string;
}

export interface ProjectCompileResult {
  /** Compiled versions, by document then effective date; only when there is no error at all. */
  versions: CompiledVersion[];
  diagnostics: Diagnostic[];
}

/**
 * Compiles every version under a terms folder and checks what one file alone cannot: that each file's
 * front matter names its folder and file.
 * @param termsDir the terms folder
 * @param base paths in diagnostics and `meta.source` are relative to it
 * @param cache where compiled versions are kept between runs (./compile-cached.ts); null compiles all
 */
export async function compileProject(termsDir: string, base: string = process.cwd(), cache: Cache | null = null): Promise<ProjectCompileResult> {
  const sources = await listSources(termsDir);
  const versions: CompiledVersion[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const source of sources) {
    const shown = displayPath(source.path, base);
    const text = await readFile(source.path, 'utf8');
    const result = await compileCached(text, shown, cache);
    diagnostics.push(...result.diagnostics);
    const meta = result.ruleSet?.meta;
    if (meta && (meta.document !== source.document || meta.version !== source.version)) {
      diagnostics.push({
        file: shown,
        line: 2,
        column: 1,
        severity: 'error',
        ruleId: 'compile/front-matter',
        message: `document/version (${meta.document}/${meta.version}) がファイルの場所 (${source.document}/${source.version}) と一致しません / front matter does not match the file's folder and name`,
      });
      continue;
    }
    if (result.ruleSet) versions.push({ source, ruleSet: result.ruleSet, text });
  }
  const failed = diagnostics.some((d) => d.severity === 'error');
  return { versions: failed ? [] : versions, diagnostics };
}
