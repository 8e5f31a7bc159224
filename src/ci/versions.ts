/**
 * The checks between the versions of one document: they are ordered by effective date, no two share one,
 * and each new version was notified with the notice period the previous version's `change-notice`
 * requires (periods.md: earliestTimelyEvent), unless it is urgent with a reason and the previous version
 * allows urgent changes.
 */
import type { RuleOf } from '../annotation/schema.js';
import { diagnosticAt, type Diagnostic, type Place, type Severity } from '../diagnostics/index.js';
import { assessEffectiveDate } from '../notice/effective-date.js';
import { compareDates, durationToJapanese, isCalendarDuration } from '../period/index.js';
import { frontMatterPlace } from './place.js';
import type { CiVersion } from './types.js';
import { citation } from '../ruleset/cite.js';

function diagnostic(version: CiVersion, place: Place, severity: Severity, ruleId: string, message: string): Diagnostic {
  return diagnosticAt(version.ruleSet.meta.source, severity, ruleId, message, place);
}

/**
 * Checks the order of a document's versions by effective date.
 * @param versions one document's versions, in version (file name) order
 */
export function checkOrder(versions: readonly CiVersion[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  versions.forEach((v, i) => {
    const previous = versions[i - 1];
    if (!previous) return;
    const [a, b] = [previous.ruleSet.meta, v.ruleSet.meta];
    const order = compareDates(b.effective, a.effective);
    if (order > 0) return;
    const place = frontMatterPlace(v.source, 'effective');
    out.push(
      order === 0
        ? diagnostic(v, place, 'error', 'ci/version-order', `二つの版の効力発生日が同じです: ${b.effective}（${a.source} と ${b.source}） / Unexpected effective date ${b.effective} shared with ${a.source}, expected one version per date`)
        : diagnostic(v, place, 'error', 'ci/version-order', `版の順序と効力発生日の順序が逆です: ${b.version} の効力発生日 ${b.effective} は ${a.version} の ${a.effective} より前です / Unexpected effective date ${b.effective} before ${a.effective} of the previous version, expected versions ordered by effective date`),
    );
  });
  return out;
}

/**
 * Checks that each version after the first was notified in time under the previous version's terms.
 * @param versions one document's versions, in version order
 */
export function checkNotice(versions: readonly CiVersion[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  versions.forEach((v, i) => {
    const previous = versions[i - 1];
    if (!previous) return;
    const meta = v.ruleSet.meta;
    const prior = previous.ruleSet.meta;
    const effectivePlace = frontMatterPlace(v.source, 'effective');
    if (meta.noticeDate === null) {
      out.push(diagnostic(v, effectivePlace, 'error', 'ci/notice-date', `通知日（noticeDate）がありません: ${prior.version} からの変更は契約者への通知が必要です / Missing noticeDate, expected the date the change was notified (required after the first version)`));
      return;
    }
    const rule = previous.ruleSet.rules.find((r): r is RuleOf['change-notice'] => r.kind === 'change-notice');
    if (!rule) {
      out.push(diagnostic(v, effectivePlace, 'error', 'ci/notice-period', `前の版 ${prior.version} に注釈 change-notice がないため、予告期間を確かめられません / Missing change-notice annotation in ${prior.version}, expected the notice period the change must leave`));
      return;
    }
    const { notice } = rule;
    const where = `${prior.version} 版の${citation(previous.ruleSet, rule.clause) ?? rule.clause}`;
    if (!isCalendarDuration(notice)) {
      out.push(diagnostic(v, effectivePlace, 'error', 'ci/notice-period', `${where}の予告期間 ${notice.duration} は日・週・月・年ではありません / Unexpected notice period ${notice.duration}, expected days, weeks, months or years`));
      return;
    }
    // The decision is terms notice's (src/notice/effective-date.ts): one reading of 第４条２ and its urgent exception.
    const verdict = assessEffectiveDate({ previous: previous.ruleSet, next: v.ruleSet, noticeDate: meta.noticeDate, urgent: meta.urgent, reason: meta.urgentReason });
    const { earliest } = verdict;
    const period = `${durationToJapanese(notice)}（${notice.duration}、${where}）`;
    if (verdict.allowed) {
      if (verdict.urgentApplied) {
        out.push(diagnostic(v, frontMatterPlace(v.source, 'urgent'), 'info', 'ci/urgent', `緊急の変更として予告期間 ${period}を短縮しています（理由: ${meta.urgentReason ?? ''}） / Urgent change: effective ${meta.effective} before ${earliest}, allowed by ${where}`));
      }
      return;
    }
    if (meta.urgent && rule.urgentException) {
      // Urgent and allowed to be, yet refused: no reason, or not made known before the effective date.
      out.push(diagnostic(v, frontMatterPlace(v.source, 'urgent'), 'error', 'ci/notice-period', verdict.problem ?? ''));
      return;
    }
    const urgentRefused = meta.urgent ? `。${where}は緊急の例外を定めていません / ${where} allows no urgent exception` : '';
    out.push(
      diagnostic(
        v,
        effectivePlace,
        'error',
        'ci/notice-period',
        `効力発生日 ${meta.effective} は、通知日 ${meta.noticeDate} からの予告期間 ${period}を満たしません: 最も早い効力発生日は ${earliest} です${urgentRefused} / Unexpected effective date ${meta.effective}, expected ${earliest} or later (${notice.duration} notice from ${meta.noticeDate})`,
      ),
    );
  });
  return out;
}
