/**
 * The legal team's CI checks over every compiled version: lint (errors fail), the order and notice
 * periods between versions, and the immutability of published versions against the lock. Pure: the
 * command reads the files, compiles, and writes the lock.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import { sortDiagnostics } from '../diagnostics/index.js';
import { lintRuleSet, type LintOptions, type SuppressedDiagnostic } from '../lint/index.js';
import type { IsoDate } from '../period/index.js';
import { groupBy } from '../ruleset/group.js';
import { checkLock } from './immutable.js';
import type { Lock } from './lock.js';
import type { CiVersion } from './types.js';
import { checkNotice, checkOrder } from './versions.js';
import { checkJustification } from './justification.js';

export { LOCK_FILE, parseLock, serializeLock, type Lock, type LockEntry } from './lock.js';
export type { CiVersion } from './types.js';

export interface CiInput {
  /** Every version, compiled, by document then version (as compileProject returns them). */
  versions: readonly CiVersion[];
  /** The lock as read, or null when there is none. */
  lock: Lock | null;
  /** The lock's path (for problems about its entries). */
  lockFile: string;
  /** Today's date in Japan. */
  today: IsoDate;
  /** Whether the lock is being updated (`--update-lock`). */
  updateLock: boolean;
  /** Lint severities and suppressions. */
  lint?: LintOptions;
}

export interface CiResult {
  /** Every problem, sorted; any error fails CI. */
  diagnostics: Diagnostic[];
  /** Lint findings silenced by suppression comments. */
  suppressed: SuppressedDiagnostic[];
  /** The lock as it should be written by `--update-lock`. */
  lock: Lock;
  /** Whether a version in force changed or disappeared: the lock must not be rewritten. */
  lockRefused: boolean;
}

/**
 * Runs every CI check.
 * @param input the compiled versions, the lock and the date
 */
export function runCi(input: CiInput): CiResult {
  const diagnostics: Diagnostic[] = [];
  const suppressed: SuppressedDiagnostic[] = [];
  for (const { ruleSet } of input.versions) {
    const result = lintRuleSet(ruleSet, input.lint);
    diagnostics.push(...result.diagnostics);
    suppressed.push(...result.suppressed);
  }
  for (const versions of groupBy(input.versions, (v) => v.ruleSet.meta.document).values()) {
    diagnostics.push(...checkOrder(versions), ...checkNotice(versions), ...checkJustification(versions));
  }
  const lock = checkLock(input.versions, input.lock, input.today, input.lockFile, input.updateLock);
  diagnostics.push(...lock.diagnostics);
  return { diagnostics: sortDiagnostics(diagnostics), suppressed, lock: lock.next, lockRefused: lock.refused };
}
