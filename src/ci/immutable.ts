/**
 * Published versions are immutable: once a version's effective date has come, its text (the rule set's
 * `hash`) and its effective date must stay what `terms/terms.lock.json` pinned. A version not yet in
 * force may change; `--update-lock` records its new hash.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import { compareDates, type IsoDate } from '../period/index.js';
import { citation } from '../ruleset/cite.js';
import { lockEntryOf, versionKey, type Lock, type LockEntry } from './lock.js';
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
  const next: Lock = { lockfileVersion: 1, versions: {} };
  let refused = false;
  const inForce = (...dates: string[]) => dates.some((d) => compareDates(d, today) <= 0);
  const stale = (file: string, message: string) =>
    diagnostics.push({ file, line: 1, column: 1, severity: 'warning', ruleId: 'ci/lock-stale', message });
  const seen = new Set<string>();
  for (const { ruleSet } of versions) {
    const key = versionKey(ruleSet);
    seen.add(key);
    const current = lockEntryOf(ruleSet);
    const pinned: LockEntry | undefined = lock?.versions[key];
    const file = ruleSet.meta.source;
    next.versions[key] = current;
    if (pinned && pinned.hash === current.hash && pinned.effective === current.effective) continue;
    if (pinned && inForce(pinned.effective, current.effective)) {
      refused = true;
      next.versions[key] = pinned;
      const changed = Object.keys({ ...pinned.articles, ...current.articles }).filter((id) => pinned.articles[id] !== current.articles[id]);
      const titles = changed.map((id) => citation(ruleSet, id) ?? id);
      const first = ruleSet.articles.find((a) => a.id === changed[0])?.loc ?? ruleSet.supplProvision?.loc;
      const what =
        pinned.hash !== current.hash
          ? `本文が変更されています${titles.length ? `（${titles.join('、')}）` : '（章の見出し）'}`
          : `効力発生日が ${pinned.effective} から ${current.effective} に変更されています`;
      diagnostics.push({
        file,
        line: pinned.hash !== current.hash && first ? first.line : 1,
        column: 1,
        severity: 'error',
        ruleId: 'ci/published-changed',
        message: `公開済みの版（${pinned.effective} 施行）の${what}。公開済みの版は変更できません: 新しい版を作成してください / Unexpected change to ${key}, in force since ${pinned.effective}, expected it unchanged (publish a new version instead)`,
      });
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
