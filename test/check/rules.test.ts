/**
 * Each rule of checker.md and each finding code, on small contracts; figures come from the rule set, so
 * edited copies of the real document (第14条 P3M, a rounding, a newer version) must change the answers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkValue, type InputEvent, type TermsCatalog } from '../../src/check/index.js';
import { creditAmount } from '../../src/check/credits.js';
import { CANCELLATION_P3M, catalogOf, contract, resultOf, versionOf } from './support.js';

let real: TermsCatalog;
beforeAll(async () => {
  ({ catalog: real } = await catalogOf([versionOf('2018-04-20')]));
});

const check = (events: InputEvent[], asOf: string, catalog = real, extra: Record<string, unknown> = {}) =>
  resultOf(checkValue(contract('2025-04-01', events, 'K-0001', extra), { index: 0, line: null }, catalog, asOf));
const codes = (r: { findings: Array<{ code: string }> }) => r.findings.map((f) => f.code);

describe('cancellation by the customer (第14条)', () => {
  it('should end the contract two months after arrival when no desired date is written (periods.md: 2026-04-15 → 2026-06-15)', () => {
    const r = check([{ type: 'cancellation.notice', date: '2026-04-15' }], '2026-04-20');
    expect(r).toMatchObject({ endDate: '2026-06-15', endReason: 'cancellation', endClause: 'art-14-p1' });
    expect(r.findings[0]).toMatchObject({ code: 'cancellation-date-adjusted', severity: 'info', date: '2026-06-15', event: 1 });
  });

  it('should end on the desired date when it leaves exactly two months, with no finding', () => {
    const r = check([{ type: 'cancellation.notice', date: '2026-04-15', desiredDate: '2026-06-15' }], '2026-04-20');
    expect(r).toMatchObject({ endDate: '2026-06-15', findings: [] });
  });

  it('should follow a rule set whose 第14条 says three months (P3M, ３ヶ月)', async () => {
    const { catalog } = await catalogOf([versionOf('2018-04-20', CANCELLATION_P3M)]);
    const r = check([{ type: 'cancellation.notice', date: '2026-04-15', desiredDate: '2026-06-15' }], '2026-04-20', catalog);
    expect(r.endDate).toBe('2026-07-15');
    expect(r.findings[0]?.message).toContain('3ヶ月');
    // A notice given on the as-of date would now end the contract three months on.
    const open = check([], '2026-04-15', catalog);
    expect(open.deadlines.find((d) => d.kind === 'cancellation-earliest-end')?.date).toBe('2026-07-15');
  });

  it('should count the arrival day itself when the rule says firstDay: include, as terms ci and notices do', async () => {
    const { catalog } = await catalogOf([versionOf('2018-04-20', [['kind: cancellation\nnotice: P2M', 'kind: cancellation\nnotice: { duration: P2M, firstDay: include }']])]);
    // Two months counted from 04-15 itself end 06-14: the desired 06-14 leaves them, no adjustment.
    const r = check([{ type: 'cancellation.notice', date: '2026-04-15', desiredDate: '2026-06-14' }], '2026-04-20', catalog);
    expect(r).toMatchObject({ endDate: '2026-06-14', findings: [] });
    const open = check([], '2026-04-15', catalog);
    expect(open.deadlines.find((d) => d.kind === 'cancellation-earliest-end')?.date).toBe('2026-06-14');
  });

  it('should judge each event by the version in force on its date', async () => {
    const { catalog } = await catalogOf([versionOf('2018-04-20'), versionOf('2026-07-01', CANCELLATION_P3M, '2026-05-01')]);
    // periodEnd(2026-06-30, 2 months): counted from 07-01, the start of a month, so it ends 08-31.
    const before = check([{ type: 'cancellation.notice', date: '2026-06-30' }], '2026-07-02', catalog);
    expect(before).toMatchObject({ endDate: '2026-08-31', endVersion: '2018-04-20', version: '2026-07-01' });
    const after = check([{ type: 'cancellation.notice', date: '2026-07-01' }], '2026-07-02', catalog);
    expect(after).toMatchObject({ endDate: '2026-10-01', endVersion: '2026-07-01' });
    expect(after.findings[0]).toMatchObject({ version: '2026-07-01', date: '2026-10-01' });
  });

  it('should make fees unpaid at arrival due by the cancellation date (第14条２), open, met or overdue', () => {
    const events: InputEvent[] = [
      { type: 'payment.due', id: 'inv-1', date: '2026-03-10', amount: 33000 },
      { type: 'payment.made', invoice: 'inv-1', date: '2026-03-12', amount: 3000 },
      { type: 'cancellation.notice', date: '2026-03-15', desiredDate: '2026-05-15' },
    ];
    const obligation = { clause: 'art-14-p2', kind: 'pay-unpaid-fees', party: 'customer', from: '2026-03-15', due: '2026-05-15', invoice: 'inv-1', amount: 30000 };
    expect(check(events, '2026-04-01').obligations[0]).toMatchObject({ ...obligation, status: 'open' });
    expect(check(events, '2026-05-16').obligations[0]).toMatchObject({ ...obligation, status: 'overdue' });
    const paid: InputEvent[] = [...events, { type: 'payment.made', invoice: 'inv-1', date: '2026-05-15', amount: 30000 }];
    expect(check(paid, '2026-05-16').obligations[0]).toMatchObject({ ...obligation, status: 'met' });
  });
});

describe('the term and its renewal (第13条)', () => {
  it('should end the contract at the term’s end on a timely opt-out (periods.md: deadline 2026-01-31)', () => {
    const r = check([{ type: 'renewal.optout', date: '2026-01-31', by: 'company' }], '2026-02-01');
    expect(r).toMatchObject({ endDate: '2026-03-31', endReason: 'renewal-optout', endClause: 'art-13', findings: [] });
  });

  it('should warn about a late opt-out (optout-too-late) and renew the contract', () => {
    const r = check([{ type: 'renewal.optout', date: '2026-02-01', by: 'customer' }], '2026-06-01');
    expect(r).toMatchObject({ status: 'active', endDate: null });
    expect(r.findings).toEqual([expect.objectContaining({ code: 'optout-too-late', severity: 'warning', clause: 'art-13', date: '2026-01-31', event: 1 })]);
    expect(r.terms.map((t) => [t.start, t.end])).toEqual([
      ['2025-04-01', '2026-03-31'],
      ['2026-04-01', '2027-03-31'],
    ]);
    // The next renewal that can still be stopped is the one at the end of the second term.
    expect(r.deadlines.find((d) => d.kind === 'renewal-optout')?.date).toBe('2027-01-31');
  });

  it('should give the following renewal’s deadline once this term’s has passed', () => {
    const r = check([], '2026-02-01');
    expect(r.deadlines.find((d) => d.kind === 'renewal-optout')?.date).toBe('2027-01-31');
  });

  it('should take the first term from termMonths (個別サービス内容) and renewals from the rule', () => {
    const r = check([], '2026-01-01', real, { termMonths: 6 });
    expect(r.terms.map((t) => [t.start, t.end])).toEqual([
      ['2025-04-01', '2025-09-30'],
      ['2025-10-01', '2026-09-30'],
    ]);
  });

  it('should be pending before the formation date', () => {
    const r = check([], '2025-03-31');
    expect(r).toMatchObject({ status: 'pending', terms: [], deadlines: [], findings: [] });
  });

  it('should note a deadline on a national holiday without moving it (民法142条)', () => {
    // periodEnd(2026-11-01, 2 months) = 2027-01-01, 元日.
    const r = check([], '2026-11-01');
    expect(r.deadlines.find((d) => d.kind === 'cancellation-earliest-end')).toMatchObject({ date: '2027-01-01', holiday: '元日' });
  });
});

describe('unpaid fees (第12条３, 第15条１(8))', () => {
  const due: InputEvent = { type: 'payment.due', id: 'inv-1', date: '2026-03-10', amount: 33000 };

  it('should give suspension from the day after the due date and termination once a month has passed (periods.md: 2026-04-11)', () => {
    const r = check([due], '2026-04-20');
    expect(r.rights.map((x) => [x.clause, x.kind, x.from, x.until])).toEqual([
      ['art-12-p3', 'suspend', '2026-03-11', null],
      ['art-15-p1-i8', 'terminate', '2026-04-11', null],
    ]);
  });

  it('should give the last day to pay before termination becomes possible', () => {
    const r = check([due], '2026-03-20');
    expect(r.deadlines.find((d) => d.kind === 'payment-before-termination')).toMatchObject({ clause: 'art-15-p1-i8', party: 'customer', date: '2026-04-10', ref: 'inv-1' });
  });

  it('should keep both rights after a partial payment and end them the day before full payment', () => {
    const partial = check([due, { type: 'payment.made', invoice: 'inv-1', date: '2026-03-20', amount: 1000 }], '2026-04-20');
    expect(partial.rights.map((x) => x.until)).toEqual([null, null]);
    const paid = check([due, { type: 'payment.made', invoice: 'inv-1', date: '2026-04-15', amount: 33000 }], '2026-04-20');
    expect(paid.rights.map((x) => x.until)).toEqual(['2026-04-14', '2026-04-14']);
  });

  it('should find a termination before the right arose (termination-without-ground) and still end the contract', () => {
    const r = check([due, { type: 'company.termination', date: '2026-04-10', ground: 'art-15-p1-i8' }], '2026-05-01');
    expect(r).toMatchObject({ status: 'ended', endDate: '2026-04-10', endReason: 'company-termination' });
    expect(r.findings).toEqual([expect.objectContaining({ code: 'termination-without-ground', severity: 'violation', clause: 'art-15-p1-i8', date: '2026-04-11', event: 2 })]);
  });

  it('should accept a termination once the right has arisen', () => {
    const r = check([due, { type: 'company.termination', date: '2026-04-11', ground: 'art-15-p1-i8' }], '2026-05-01');
    expect(r.findings).toEqual([]);
    expect(r.rights.find((x) => x.kind === 'terminate')).toMatchObject({ from: '2026-04-11', until: '2026-04-11' });
  });

  it('should find a suspension on the due date itself, or after payment (suspension-without-ground)', () => {
    const early = check([due, { type: 'company.suspension', date: '2026-03-10', ground: 'art-12-p3' }], '2026-03-20');
    expect(early.findings).toEqual([
      expect.objectContaining({ code: 'suspension-without-ground', severity: 'violation', date: '2026-03-11' }),
      expect.objectContaining({ code: 'fees-continue', severity: 'info', clause: 'art-22-p2', date: '2026-03-10' }),
    ]);
    const paid: InputEvent[] = [due, { type: 'payment.made', invoice: 'inv-1', date: '2026-03-12', amount: 33000 }, { type: 'company.suspension', date: '2026-03-12', ground: 'art-12-p3' }];
    // Paid the same day: the payment is taken first (second edition), and the checker says so.
    expect(codes(check(paid, '2026-03-20'))).toEqual(['suspension-without-ground', 'same-day-order', 'fees-continue']);
  });

  it('should record a ground it cannot verify as asserted (ground-asserted), citing the ground', () => {
    const r = check([{ type: 'company.termination', date: '2026-04-11', ground: 'art-15-p1-i1' }], '2026-05-01');
    expect(r.findings).toEqual([expect.objectContaining({ code: 'ground-asserted', severity: 'info', clause: 'art-15-p1-i1' })]);
    expect(r.findings[0]?.message).toContain('第15条（当社からの利用契約の解約）第１項第１号');
  });

  it('should accept a ground written as the paragraph of a single-paragraph article', () => {
    const r = check([{ type: 'company.termination', date: '2026-04-11', ground: 'art-16-p1' }], '2026-05-01');
    expect(r.findings[0]).toMatchObject({ code: 'ground-asserted', clause: 'art-16' });
  });
});

describe('terms change and discontinuation notices (第４条２, 第16条)', () => {
  it('should accept a change notified exactly one month before (periods.md: 2026-11-30 → 2027-01-01)', () => {
    expect(check([{ type: 'terms.change.notice', date: '2026-11-30', effectiveDate: '2027-01-01' }], '2026-12-01').findings).toEqual([]);
  });

  it('should find a change notified too late (notice-too-late) with the earliest timely effective date', () => {
    const r = check([{ type: 'terms.change.notice', date: '2026-12-01', effectiveDate: '2027-01-01', urgent: false }], '2026-12-02');
    expect(r.findings).toEqual([expect.objectContaining({ code: 'notice-too-late', severity: 'violation', clause: 'art-4-p2', date: '2027-01-02', event: 1 })]);
  });

  it('should excuse an urgent change', () => {
    expect(check([{ type: 'terms.change.notice', date: '2026-12-20', effectiveDate: '2027-01-01', urgent: true }], '2026-12-21').findings).toEqual([]);
  });

  it('should find a discontinuation notified less than two months before 00:00 of the date, and end the contract on it', () => {
    const r = check([{ type: 'discontinuation.notice', date: '2026-10-01', discontinuationDate: '2026-12-01' }], '2026-12-02');
    expect(r).toMatchObject({ status: 'ended', endDate: '2026-12-01', endReason: 'discontinuation', endClause: 'art-16' });
    // The finest clause that states the two months: 第16条第１号.
    expect(r.findings).toEqual([expect.objectContaining({ code: 'notice-too-late', clause: 'art-16-p1-i1', date: '2026-12-02' })]);
  });

  it('should accept a discontinuation notified in time, or for force majeure', () => {
    expect(check([{ type: 'discontinuation.notice', date: '2026-09-30', discontinuationDate: '2026-12-01' }], '2026-10-01').findings).toEqual([]);
    expect(check([{ type: 'discontinuation.notice', date: '2026-11-20', discontinuationDate: '2026-12-01', forceMajeure: true }], '2026-11-21').findings).toEqual([]);
  });

  it('should not evaluate acts on the contract after its end (event-after-end)', () => {
    const r = check(
      [
        { type: 'company.termination', date: '2026-04-11', ground: 'art-15-p1-i1' },
        { type: 'terms.change.notice', date: '2026-12-01', effectiveDate: '2027-01-01' },
      ],
      '2026-12-02',
    );
    expect(r.findings.map((f) => [f.code, f.event, f.clause])).toEqual([
      ['ground-asserted', 1, 'art-15-p1-i1'],
      ['event-after-end', 2, 'art-15-p1-i1'],
    ]);
  });
});

describe('authorized-user violations (第30条２)', () => {
  const violation: InputEvent = { type: 'violation', id: 'v-1', date: '2026-05-01', by: 'authorized-user' };

  it('should allow both measures from the day after seven days have passed (periods.md: 2026-05-09)', () => {
    const r = check([violation], '2026-05-20');
    expect(r.rights.map((x) => [x.clause, x.kind, x.from, x.until, x.ref])).toEqual([
      ['art-30-p2-i1', 'suspend-user', '2026-05-09', null, 'v-1'],
      ['art-30-p2-i2', 'terminate', '2026-05-09', null, 'v-1'],
    ]);
    expect(check([violation], '2026-05-05').deadlines.find((d) => d.kind === 'cure-before-measures')).toMatchObject({ date: '2026-05-08', ref: 'v-1' });
  });

  it('should allow nothing when the violation is cured within the seven days, and stop the measures on a later cure', () => {
    expect(check([violation, { type: 'violation.cured', violation: 'v-1', date: '2026-05-08' }], '2026-05-20').rights).toEqual([]);
    const late = check([violation, { type: 'violation.cured', violation: 'v-1', date: '2026-05-12' }], '2026-05-20');
    expect(late.rights.map((x) => x.until)).toEqual(['2026-05-11', '2026-05-11']);
  });

  it('should check a suspension that cites 第30条２ against those measures', () => {
    expect(codes(check([violation, { type: 'company.suspension', date: '2026-05-09', ground: 'art-30-p2' }], '2026-05-20'))).toEqual(['fees-continue']);
    expect(codes(check([violation, { type: 'company.suspension', date: '2026-05-08', ground: 'art-30-p2' }], '2026-05-20'))).toEqual(['suspension-without-ground', 'fees-continue']);
  });
});

describe('SLA credits (第34条)', () => {
  const outage = (knownAt: string, restoredAt: string, extra: Partial<Record<'attributable' | 'total', boolean>> = {}): InputEvent => ({
    type: 'outage',
    id: 'o-1',
    knownAt,
    restoredAt,
    attributable: true,
    total: true,
    ...extra,
  });

  it('should give nothing below the 24-hour threshold, and one unit at exactly 24 hours', () => {
    expect(check([outage('2026-03-08T09:00:00+09:00', '2026-03-09T08:59:00+09:00')], '2026-03-10').credits[0]).toMatchObject({ status: 'ineligible', reason: 'below-threshold', units: 0, amount: 0, claimDeadline: null });
    expect(check([outage('2026-03-08T09:00:00+09:00', '2026-03-09T09:00:00+09:00')], '2026-03-10').credits[0]).toMatchObject({ status: 'unclaimed', units: 1, amount: 1000, hours: 24 });
  });

  it('should give nothing for an outage not attributable to the company or not total', () => {
    const long = ['2026-03-01T00:00:00+09:00', '2026-03-05T00:00:00+09:00'] as const;
    expect(check([outage(...long, { attributable: false })], '2026-03-10').credits[0]).toMatchObject({ status: 'ineligible', reason: 'not-attributable' });
    expect(check([outage(...long, { total: false })], '2026-03-10').credits[0]).toMatchObject({ status: 'ineligible', reason: 'not-total' });
  });

  it('should lose a late claim (credit-claim-late), or none by the deadline, and keep it unclaimed until then', () => {
    const o = outage('2026-03-08T09:00:00+09:00', '2026-03-10T11:30:00+09:00');
    expect(check([o], '2026-06-10').credits[0]?.status).toBe('unclaimed');
    const none = check([o], '2026-06-11');
    expect(none.credits[0]?.status).toBe('lost');
    expect(none.findings).toEqual([expect.objectContaining({ code: 'credit-claim-late', severity: 'warning', clause: 'art-34', date: '2026-06-10' })]);
    const late = check([o, { type: 'credit.claim', outage: 'o-1', date: '2026-06-11' }], '2026-06-12');
    expect(late.credits[0]).toMatchObject({ status: 'lost', claimedOn: '2026-06-11' });
    expect(codes(late)).toEqual(['credit-claim-late']);
  });

  it('should take the claim period from the date of restoredAt in Japan, whatever the offset written', () => {
    // 2026-03-09T15:30Z is 2026-03-10 00:30 in Tokyo: the period runs from 2026-03-10, as with +09:00.
    const r = check([outage('2026-03-08T00:00:00Z', '2026-03-09T15:30:00Z')], '2026-03-10');
    expect(r.credits[0]).toMatchObject({ hours: 39.5, units: 1, claimDeadline: '2026-06-10' });
  });

  it('should cap the credit at the monthly fee', () => {
    // 61 days: 61 units of 1/60 would exceed the fee.
    const r = check([outage('2026-01-01T00:00:00+09:00', '2026-03-03T00:00:00+09:00')], '2026-03-04');
    expect(r.credits[0]).toMatchObject({ units: 61, amount: 60000 });
  });

  it('should round the yen as the rule says and report which rounding was used', async () => {
    const { catalog } = await catalogOf([versionOf('2018-04-20', [['rounding: floor\ncap', 'rounding: ceil\ncap']])]);
    // A monthly fee of 100 yen: one unit is 100/60 = 1.67 yen.
    const r = resultOf(
      checkValue(
        { contract: 'K-1', events: [{ type: 'contract.formed', date: '2025-04-01', monthlyFee: 100 }, outage('2026-03-08T09:00:00+09:00', '2026-03-09T10:00:00+09:00')] },
        { index: 0, line: null },
        catalog,
        '2026-03-10',
      ),
    );
    expect(r.credits[0]).toMatchObject({ amount: 2, rounding: 'ceil' });
  });

  it('should compute amounts exactly, beyond 2^53 too', () => {
    const rule = (rounding: 'floor' | 'round' | 'ceil') => ({ creditPerUnit: { numerator: 1, denominator: 60, written: '1/60' }, rounding, cap: null });
    expect([creditAmount(1, 100, rule('floor')), creditAmount(1, 100, rule('round')), creditAmount(1, 100, rule('ceil'))]).toEqual([1, 2, 2]);
    expect([creditAmount(1, 90, rule('floor')), creditAmount(1, 90, rule('round')), creditAmount(1, 90, rule('ceil'))]).toEqual([1, 2, 2]);
    expect(creditAmount(1, 120, rule('ceil'))).toBe(2);
    const big = 1_000_000_000_000;
    expect(creditAmount(100_000, big, rule('floor'))).toBe(Number((100_000n * BigInt(big)) / 60n));
    expect(creditAmount(7, 1_000_000_000_003, rule('round'))).toBe(Number((2n * 7n * 1_000_000_000_003n + 60n) / 120n));
  });
});
