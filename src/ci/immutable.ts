/**
 * Published versions are immutable: once a version's effective date has come, what it compiles to (the
 * rule set customers' contracts are evaluated against and the published page is made from: front
 * matter, annotations, keys and text) must stay what `terms/terms.lock.json` pinned. A version not yet
 * in force may change; `--update-lock` records it. Each change is reported where it is: the front-matter
 * field, the article, or its annotation.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import { compareDates, type IsoDate } from '../period/index.js';
import { citation } from '../ruleset/cite.js';
import { isCurrentEntry, lockChanges, lockEntryOf, matchesPin, versionKey, type Lock, type LockChange, type LockEntry, type LockEntryV1 } from './lock.js';
import type { RuleSet } from '../ruleset/schema.js';
import type { CiVersion } from './types.js';

export interface LockCheck {
  diagnostics: Diagnostic[];
  /** The lock to write: current entries, except that a pinned version in force keeps its pinned entry. */
  next: Lock;
  /** Whether a version in force changed or disappeared (the lock must then not be rewritten). */
  refused: boolean;
}

/**
 * Compares every version with the lock.
 * @param versions every compiled version
 * @param lock the lock as read (null when there is none yet)
 * @param today the date in Japan; a version is in force from its effective date
 * @param lockFile the lock's path, for problems about entries without a version
 * @param update whether the lock is being updated (missing and stale entries are then fixed, not reported)
 */
export function checkLock(versions: readonly CiVersion[], lock: Lock | null, today: IsoDate, lockFile: string, update: boolean): LockCheck {
  const diagnostics: Diagnostic[] = [];
  const next: Lock = { lockfileVersion: 2, versions: {} };
  let refused = false;
  const inForce = (...dates: string[]) => dates.some((d) => compareDates(d, today) <= 0);
  const stale = (file: string, message: string) =>
    diagnostics.push({ file, line: 1, column: 1, severity: 'warning', ruleId: 'ci/lock-stale', message });
  const seen = new Set<string>();
  for (const { ruleSet, source } of versions) {
    const key = versionKey(ruleSet);
    seen.add(key);
    const current = lockEntryOf(ruleSet);
    const pinned: LockEntry | LockEntryV1 | undefined = lock?.versions[key];
    const file = ruleSet.meta.source;
    next.versions[key] = current;
    if (pinned && matchesPin(pinned, current)) {
      // A version 1 entry (text only) is migrated by --update-lock; until then only its text is pinned.
      if (!isCurrentEntry(pinned) && !update) {
        stale(lockFile, `ロックファイルが古い形式です（本文のみ）: terms ci --update-lock で全体を記録してください / Unexpected lock format 1 for ${key} (text only), expected format 2 (run terms ci --update-lock)`);
      }
      continue;
    }
    if (pinned && inForce(pinned.effective, current.effective)) {
      refused = true;
      next.versions[key] = pinned;
      const tail = `。公開済みの版は変更できません: 新しい版を作成してください / Unexpected change to ${key}, in force since ${pinned.effective}, expected it unchanged (publish a new version instead)`;
      const published = (what: string, line: number) =>
        diagnostics.push({ file, line, column: 1, severity: 'error', ruleId: 'ci/published-changed', message: `公開済みの版（${pinned.effective} 施行）の${what}${tail}` });
      if (pinned.effective !== current.effective) published(`効力発生日が ${pinned.effective} から ${current.effective} に変更されています`, fieldLine(source, 'effective'));
      const changes = lockChanges(pinned, current).filter((c) => !(c.part === 'meta' && c.name === 'effective'));
      const text = changes.filter((c) => c.part === 'text');
      if (text.length) published(`本文が変更されています（${text.map((c) => citation(ruleSet, c.name) ?? c.name).join('、')}）`, lineOf(ruleSet, text[0] as LockChange));
      for (const c of changes.filter((c) => c.part !== 'text')) published(describe(ruleSet, c), c.part === 'meta' ? fieldLine(source, c.name) : lineOf(ruleSet, c));
    } else if (!pinned && inForce(current.effective)) {
      if (!update) {
        diagnostics.push({
          file,
          line: 1,
          column: 1,
          severity: 'error',
          ruleId: 'ci/lock-missing',
          message: `施行済みの版のハッシュがロックにありません: terms ci --update-lock で記録してください / Missing ${key} in the lock, expected its hash pinned (run terms ci --update-lock)`,
        });
      }
    } else if (!update) {
      stale(file, `未施行の版のハッシュがロックと異なります: terms ci --update-lock で更新してください / Unexpected hash for ${key}, expected the lock updated (run terms ci --update-lock)`);
    }
  }
  for (const [key, entry] of Object.entries(lock?.versions ?? {})) {
    if (seen.has(key)) continue;
    if (inForce(entry.effective)) {
      refused = true;
      next.versions[key] = entry;
      diagnostics.push({
        file: lockFile,
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'ci/published-removed',
        message: `公開済みの版（${entry.effective} 施行）のファイルがありません: ${key} / Missing published version ${key}, expected its file to stay`,
      });
    } else if (!update) {
      stale(lockFile, `ロックにある未施行の版 ${key} のファイルがありません: terms ci --update-lock で更新してください / Unexpected ${key} in the lock, expected its file (run terms ci --update-lock)`);
    }
  }
  return { diagnostics, next, refused };
}

const PART_JA: Record<LockChange['part'], string> = {
  meta: 'フロントマター',
  text: '本文',
  structure: 'キー・見出し・番号',
  annotations: '注釈（rule ブロック）',
  other: 'コンパイル結果（章・定義・参照）',
};
const PART_EN: Record<LockChange['part'], string> = {
  meta: 'front matter',
  text: 'text',
  structure: 'keys, caption or numbers',
  annotations: 'annotations (rule blocks)',
  other: 'compiled rule set (chapters, definitions, references)',
};

/** `フロントマターの title が変更されています (front matter: title)`, `第４条の注釈（rule ブロック）が…`. */
function describe(ruleSet: RuleSet, change: LockChange): string {
  const where = change.part === 'meta' ? `${PART_JA.meta}の「${change.name}」` : change.part === 'other' ? PART_JA.other : `${citation(ruleSet, change.name) ?? change.name}の${PART_JA[change.part]}`;
  const en = change.part === 'meta' ? `front matter: ${change.name}` : change.part === 'other' ? PART_EN.other : `${change.name}: ${PART_EN[change.part]}`;
  return `${where}が変更されています（${en}）`;
}

/** The line of the article a change is in (its rule block's line for an annotation), else 1. */
function lineOf(ruleSet: RuleSet, change: LockChange): number {
  if (change.part === 'annotations') {
    const rule = ruleSet.rules.find((r) => r.clause === change.name || r.clause.startsWith(`${change.name}-`));
    if (rule) return rule.loc.line;
  }
  const part = change.name === ruleSet.supplProvision?.id ? ruleSet.supplProvision : ruleSet.articles.find((a) => a.id === change.name);
  return part?.loc.line ?? 1;
}

/** The line of a front-matter field in the source (`title:`), else 1. */
function fieldLine(source: string, field: string): number {
  const lines = source.split('\n', 200);
  const at = lines.findIndex((l, i) => i > 0 && l.startsWith(`${field}:`));
  return at === -1 ? 1 : at + 1;
}
