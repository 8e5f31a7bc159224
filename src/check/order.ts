/**
 * The order in which the events of one day are taken (checker spec, second edition): two events that
 * both carry `at` in the order of their times; otherwise a payment or a cure before the company's
 * suspension or termination, since what standard terms leave unclear is read against the company that
 * drafted them; otherwise in input order.
 */
import type { CheckEvent } from './contract.js';

/** The customer's acts that end a right of the company. */
const REMEDIES = new Set<CheckEvent['type']>(['payment.made', 'violation.cured']);
/** The company's acts a remedy of the same day may take the ground from. */
const COMPANY_ACTS = new Set<CheckEvent['type']>(['company.suspension', 'company.termination']);

/** Whether an event is a payment or a cure. */
export function isRemedy(event: CheckEvent): boolean {
  return REMEDIES.has(event.type);
}

/** Whether an event is the company's suspension or termination. */
export function isCompanyAct(event: CheckEvent): boolean {
  return COMPANY_ACTS.has(event.type);
}

/**
 * Which of two events of the same day comes first.
 * @returns negative when `a` comes first
 */
function sameDay(a: CheckEvent, b: CheckEvent): number {
  if (a.at !== undefined && b.at !== undefined && a.at !== b.at) return a.at - b.at;
  if (a.at === undefined || b.at === undefined) {
    if (isRemedy(a) && isCompanyAct(b)) return -1;
    if (isCompanyAct(a) && isRemedy(b)) return 1;
  }
  return a.index - b.index;
}

/**
 * The events in the order they are taken: by date, and within a day as the spec says. A day's events are
 * placed one at a time, each before the first placed event it precedes, so that the result does not
 * depend on a sort's handling of the rule's mixed cases.
 * @param events the events in date order, those of a day in input order (as readContract gives them: a
 *   stable sort by date)
 * @returns a new array; the input is not changed. Days with one event (nearly all) are copied as they are.
 */
export function orderEvents(events: readonly CheckEvent[]): CheckEvent[] {
  const out: CheckEvent[] = [];
  for (let i = 0; i < events.length; ) {
    let j = i + 1;
    const date = (events[i] as CheckEvent).date;
    while (j < events.length && (events[j] as CheckEvent).date === date) j++;
    if (j - i === 1) {
      out.push(events[i] as CheckEvent);
    } else {
      const day: CheckEvent[] = [];
      for (const e of events.slice(i, j)) {
        const before = day.findIndex((placed) => sameDay(e, placed) < 0);
        day.splice(before < 0 ? day.length : before, 0, e);
      }
      out.push(...day);
    }
    i = j;
  }
  return out;
}

/**
 * Pairs of events of one day whose order the rule decided without their times: a payment or cure and a
 * company act, not both with `at`. The checker reports each (`same-day-order`) so that a person can
 * check the real times.
 * @param ordered the events in the order taken
 * @returns `[remedy, act]` pairs, the remedy taken first
 */
export function orderedWithoutTimes(ordered: readonly CheckEvent[]): Array<[CheckEvent, CheckEvent]> {
  const pairs: Array<[CheckEvent, CheckEvent]> = [];
  for (let start = 0; start < ordered.length; ) {
    const date = (ordered[start] as CheckEvent).date;
    let end = start + 1;
    while (end < ordered.length && (ordered[end] as CheckEvent).date === date) end++;
    for (let i = start; end - start > 1 && i < end; i++) {
      const a = ordered[i] as CheckEvent;
      if (!isRemedy(a)) continue;
      for (let j = start; j < end; j++) {
        const b = ordered[j] as CheckEvent;
        if (isCompanyAct(b) && (a.at === undefined || b.at === undefined)) pairs.push([a, b]);
      }
    }
    start = end;
  }
  return pairs;
}
