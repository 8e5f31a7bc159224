/**
 * Evaluates one read contract on an as-of date: the passes in order (terms, timeline, rights, actions,
 * credits, deadlines, obligations) and the result in the output's shape.
 */
import { judgeActions } from './actions.js';
import type { CheckEvent, ReadContract } from './contract.js';
import { sortByDate } from './dates.js';
import { slaCredits } from './credits.js';
import { contractDeadlines, holidayOf, preventionDeadlines } from './deadlines.js';
import { acceleratedFees, afterEndObligations, beforeEndObligations, feeObligations } from './obligations.js';
import { orderEvents } from './order.js';
import { capAt, feeRights, heldADay, rightNotes, violationRights } from './rights.js';
import type { CheckResult, Deadline, Finding } from './schema.js';
import { termChain } from './term-chain.js';
import type { TermsCatalog } from './terms.js';
import { runTimeline } from './timeline.js';

/**
 * Where a contract stands on a date.
 * @param contract the contract, read (readContract)
 * @param catalog the versions of the terms
 * @param asOf the as-of date, `YYYY-MM-DD`; events after it have not happened yet
 * @returns the result; `status` is `pending` before the contract is formed
 */
export function evaluateContract(contract: ReadContract, catalog: TermsCatalog, asOf: string): CheckResult {
  const formedOn = contract.formed.date;
  const version = catalog.at(asOf) ?? catalog.at(formedOn)!;
  const result: CheckResult = {
    contract: contract.id,
    asOf,
    document: catalog.document,
    version: version.version,
    status: 'pending',
    terms: [],
    endDate: null,
    endReason: null,
    endClause: null,
    endVersion: null,
    deadlines: [],
    rights: [],
    credits: [],
    obligations: [],
    findings: [],
  };
  if (asOf < formedOn) return result;

  const chain = termChain(contract.formed, catalog);
  const ordered = orderEvents(contract.events);
  const t = runTimeline({ id: contract.id, formed: contract.formed, events: ordered }, chain, catalog, asOf);
  const endDate = t.end?.date ?? null;
  const active = endDate === null || asOf <= endDate;
  // Actions are judged against the rights as they would run; the output shows them cut at the end.
  const notes = rightNotes();
  const fees = feeRights(t.invoices, catalog, notes);
  const measures = violationRights(t.violations, catalog, notes);
  const heldFees = capAt(fees.filter(heldADay), endDate);
  const heldMeasures = capAt(measures.filter(heldADay), endDate);
  const credits = slaCredits(t.outages, t.claims, contract.formed.monthlyFee, catalog, asOf);

  const deadlines: Deadline[] = sortByDate(
    (active ? contractDeadlines(chain, t.end, catalog, asOf) : []).concat(
      preventionDeadlines(heldFees.filter((r) => r.kind === 'terminate'), 'payment-before-termination', asOf),
      // The cure period is the paragraph's (第30条第２項), whichever item each measure stands in.
      preventionDeadlines(
        heldMeasures.map((r) => ({ ...r, clause: catalog.versions.find((v) => v.version === r.version)?.rules.authorizedUserCure.cited ?? r.clause })),
        'cure-before-measures',
        asOf,
      ),
      credits.deadlines,
    ),
    (d) => d.date,
  );
  for (const d of deadlines) {
    const holiday = holidayOf(d.date);
    if (holiday !== undefined) d.holiday = holiday;
  }

  result.status = active ? 'active' : 'ended';
  result.terms = chain.startedBy(endDate !== null && endDate < asOf ? endDate : asOf);
  if (t.end) {
    result.endDate = t.end.date;
    result.endReason = t.end.reason;
    result.endClause = t.end.clause;
    result.endVersion = t.end.version;
  }
  result.deadlines = deadlines;
  result.rights = sortByDate(
    heldFees.concat(heldMeasures).filter((r) => r.from <= asOf),
    (r) => r.from,
  );
  result.credits = credits.credits;
  const judged = judgeActions(t.actions, fees.concat(measures), ordered, catalog, notes);
  const ending = t.end?.reason === 'company-termination' ? t.actions.find((a) => a.index === t.end?.event) : undefined;
  // 第15条２ follows a termination the company had a ground for, verified or asserted.
  const accelerating = ending && judged.verdicts.get(ending.index) !== 'without-ground' ? ending : null;
  result.obligations = feeObligations(t.cancellations, t.invoices, asOf).concat(acceleratedFees(accelerating, t.invoices, catalog, asOf));
  if (t.end) result.obligations.push(...beforeEndObligations(t.end, catalog, asOf), ...afterEndObligations(t.end, catalog, asOf));
  result.findings = inEventOrder(ordered, t.findings.concat(judged.findings, credits.findings));
  return result;
}

/** Findings in the order their events were taken (stable: an event's findings keep the order found). */
function inEventOrder(ordered: readonly CheckEvent[], findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const rank: number[] = [];
  ordered.forEach((e, i) => (rank[e.index] = i));
  const at = (f: Finding) => (f.event === null ? Number.MAX_SAFE_INTEGER : (rank[f.event] ?? 0));
  return findings.sort((a, b) => at(a) - at(b));
}
