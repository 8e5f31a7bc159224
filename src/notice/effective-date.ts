/**
 * 第４条２: a change of the terms takes effect no earlier than the notice period after the notice, unless
 * the company judges it urgent. The period is the previous version's annotated `change-notice` rule (the
 * version customers agreed to governs how it may be changed), counted with src/period (民法140〜143条).
 */
import type { RuleOf } from '../annotation/schema.js';
import { TermsError } from '../errors.js';
import { compareDates, durationToJapanese, earliestTimelyEvent, formatDateJa, isCalendarDuration, type IsoDate } from '../period/index.js';
import type { RuleSet } from '../ruleset/schema.js';
import { citation } from '../ruleset/cite.js';

/** The change-notice rule of a version, its period in calendar units. */
export type ChangeNoticeRule = RuleOf['change-notice'] & { notice: { unit: 'days' | 'weeks' | 'months' | 'years' } };

/**
 * The version's `change-notice` rule (第４条２ in the Knet terms).
 * @param ruleSet the version whose rule governs the change (the previous one)
 * @throws TermsError (exit 2) when the version has none, or states its period in hours or minutes,
 *   which no calendar-date notice can be measured against
 */
export function changeNoticeRule(ruleSet: RuleSet): ChangeNoticeRule {
  const rule = ruleSet.rules.find((r): r is RuleOf['change-notice'] => r.kind === 'change-notice');
  const name = `${ruleSet.meta.document}/${ruleSet.meta.version}`;
  if (!rule) {
    throw new TermsError(
      `${name} に change-notice ルールがないため効力発生日を計算できません / ${name} has no change-notice rule: cannot compute the earliest effective date`,
      2,
    );
  }
  if (!isCalendarDuration(rule.notice)) {
    throw new TermsError(
      `${name} の change-notice の期間 ${rule.notice.duration} は日・週・月・年ではありません / the change-notice period ${rule.notice.duration} is not in days, weeks, months or years`,
      2,
    );
  }
  return rule as ChangeNoticeRule;
}

/**
 * The earliest effective date a notice given on `noticeDate` allows under the previous version's
 * change-notice rule: `earliestTimelyEvent` with the rule's period, first-day rule and event anchor.
 * @param previous the version in force when the notice is given
 * @param noticeDate the day the notice is given (sent or posted: 第３条２)
 * @returns e.g. 2027-01-01 for a one-month notice given 2026-11-30, effective at 00:00
 * @throws TermsError when the version has no usable change-notice rule
 */
export function earliestEffectiveDate(previous: RuleSet, noticeDate: IsoDate): IsoDate {
  const { notice } = changeNoticeRule(previous);
  return earliestTimelyEvent(noticeDate, notice.n, notice.unit, notice.event, notice.firstDay);
}

/** What the effective-date check found. */
export interface EffectiveDateAssessment {
  /** The earliest date the notice allows without urgency. */
  earliest: IsoDate;
  /** The new version's effective date. */
  effective: IsoDate;
  /** Whether the effective date is allowed (on time, or urgent where the rule allows it). */
  allowed: boolean;
  /** Whether the effective date is allowed only because the change is urgent. */
  urgentApplied: boolean;
  /** Why it is not allowed (Japanese / English), or null. */
  problem: string | null;
}

/**
 * Checks a new version's effective date against the notice date: it must be no earlier than
 * {@link earliestEffectiveDate}, unless the change is urgent (with a reason) and the rule has the urgent
 * exception. Even an urgent change must be made known before it takes effect (民法548条の4第3項), so the
 * notice date must precede the effective date.
 * @param input the previous and new versions, the notice date, and whether the change is urgent and why
 */
export function assessEffectiveDate(input: {
  previous: RuleSet;
  next: RuleSet;
  noticeDate: IsoDate;
  urgent?: boolean;
  reason?: string | null;
}): EffectiveDateAssessment {
  const rule = changeNoticeRule(input.previous);
  const clause = clauseLabel(input.previous, rule.clause);
  const period = durationToJapanese(rule.notice);
  const earliest = earliestEffectiveDate(input.previous, input.noticeDate);
  const effective = input.next.meta.effective;
  const result = (allowed: boolean, urgentApplied: boolean, problem: string | null): EffectiveDateAssessment => ({
    earliest,
    effective,
    allowed,
    urgentApplied,
    problem,
  });
  if (compareDates(effective, earliest) >= 0) return result(true, false, null);
  const late =
    `通知日 ${input.noticeDate} では効力発生日は ${formatDateJa(earliest)} 以降でなければなりません（${clause}：${period}前の通知）が、` +
    `${input.next.meta.version} の効力発生日は ${formatDateJa(effective)} です / ` +
    `a notice given on ${input.noticeDate} allows an effective date of ${earliest} or later (${clause}: ${rule.notice.duration} notice), ` +
    `but ${input.next.meta.version} takes effect on ${effective}`;
  if (!input.urgent) return result(false, false, `${late}\n(緊急の場合は --urgent --reason "…" / if the change is urgent: --urgent --reason "…")`);
  if (!rule.urgentException) {
    return result(false, false, `${late}\n${clause} は緊急の例外を定めていません / ${clause} makes no exception for urgent changes`);
  }
  if (!input.reason?.trim()) {
    return result(false, false, '緊急の変更には理由が必要です (--reason) / an urgent change needs a reason (--reason)');
  }
  if (compareDates(input.noticeDate, effective) >= 0) {
    return result(
      false,
      false,
      `緊急の変更でも効力発生日（${formatDateJa(effective)}）より前に周知しなければなりません（民法548条の4第3項）/ ` +
        `even an urgent change must be made known before it takes effect (${effective}): the notice date ${input.noticeDate} is not earlier`,
    );
  }
  return result(true, true, null);
}

/**
 * A clause as people cite it (第４条第２項).
 * @param ruleSet the version the clause belongs to
 * @param id the clause id (`art-4-p2`); returned as is when the version has no such clause
 */
export function clauseLabel(ruleSet: RuleSet, id: string): string {
  return citation(ruleSet, id) ?? id;
}

/**
 * Whether notices may be sent today for a notice date: an emailed notice takes effect when sent (第３条２),
 * so one sent after its notice date is given later than the date the effective date was checked against.
 * @param noticeDate the notice date the effective date was checked against
 * @param today today's date in Japan
 * @returns why sending is refused, or null
 */
export function sendingTooLate(noticeDate: IsoDate, today: IsoDate): string | null {
  if (compareDates(today, noticeDate) <= 0) return null;
  return (
    `通知日 ${noticeDate} は過ぎています。本日 ${today} 送信する通知の通知日は ${today} です（--notice-date ${today} で効力発生日を確認してください）/ ` +
    `the notice date ${noticeDate} has passed: a notice sent today is given on ${today} (check with --notice-date ${today})`
  );
}
