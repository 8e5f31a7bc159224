/**
 * `terms/terms.lock.json`: what every version compiles to, pinned so that nothing a customer's contract
 * is evaluated against, or that the published page shows, changes unnoticed once the version is in
 * force. Written by `terms ci --update-lock`, read by every `terms ci`.
 *
 *     { "lockfileVersion": 2,
 *       "versions": { "knet-cloud/2018-04-20": {
 *         "effective": "2018-04-20",
 *         "ruleSet": "…",                      the whole compiled rule set, minus source positions
 *         "hash": "…",                         the text (the rule set's own `hash`)
 *         "meta": { "title": "…", … },         each front-matter field
 *         "articles": { "art-1": "…", … },     each article's text
 *         "structure": { "art-1": "…", … },    each article's keys, caption, numbers and labels
 *         "annotations": { "art-1": "…", … }   each article's rules (its ```rule blocks)
 *       } } }
 *
 * `ruleSet` decides; the other hashes only say what changed. A change that leaves the compiled rule set
 * identical (a comment, a blank line, a suppression's reason) passes. Version 1 locks (text hashes only)
 * are still read, and `--update-lock` migrates them.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/index.js';
import { isIsoDate } from '../period/index.js';
import type { RuleSet } from '../ruleset/schema.js';

/** The lock file's name, in the terms folder. */
export const LOCK_FILE = 'terms.lock.json';

/** What the lock records of a version (lockfileVersion 2). */
export interface LockEntry {
  effective: string;
  /** The whole compiled rule set, minus source positions. */
  ruleSet: string;
  /** The text. */
  hash: string;
  meta: Record<string, string>;
  articles: Record<string, string>;
  structure: Record<string, string>;
  annotations: Record<string, string>;
}

/** An entry of a version 1 lock: text hashes only. */
export interface LockEntryV1 {
  effective: string;
  hash: string;
  articles: Record<string, string>;
}

export interface Lock {
  lockfileVersion: 2;
  /** By `<document>/<version>`; entries read from a version 1 lock keep their shape until migrated. */
  versions: Record<string, LockEntry | LockEntryV1>;
}

/** Whether an entry is of the current format. */
export function isCurrentEntry(entry: LockEntry | LockEntryV1): entry is LockEntry {
  return typeof (entry as Partial<LockEntry>).ruleSet === 'string';
}

/** The key of a version in the lock: `knet-cloud/2018-04-20`. */
export function versionKey(ruleSet: RuleSet): string {
  return `${ruleSet.meta.document}/${ruleSet.meta.version}`;
}

/** Fields that say where something is written, not what it says (sentenceMap maps text to source lines): left out of every hash. */
const POSITIONS = new Set(['loc', 'line', 'column', 'endLine', 'endColumn', 'sentenceMap']);

/** JSON with sorted keys and without positions: the same for two sources that compile alike. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (POSITIONS.has(key)) return undefined;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.keys(v).sort().filter((k) => !POSITIONS.has(k)).map((k) => [k, (v as Record<string, unknown>)[k]]));
    }
    return v;
  });
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(canonical(value) ?? 'undefined', 'utf8').digest('hex');
}

/** The article (or 付則) a clause belongs to. */
function partOf(ruleSet: RuleSet, clause: string): string {
  const parts = [...ruleSet.articles.map((a) => a.id), ...(ruleSet.supplProvision ? [ruleSet.supplProvision.id] : [])];
  return parts.find((id) => clause === id || clause.startsWith(`${id}-`)) ?? '(document)';
}

/**
 * The rule set as pinned: without the source file's path (a version moved to another folder is the
 * same version), without lint suppressions (comments that change no rule and nothing published), and
 * without positions.
 */
function pinnedPart(ruleSet: RuleSet): unknown {
  const { source: _source, ...meta } = ruleSet.meta;
  return { ...ruleSet, meta, suppressions: undefined };
}

/** What the lock records of a version. */
export function lockEntryOf(ruleSet: RuleSet): LockEntry {
  const meta: Record<string, string> = {};
  for (const [field, value] of Object.entries(ruleSet.meta)) if (field !== 'source') meta[field] = hashOf(value);
  const articles: Record<string, string> = {};
  const structure: Record<string, string> = {};
  const annotations: Record<string, string> = {};
  for (const part of [...ruleSet.articles, ...(ruleSet.supplProvision ? [ruleSet.supplProvision] : [])]) {
    articles[part.id] = part.hash;
    structure[part.id] = hashOf(withoutText(part));
    annotations[part.id] = hashOf(ruleSet.rules.filter((r) => partOf(ruleSet, r.clause) === part.id));
  }
  return { effective: ruleSet.meta.effective, ruleSet: hashOf(pinnedPart(ruleSet)), hash: ruleSet.hash, meta, articles, structure, annotations };
}

/** A clause without its text and hashes: its keys, caption, numbers and labels. */
function withoutText(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (key === 'text' || key === 'sentence' || key === 'sentenceMap' || key === 'hash' ? undefined : v)),
  ) as unknown;
}

/** One change between a pinned entry and the current version. */
export interface LockChange {
  /** `meta` (a front-matter field), `text`, `structure` or `annotations` (of an article), or `other`. */
  part: 'meta' | 'text' | 'structure' | 'annotations' | 'other';
  /** The field (meta) or the article id. */
  name: string;
}

/**
 * What changed between a pinned entry and the current one.
 * @returns the changes, most specific first; empty when the compiled rule set is the same
 */
export function lockChanges(pinned: LockEntry | LockEntryV1, current: LockEntry): LockChange[] {
  if (!isCurrentEntry(pinned)) {
    return Object.keys({ ...pinned.articles, ...current.articles })
      .filter((id) => pinned.articles[id] !== current.articles[id])
      .map((name) => ({ part: 'text', name }));
  }
  if (pinned.ruleSet === current.ruleSet) return [];
  const changes: LockChange[] = [];
  const diff = (part: Exclude<LockChange['part'], 'other'>, a: Record<string, string>, b: Record<string, string>) => {
    for (const name of Object.keys({ ...a, ...b })) if (a[name] !== b[name]) changes.push({ part, name });
  };
  diff('meta', pinned.meta, current.meta);
  diff('text', pinned.articles, current.articles);
  diff('structure', pinned.structure, current.structure);
  diff('annotations', pinned.annotations, current.annotations);
  // Chapters, definitions, references: what the compiler derives.
  if (!changes.length) changes.push({ part: 'other', name: 'ruleSet' });
  return changes;
}

/**
 * Whether the current version is what the entry pinned: the whole compiled rule set for a current entry,
 * the text and effective date for a version 1 entry.
 */
export function matchesPin(pinned: LockEntry | LockEntryV1, current: LockEntry): boolean {
  if (pinned.effective !== current.effective) return false;
  return isCurrentEntry(pinned) ? pinned.ruleSet === current.ruleSet : pinned.hash === current.hash && lockChanges(pinned, current).length === 0;
}

/** The lock as written: keys sorted, so that the file changes only when a hash does. */
export function serializeLock(lock: Lock): string {
  const versions = Object.fromEntries(Object.keys(lock.versions).sort().map((k) => [k, lock.versions[k]]));
  return JSON.stringify({ lockfileVersion: 2, versions }, null, 2) + '\n';
}

const HASH = /^[0-9a-f]{64}$/u;

const isHashes = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && Object.values(value).every((h) => typeof h === 'string' && HASH.test(h));

function isEntry(value: unknown, version: number): value is LockEntry | LockEntryV1 {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  const v1 = typeof e['effective'] === 'string' && isIsoDate(e['effective']) && typeof e['hash'] === 'string' && HASH.test(e['hash']) && isHashes(e['articles']);
  if (version === 1) return v1;
  return v1 && typeof e['ruleSet'] === 'string' && HASH.test(e['ruleSet']) && isHashes(e['meta']) && isHashes(e['structure']) && isHashes(e['annotations']);
}

/**
 * Reads a lock file's text (format 2, or format 1 to be migrated).
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
  const lock = value as { lockfileVersion?: unknown; versions?: unknown } | null;
  const version = lock?.lockfileVersion;
  if (typeof lock !== 'object' || lock === null || (version !== 1 && version !== 2) || typeof lock.versions !== 'object' || lock.versions === null) {
    return problem('ロックファイルの形式が正しくありません / Unexpected lock file, expected { "lockfileVersion": 2, "versions": {…} }');
  }
  const bad = Object.entries(lock.versions).filter(([, e]) => !isEntry(e, version)).map(([k]) => k);
  if (bad.length) return problem(`ロックファイルの項目が正しくありません: ${bad.join(', ')} / Unexpected entries, expected { effective, ruleSet, hash, meta, articles, structure, annotations }`);
  return { lock: { lockfileVersion: 2, versions: lock.versions as Lock['versions'] }, diagnostics: [] };
}
