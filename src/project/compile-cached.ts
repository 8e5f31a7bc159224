/**
 * `compileTerms` through the cache: a version whose Markdown, path and compiler are unchanged is read back
 * instead of compiled. The store gives back only an entry whose payload has the checksum it was written
 * with, by this very build of the code (src/cache/store.ts); what that build wrote, `compileTerms` had
 * validated against the rule set's schema. So the schema is not run again (its validator alone is 640 KB
 * of code to load): the entry's shape is checked, and a damaged entry is compiled again, never trusted.
 * Nor is the compiler loaded until an entry is missing: a command that finds every version in the cache
 * starts without its Markdown and YAML parsers (a tenth of a second of loading).
 */
import type { Cache } from '../cache/store.js';
import type { CompileResult } from '../compile/index.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { RULESET_SCHEMA_ID } from '../ruleset/schema-id.js';

const KIND = 'rules';

/**
 * Compiles one version, or reads what compiling it gave before.
 * @param text the Markdown
 * @param shown its path as shown in diagnostics and recorded in `meta.source`
 * @param cache the cache, or null (`--no-cache`)
 */
export async function compileCached(text: string, shown: string, cache: Cache | null): Promise<CompileResult> {
  const compile = async (): Promise<CompileResult> => (await import('../compile/index.js')).compileTerms(text, shown);
  if (!cache) return compile();
  const key = cache.key(KIND, shown, text);
  const hit = cache.read(KIND, key, isCompileResult);
  if (hit) return hit;
  const result = await compile();
  cache.write(KIND, key, result);
  return result;
}

/** Whether a value read from the cache is a compile result: a rule set (or null) and diagnostics. */
function isCompileResult(value: unknown): value is CompileResult {
  if (typeof value !== 'object' || value === null) return false;
  const { ruleSet, diagnostics } = value as Partial<Record<keyof CompileResult, unknown>>;
  if (!Array.isArray(diagnostics) || !diagnostics.every(isDiagnostic)) return false;
  return ruleSet === null || isRuleSetShaped(ruleSet);
}

function isRuleSetShaped(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { schema, meta, articles, rules, hash } = value as Record<string, unknown>;
  if (typeof meta !== 'object' || meta === null) return false;
  const { document, version } = meta as Record<string, unknown>;
  return schema === RULESET_SCHEMA_ID && typeof hash === 'string' && typeof document === 'string' && typeof version === 'string' && Array.isArray(articles) && Array.isArray(rules);
}

function isDiagnostic(value: unknown): value is Diagnostic {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.file === 'string' &&
    typeof d.line === 'number' &&
    typeof d.column === 'number' &&
    (d.severity === 'error' || d.severity === 'warning' || d.severity === 'info') &&
    typeof d.ruleId === 'string' &&
    typeof d.message === 'string'
  );
}
