/**
 * The company's rights that arise from the customer's side: suspension and termination for unpaid fees
 * (第12条３, 第15条１(8)) and measures against an authorized user who does not cure a violation
 * (第30条２). Each right runs from the day it arises to the day before payment or cure, and never past
 * the contract's end (capAt).
 */
import { arisesAfterPeriod, nextDay, previousDay } from './periods.js';
import type { Right } from './schema.js';
import type { TermsCatalog } from './terms.js';
import type { Invoice, ViolationRecord } from './timeline.js';

/**
 * What one contract's rights carry beside them, not in them (a right is output as the schema says): the
 * payment or cure event that ended each (for the order of the events of its last day), and which come
 * from an authorized user's violation (第30条２) rather than a fee. Plain maps made per contract: a
 * module-wide WeakMap costs more to fill than the rights themselves.
 */
export interface RightNotes {
  endedBy: Map<Right, number>;
  fromViolation: Set<Right>;
}

/** Empty notes for one contract's rights. */
export function rightNotes(): RightNotes {
  return { endedBy: new Map(), fromViolation: new Set() };
}

/**
 * The rights unpaid invoices give the company, whether or not they have arisen by the as-of date, as if
 * the contract did not end.
 * @param invoices the contract's invoices with their payments
 * @param catalog the terms; the version in force on the due date gives the periods
 * @param notes where the payment that ended each right is noted
 * @returns the rights that arise before payment
 */
export function feeRights(invoices: readonly Invoice[], catalog: TermsCatalog, notes: RightNotes): Right[] {
  const out: Right[] = [];
  for (const invoice of invoices) {
    const version = catalog.at(invoice.due)!;
    const { suspension, terminationGround } = version.rules;
    const lastHeld = invoice.paidOn === null ? null : previousDay(invoice.paidOn);
    // `from: day-after-due` is the only anchor the rule schema allows: the day after the due date.
    push(out, notes, { clause: suspension.cited, version: version.version, holder: suspension.holder, kind: 'suspend', from: nextDay(invoice.due), until: lastHeld, ref: invoice.id }, invoice.paidEvent);
    push(out, notes, {
      clause: terminationGround.cited,
      version: version.version,
      holder: 'company',
      kind: 'terminate',
      from: arisesAfterPeriod(invoice.due, terminationGround.after),
      until: lastHeld,
      ref: invoice.id,
    }, invoice.paidEvent);
  }
  return out;
}

/**
 * The measures an authorized user's uncured violation allows, whether or not they have arisen yet, as if
 * the contract did not end.
 * @param violations the contract's violations with their cures
 * @param catalog the terms; the version in force on the violation's date gives the cure period
 * @param notes where the cure that ended each right, and its origin, are noted
 * @returns one right per remedy the rule lists, for each violation not cured in time
 */
export function violationRights(violations: readonly ViolationRecord[], catalog: TermsCatalog, notes: RightNotes): Right[] {
  const out: Right[] = [];
  for (const v of violations) {
    const version = catalog.at(v.date)!;
    const rule = version.rules.authorizedUserCure;
    const from = arisesAfterPeriod(v.date, rule.cure);
    const until = v.curedOn === null ? null : previousDay(v.curedOn);
    for (const remedy of rule.remedies) {
      const clause = version.rules.remedyClauses[remedy];
      const right: Right = { clause, version: version.version, holder: 'company', kind: remedy === 'terminate' ? 'terminate' : 'suspend-user', from, until, ref: v.id };
      notes.fromViolation.add(right);
      push(out, notes, right, v.curedEvent);
    }
  }
  return out;
}

/**
 * Adds a right. One ended on the very day it arose is kept (a company act that day is judged against it,
 * by the order of the events); {@link heldADay} leaves it out of the output.
 */
function push(out: Right[], notes: RightNotes, right: Right, ended: number | null): void {
  if (right.until !== null && right.until < previousDay(right.from)) return;
  if (ended !== null) notes.endedBy.set(right, ended);
  out.push(right);
}

/**
 * Whether a right is held for at least a day (the rights the output lists).
 * @param right the right
 */
export function heldADay(right: Right): boolean {
  return right.until === null || right.from <= right.until;
}

/**
 * The rights as the contract's end leaves them: none is held past the last day, and one that would
 * arise only after it never does.
 * @param rights rights as if the contract did not end (not changed)
 * @param end the contract's last day, or null while no end is fixed
 */
export function capAt(rights: readonly Right[], end: string | null): Right[] {
  if (end === null) return [...rights];
  const out: Right[] = [];
  for (const r of rights) {
    if (r.from > end) continue;
    out.push(r.until !== null && r.until <= end ? r : { clause: r.clause, version: r.version, holder: r.holder, kind: r.kind, from: r.from, until: end, ref: r.ref });
  }
  return out;
}

/**
 * Whether a right is held on a day.
 * @param right the right
 * @param date the day
 */
export function heldOn(right: Right, date: string): boolean {
  return right.from <= date && (right.until === null || date <= right.until);
}
