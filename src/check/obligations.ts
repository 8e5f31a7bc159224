/**
 * Obligations: fees unpaid when a cancellation arrives are due by the cancellation date (第14条２); once
 * the contract ends, each party's after-end duties (第17条, 第33条２) and confidentiality for the period
 * the terms say it survives (第32条７).
 */
import { periodEnd } from '../period/index.js';
import { calendarUnit, nextDay } from './periods.js';
import type { Obligation } from './schema.js';
import type { TermsCatalog } from './terms.js';
import { paidBy, type Cancellation, type End, type Invoice } from './timeline.js';
import { parseClauseId } from '../ruleset/ids.js';

/**
 * The fees each cancellation makes due by its date: invoices due on or before the day the notice
 * arrived and not fully paid by then. An invoice is listed once, under the first cancellation.
 * @param cancellations the cancellations evaluated
 * @param invoices the contract's invoices with their payments
 * @param asOf the as-of date (a fee not paid by a past due date is `overdue`)
 */
export function feeObligations(cancellations: readonly Cancellation[], invoices: readonly Invoice[], asOf: string): Obligation[] {
  const out: Obligation[] = [];
  const listed = new Set<string>();
  for (const c of cancellations) {
    const rule = c.version.rules.unpaidFeesDue;
    for (const invoice of invoices) {
      const remaining = invoice.amount - paidBy(invoice, c.arrival);
      if (invoice.due > c.arrival || remaining <= 0 || listed.has(invoice.id)) continue;
      listed.add(invoice.id);
      const status = invoice.paidOn !== null && invoice.paidOn <= c.endDate ? 'met' : asOf > c.endDate ? 'overdue' : 'open';
      out.push({
        clause: rule.cited,
        version: c.version.version,
        kind: 'pay-unpaid-fees',
        party: 'customer',
        from: c.arrival,
        due: c.endDate,
        until: null,
        when: null,
        status,
        invoice: invoice.id,
        amount: remaining,
      });
    }
  }
  return out;
}

/**
 * What each party must do once the contract has ended, under the version in force on its last day.
 * @param end the fixed end (it may still be ahead of the as-of date: the duties are then `pending`)
 * @param catalog the terms
 * @param asOf the as-of date
 */
export function afterEndObligations(end: End, catalog: TermsCatalog, asOf: string): Obligation[] {
  const version = catalog.at(end.date)!;
  const from = nextDay(end.date);
  const started = asOf >= from;
  const out: Obligation[] = version.rules.afterEnd.map((rule) => ({
    clause: rule.cited,
    version: version.version,
    kind: rule.action,
    party: rule.party,
    from,
    due: null,
    until: null,
    when: rule.when,
    status: started ? 'open' : 'pending',
  }));
  const { confidentiality } = version.rules;
  // The service ends at the end of its last day, so the period runs from the next day: first day excluded.
  const until = periodEnd(end.date, confidentiality.survives.n, calendarUnit(confidentiality.survives), 'exclude');
  out.push({
    clause: confidentiality.cited,
    version: version.version,
    kind: 'confidentiality',
    party: 'both',
    from,
    due: null,
    until,
    when: null,
    status: !started ? 'pending' : asOf <= until ? 'open' : 'expired',
  });
  return out;
}

/**
 * 第15条２: when the company terminates (on a ground verified or asserted), every fee still unpaid at the
 * end of the termination day falls due that day, one obligation per invoice. Only a termination under the
 * article of the acceleration rule counts (第15条２ speaks of 「前項による利用契約の解約」).
 * @param termination the termination that ended the contract (its date and ground), or null
 * @param invoices the contract's invoices with their payments
 * @param catalog the terms; the version in force on the termination date
 * @param asOf the as-of date
 */
export function acceleratedFees(termination: { date: string; ground: string } | null, invoices: readonly Invoice[], catalog: TermsCatalog, asOf: string): Obligation[] {
  if (termination === null) return [];
  const version = catalog.at(termination.date)!;
  const rule = version.rules.acceleration;
  const article = parseClauseId(rule.clause)?.root ?? rule.clause;
  if (termination.ground !== article && !termination.ground.startsWith(`${article}-`)) return [];
  const due = termination.date;
  const out: Obligation[] = [];
  for (const invoice of invoices) {
    const remaining = invoice.amount - paidBy(invoice, due);
    if (remaining <= 0) continue;
    out.push({
      clause: rule.cited,
      version: version.version,
      kind: 'pay-accelerated',
      party: rule.party,
      from: due,
      due,
      until: null,
      when: null,
      status: invoice.paidOn !== null && invoice.paidOn <= due ? 'met' : asOf > due ? 'overdue' : 'open',
      invoice: invoice.id,
      amount: remaining,
    });
  }
  return out;
}

/**
 * 第33条２: what a party must do by the end (the customer saves its business data), once an end is fixed.
 * @param end the fixed end
 * @param catalog the terms; the version in force on the last day
 * @param asOf the as-of date: `open` until the last day, `expired` after it
 */
export function beforeEndObligations(end: End, catalog: TermsCatalog, asOf: string): Obligation[] {
  const version = catalog.at(end.date)!;
  return version.rules.beforeEnd.map((rule) => ({
    clause: rule.cited,
    version: version.version,
    kind: rule.action,
    party: rule.party,
    from: end.fixedOn,
    due: end.date,
    until: null,
    when: null,
    status: asOf <= end.date ? 'open' : 'expired',
  }));
}
