/**
 * Properties of the checker over generated contracts: any valid contract is evaluated without error
 * into output that matches the published schema and its invariants; the order of the events in the
 * array does not matter; a timely cancellation always ends on the desired date; a payment before the
 * termination right arises removes it.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkValue, CheckerOutput, FINDING_SEVERITIES, type CheckResult, type InputEvent, type TermsCatalog } from '../../src/check/index.js';
import { addDays, arisesAfter, periodEnd } from '../../src/period/index.js';
import { validatorFor } from '../../src/schema/ajv.js';
import { catalogOf, contract, resultOf, versionOf } from './support.js';

let catalog: TermsCatalog;
beforeAll(async () => {
  ({ catalog } = await catalogOf([versionOf('2018-04-20'), versionOf('2026-07-01', [['notice: P1M', 'notice: P2M']], '2026-05-01')]));
});

const check = (value: unknown, asOf: string) => resultOf(checkValue(value, { index: 0, line: null }, catalog, asOf));
/** A date 0…n days after a start. */
const dayAfter = (start: string, n: number) => fc.integer({ min: 0, max: n }).map((k) => addDays(start, k));
const timestamp = (date: string, hour: number) => `${date}T${String(hour).padStart(2, '0')}:30:00+09:00`;

/** A valid contract: every event on or after the formation, every reference to an id that exists. */
const contracts = dayAfter('2018-04-20', 3000).chain((formed) => {
  const later = (n = 900) => dayAfter(formed, n);
  const event: fc.Arbitrary<InputEvent[]> = fc.oneof(
    fc.tuple(later(), fc.constantFrom('customer', 'company' as const)).map(([date, by]): InputEvent[] => [{ type: 'renewal.optout', date, by }]),
    fc.tuple(later(), fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined })).map(([date, extra]): InputEvent[] => [
      extra === undefined ? { type: 'cancellation.notice', date } : { type: 'cancellation.notice', date, desiredDate: addDays(date, extra) },
    ]),
    fc.tuple(fc.uuid(), later(), fc.integer({ min: 0, max: 100000 }), fc.option(fc.integer({ min: -40, max: 90 }))).map(([id, date, amount, paidAfter]) => {
      const events: InputEvent[] = [{ type: 'payment.due', id, date, amount }];
      if (paidAfter !== null) events.push({ type: 'payment.made', invoice: id, date: addDays(date, Math.max(paidAfter, 0)), amount });
      return events;
    }),
    fc.tuple(fc.uuid(), later(), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 23 }), fc.boolean(), fc.boolean(), fc.option(fc.integer({ min: 0, max: 150 }))).map(
      ([id, date, days, hour, attributable, total, claimAfter]) => {
        const restored = addDays(date, days);
        const events: InputEvent[] = [{ type: 'outage', id, knownAt: timestamp(date, 9), restoredAt: timestamp(restored, hour), attributable, total }];
        if (claimAfter !== null && (days > 0 || hour >= 9)) events.push({ type: 'credit.claim', outage: id, date: addDays(restored, claimAfter) });
        return events.filter((e) => e.type !== 'outage' || days > 0 || hour >= 9);
      },
    ),
    fc.tuple(fc.uuid(), later(), fc.option(fc.integer({ min: 0, max: 20 }))).map(([id, date, curedAfter]) => {
      const events: InputEvent[] = [{ type: 'violation', id, date, by: 'authorized-user' }];
      if (curedAfter !== null) events.push({ type: 'violation.cured', violation: id, date: addDays(date, curedAfter) });
      return events;
    }),
    fc.tuple(later(), fc.integer({ min: 0, max: 90 }), fc.boolean()).map(([date, n, urgent]): InputEvent[] => [{ type: 'terms.change.notice', date, effectiveDate: addDays(date, n), urgent }]),
    fc.tuple(later(), fc.integer({ min: 0, max: 120 }), fc.boolean()).map(([date, n, forceMajeure]): InputEvent[] => [{ type: 'discontinuation.notice', date, discontinuationDate: addDays(date, n), forceMajeure }]),
    fc.tuple(later(), fc.constantFrom('art-12-p3', 'art-15-p1-i8', 'art-30-p2', 'art-15-p1-i2', 'art-28-p3')).map(([date, ground]): InputEvent[] => [{ type: 'company.suspension', date, ground }]),
    fc.tuple(later(), fc.constantFrom('art-15-p1-i8', 'art-30-p2', 'art-15-p1-i9', 'art-12-p3')).map(([date, ground]): InputEvent[] => [{ type: 'company.termination', date, ground }]),
  );
  return fc.record({
    formed: fc.constant(formed),
    termMonths: fc.option(fc.integer({ min: 1, max: 36 }), { nil: undefined }),
    events: fc.array(event, { maxLength: 6 }).map((groups) => groups.flat()),
    asOf: dayAfter(addDays(formed, -30), 1500),
  });
});

const valueOf = (c: { formed: string; termMonths: number | undefined; events: InputEvent[] }) =>
  contract(c.formed, c.events, 'K-P', c.termMonths === undefined ? {} : { termMonths: c.termMonths });

function invariants(r: CheckResult, formed: string): void {
  const validate = validatorFor(CheckerOutput);
  expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
  for (const f of r.findings) expect(f.severity).toBe(FINDING_SEVERITIES[f.code]);
  const cited = [...r.terms, ...r.deadlines, ...r.rights, ...r.credits, ...r.obligations, ...r.findings];
  for (const item of cited) {
    const version = catalog.versions.find((v) => v.version === item.version);
    expect(version?.clauses.get(item.clause)?.id, `${item.clause} in ${item.version}`).toBe(item.clause);
  }
  if (r.status === 'pending') return;
  expect(r.terms[0]?.start).toBe(formed);
  r.terms.slice(1).forEach((t, i) => expect(t.start).toBe(addDays(r.terms[i]!.end, 1)));
  expect(r.status).toBe(r.endDate !== null && r.endDate < r.asOf ? 'ended' : 'active');
  expect(r.deadlines.map((d) => d.date)).toEqual(r.deadlines.map((d) => d.date).sort());
  for (const d of r.deadlines) expect(d.date >= r.asOf).toBe(true);
  for (const x of r.rights) {
    expect(x.from <= r.asOf).toBe(true);
    if (x.until !== null) expect(x.from <= x.until).toBe(true);
    if (r.endDate !== null) expect(x.until !== null && x.until <= r.endDate).toBe(true);
  }
}

describe('checker properties', () => {
  it('should evaluate any valid contract into output that matches the schema and its invariants', () => {
    fc.assert(
      fc.property(contracts, (c) => invariants(check(valueOf(c), c.asOf), c.formed)),
      { numRuns: 300 },
    );
  });

  it('should give the same result whatever the order of the events in the array', () => {
    fc.assert(
      fc.property(contracts, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (c, noise) => {
        const shuffled = c.events.map((e) => ({ e, k: noise.next().value })).sort((a, b) => a.k - b.k).map((x) => x.e);
        const strip = (r: CheckResult) => ({ ...r, findings: r.findings.map(({ event: _e, ...f }) => f.code).sort() });
        const a = check(valueOf(c), c.asOf);
        const b = check(valueOf({ ...c, events: shuffled }), c.asOf);
        // Events on the same date are taken in input order, and which of two same-day ends is reported
        // depends on it; everything else must not.
        if (new Set(c.events.map((e) => ('date' in e ? e.date : ''))).size === c.events.length) expect(strip(b)).toEqual(strip(a));
      }),
      { numRuns: 200 },
    );
  });

  it('should end a timely cancellation on the desired date, and an untimely one two months after arrival', () => {
    fc.assert(
      fc.property(dayAfter('2025-04-01', 400), fc.integer({ min: -60, max: 300 }), (arrival, offset) => {
        const earliest = periodEnd(arrival, 2, 'months');
        const desired = addDays(earliest, offset);
        if (desired < arrival) return;
        const r = check(contract('2025-04-01', [{ type: 'cancellation.notice', date: arrival, desiredDate: desired }]), arrival);
        expect(r.endDate).toBe(offset >= 0 ? desired : earliest);
        expect(r.findings.some((f) => f.code === 'cancellation-date-adjusted')).toBe(offset < 0);
      }),
      { numRuns: 300 },
    );
  });

  it('should remove the termination right when the fee is paid before it arises, making a later termination a violation', () => {
    fc.assert(
      fc.property(dayAfter('2025-05-01', 600), fc.integer({ min: -20, max: 40 }), fc.integer({ min: 0, max: 60 }), (due, paidAfter, terminatedAfter) => {
        const arises = arisesAfter(due, 1, 'months');
        const paid = addDays(due, paidAfter);
        if (paid >= arises) return;
        const terminated = addDays(arises, terminatedAfter);
        const events: InputEvent[] = [
          { type: 'payment.due', id: 'inv', date: due, amount: 1000 },
          { type: 'payment.made', invoice: 'inv', date: paid, amount: 1000 },
          { type: 'company.termination', date: terminated, ground: 'art-15-p1-i8' },
        ];
        const r = check(contract('2025-04-01', events), terminated);
        expect(r.rights.filter((x) => x.kind === 'terminate')).toEqual([]);
        expect(r.findings.map((f) => f.code)).toEqual(['termination-without-ground']);
        // Unpaid, the same termination had its ground.
        const unpaid = check(contract('2025-04-01', [events[0]!, events[2]!]), terminated);
        expect(unpaid.findings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
