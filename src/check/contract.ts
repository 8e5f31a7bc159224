/**
 * A contract as the evaluator sees it, once read: every event validated, its dates real, its references
 * resolved, the events ordered by date. Pure data; the reader (read.ts) builds it.
 */
import type { SuspensionCause } from '../annotation/schema.js';

interface Base {
  /** Position of the event in the input's `events` (cited by findings). */
  index: number;
  /** The event's date in Japan (an outage's: the date of `knownAt`). */
  date: string;
  /** When on that day it happened (epoch ms), if the input says (`at`): it orders events of one day. */
  at?: number;
}

/** One event, normalized: optional fields have their defaults, timestamps are epoch milliseconds. */
export type CheckEvent =
  | (Base & { type: 'contract.formed'; monthlyFee: number; termMonths: number | null })
  | (Base & { type: 'renewal.optout'; by: 'customer' | 'company' })
  | (Base & { type: 'cancellation.notice'; desiredDate: string | null })
  | (Base & { type: 'payment.due'; id: string; amount: number })
  | (Base & { type: 'payment.made'; invoice: string; amount: number })
  | (Base & {
      type: 'outage';
      id: string;
      knownAt: number;
      restoredAt: number;
      /** The date of `restoredAt` in Japan: the day the claim for a credit can be made (第34条). */
      restoredDate: string;
      attributable: boolean;
      total: boolean;
    })
  | (Base & { type: 'credit.claim'; outage: string })
  | (Base & { type: 'violation'; id: string })
  | (Base & { type: 'violation.cured'; violation: string })
  | (Base & { type: 'terms.change.notice'; effectiveDate: string; urgent: boolean })
  | (Base & { type: 'discontinuation.notice'; discontinuationDate: string; forceMajeure: boolean })
  /** `ground` is the cited clause id in the version in force on the event's date. */
  | (Base & { type: 'company.suspension'; ground: string; cause: SuspensionCause })
  | (Base & { type: 'company.termination'; ground: string });

export type CheckEventOf<T extends CheckEvent['type']> = Extract<CheckEvent, { type: T }>;

/** A contract whose events have all been read. */
export interface ReadContract {
  id: string;
  formed: CheckEventOf<'contract.formed'>;
  /** Every event, `contract.formed` included, by date and then by input order. */
  events: CheckEvent[];
}

/**
 * Whether an event has happened by a date: its date is on or before it, and an outage has been
 * restored by then (an outage still going on cannot be measured yet).
 * @param event the event
 * @param asOf the date
 */
export function happenedBy(event: CheckEvent, asOf: string): boolean {
  return (event.type === 'outage' ? event.restoredDate : event.date) <= asOf;
}
