/**
 * `terms/terms.lock.json`: the content hash of every version, pinned so that the text of a version in
 * force can never change unnoticed. Written by `terms ci --update-lock`, read by every `terms ci`.
 *
 *     { "lockfileVersion": 1,
 *       "versions": { "knet-cloud/2018-04-20": { "effective": "2018-04-20", "hash": "…",
 *                                                 "articles": { "art-1": "…", …, "suppl": "…" } } } }
 *
 * `hash` is the rule set's `hash` (the whole text); `articles` are the articles' own hashes, kept only to
 * say which article changed.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import { isIsoDate } from '../period/index.js';
import type { RuleSet } from '../ruleset/schema.js';

/** The lock file's name, in the terms folder. */
export const LOCK_FILE = 'terms.lock.json';

export interface LockEntry {
  effective: string;
  hash: string;
  articles: Record<string, string>;
}

export interface Lock {
  lockfileVersion: 1;
  /** By `<document>/<version>`. */
  versions: Record<string, LockEntry>;
}

/** The key of a version in the lock: `knet-cloud/2018-04-20`. */
export function versionKey(ruleSet: RuleSet): string {
  return `${ruleSet.meta.document}/${ruleSet.meta.version}`;
}

/** What the lock records of a version. */
export function lockEntryOf(ruleSet: RuleSet): LockEntry {
  const articles: Record<string, string> = {};
  for (const a of ruleSet.articles) articles[a.id] = a.hash;
  if (ruleSet.supplProvision) articles[ruleSet.supplProvision.id] = ruleSet.supplProvision.hash;
  return { effective: ruleSet.meta.effective, hash: ruleSet.hash, articles };
}

/** The lock as written: keys sorted, so that the file changes only when a hash does. */
export function serializeLock(lock: Lock): string {
  const versions = Object.fromEntries(Object.keys(lock.versions).sort().map((k) => [k, lock.versions[k]]));
  return JSON.stringify({ lockfileVersion: 1, versions }, null, 2) + '\n';
}

const HASH = /^[0-9a-f]{64}$/u;

function isEntry(value: unknown): value is LockEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  const articles = e['articles'];
  return (
    typeof e['effective'] === 'string' &&
    isIsoDate(e['effective']) &&
    typeof e['hash'] === 'string' &&
    HASH.test(e['hash']) &&
    typeof articles === 'object' &&
    articles !== null &&
    Object.values(articles).every((h) => typeof h === 'string' && HASH.test(h))
  );
}

/**
 * Reads a lock file's text.
 * @param text the JSON
 * @param file the path shown in diagnostics
 * @returns the lock, or null with a diagnostic per problem
 */
export function parseLock(text: string, file: string): { lock: Lock | null; diagnostics: Diagnostic[] } {
  const problem = (message: string): { lock: null; diagnostics: Diagnostic[] } => ({
    lock: null,
    diagnostics: [{ file, line: 1, column: 1, severity: 'error', ruleId: 'ci/lock-invalid', message }],
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return problem(`ロックファイルを読めません / invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const lock = value as Partial<Lock> | null;
  if (typeof lock !== 'object' || lock === null || lock.lockfileVersion !== 1 || typeof lock.versions !== 'object' || lock.versions === null) {
    return problem('ロックファイルの形式が正しくありません / Unexpected lock file, expected { "lockfileVersion": 1, "versions": {…} }');
  }
  const bad = Object.entries(lock.versions).filter(([, e]) => !isEntry(e)).map(([k]) => k);
  if (bad.length) return problem(`ロックファイルの項目が正しくありません: ${bad.join(', ')} / Unexpected entries, expected { effective, hash, articles }`);
  return { lock: lock as Lock, diagnostics: [] };
}
