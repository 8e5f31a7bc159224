/**
 * The deadlines open on the as-of date: the last day to stop the next renewal (第13条), the earliest end
 * a cancellation given that day would have (第14条), and the last day to pay or cure before the company
 * may terminate or take measures. A deadline on a holiday is noted but never moved (民法142条).
 */
import { dayOfWeek, FIRST_HOLIDAY_YEAR, isJapaneseHoliday, LAST_HOLIDAY_YEAR } from '../period/index.js';
import { memoizeDate } from './memo.js';
import { earliestEvent, latestNotice, previousDay } from './periods.js';
import type { Deadline, Right } from './schema.js';
import type { TermChain } from './term-chain.js';
import type { TermsCatalog } from './terms.js';
import type { End } from './timeline.js';

/**
 * The deadlines of an active contract that come from the contract itself.
 * @param chain the contract's terms
 * @param end the fixed end, or null
 * @param catalog the terms; the version in force on the as-of date applies
 * @param asOf the as-of date (the contract is active on it)
 * @returns `renewal-optout` unless the contract ends before the renewal, and `cancellation-earliest-end`
 *   unless the contract already ends earlier
 */
export function contractDeadlines(chain: TermChain, end: End | null, catalog: TermsCatalog, asOf: string): Deadline[] {
  const version = catalog.at(asOf)!;
  const { term, cancellation } = version.rules;
  const out: Deadline[] = [];
  // The next renewal that can still be stopped: this term's, or, once its deadline has passed, the next.
  for (let t = chain.containing(asOf); end === null || t.end < end.date; t = chain.next(t)) {
    const date = latestNotice(term.optout, t.end);
    if (date >= asOf) {
      out.push({ clause: term.cited, version: version.version, kind: 'renewal-optout', party: term.optoutBy, date });
      break;
    }
  }
  const earliest = earliestEvent(asOf, cancellation.notice);
  if (end === null || earliest < end.date) {
    out.push({ clause: cancellation.cited, version: version.version, kind: 'cancellation-earliest-end', party: cancellation.party, date: earliest });
  }
  return out;
}

/**
 * The last day to prevent rights that have not arisen yet, one per invoice or violation.
 * @param rights rights of one origin, arisen or not: the termination rights of unpaid invoices, or the
 *   measures of uncured violations
 * @param kind `payment-before-termination` (pay before the company may terminate) or
 *   `cure-before-measures` (cure before the company may take measures)
 * @param asOf the as-of date
 */
export function preventionDeadlines(rights: readonly Right[], kind: 'payment-before-termination' | 'cure-before-measures', asOf: string): Deadline[] {
  const out: Deadline[] = [];
  const seen = new Set<string>();
  for (const r of rights) {
    if (r.from <= asOf || seen.has(r.ref)) continue;
    seen.add(r.ref);
    out.push({ clause: r.clause, version: r.version, kind, party: 'customer', date: previousDay(r.from), ref: r.ref });
  }
  return out;
}

/**
 * The holiday a date falls on, for a note: a national holiday's name, 土曜日 or 日曜日, or undefined.
 * @param date a deadline
 */
export function holidayOf(date: string): string | undefined {
  return holidayMemo(date) ?? undefined;
}

const holidayMemo = memoizeDate((date: string): string | null => {
  const year = Number(date.slice(0, 4));
  if (year >= FIRST_HOLIDAY_YEAR && year <= LAST_HOLIDAY_YEAR) {
    const name = isJapaneseHoliday(date);
    if (name !== null) return name;
  }
  const day = dayOfWeek(date);
  return day === 0 ? '日曜日' : day === 6 ? '土曜日' : null;
});
