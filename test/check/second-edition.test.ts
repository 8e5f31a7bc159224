/**
 * The second edition of the checker spec ("Additions"), rule by rule, with the cases quoted in issue 15.
 * Every figure comes from the rule set: the tests that edit an annotation show the rule is read, not
 * written in the checker.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkValue, prepareTerms, renderText, type CheckResult, type InputEvent, type TermsCatalog } from '../../src/check/index.js';
import { compileProject } from '../../src/project/compile-all.js';
import { catalogOf, contract, resultOf, versionOf, writeTermsProject } from './support.js';
import { join } from 'node:path';

let real: TermsCatalog;
beforeAll(async () => {
  ({ catalog: real } = await catalogOf([versionOf('2018-04-20')]));
});

const check = (events: InputEvent[], asOf: string, catalog = real, formed = '2025-04-01', extra: Record<string, unknown> = {}): CheckResult =>
  resultOf(checkValue(contract(formed, events, 'K-0001', extra), { index: 0, line: null }, catalog, asOf));
const codes = (r: CheckResult) => r.findings.map((f) => f.code);
const ISO_DATE = /\d{4}-\d{2}-\d{2}/u;

describe('redundant opt-outs (第13条)', () => {
  it('should end a 4-month contract formed 2024-12-31 on 2025-04-30 and say nothing of a renewal (the quoted case)', () => {
    const r = check(
      [
        { type: 'renewal.optout', date: '2025-02-28', by: 'customer' },
        { type: 'renewal.optout', date: '2025-03-02', by: 'customer' },
      ],
      '2025-03-10',
      real,
      '2024-12-31',
      { termMonths: 4 },
    );
    expect(r).toMatchObject({ endDate: '2025-04-30', endReason: 'renewal-optout', endClause: 'art-13' });
    expect(codes(r)).not.toContain('optout-too-late');
    expect(JSON.stringify(r)).not.toContain('自動更新');
    expect(renderText(r, real)).not.toContain('自動更新');
  });

  it('should ignore an opt-out after a cancellation fixed an earlier end, and after the company terminated', () => {
    const cancelled = check(
      [
        { type: 'cancellation.notice', date: '2026-01-05', desiredDate: '2026-03-10' },
        { type: 'renewal.optout', date: '2026-02-15', by: 'customer' },
      ],
      '2026-02-20',
    );
    expect(cancelled.endDate).toBe('2026-03-10');
    expect(codes(cancelled)).toEqual([]);
    const terminated = check(
      [
        { type: 'company.termination', date: '2026-02-10', ground: 'art-15-p1-i2' },
        { type: 'renewal.optout', date: '2026-02-10', by: 'customer' },
      ],
      '2026-02-20',
    );
    expect(codes(terminated)).toEqual(['ground-asserted']);
  });

  it('should still warn of a late opt-out when nothing ends the term, saying the contract renews the day after', () => {
    const r = check([{ type: 'renewal.optout', date: '2026-02-01', by: 'customer' }], '2026-02-02');
    expect(r.findings).toEqual([expect.objectContaining({ code: 'optout-too-late', severity: 'warning', event: 1, date: '2026-01-31', clause: 'art-13' })]);
    expect(r.findings[0]?.message).toContain('利用契約は2026年（令和8年）4月1日から自動更新されます');
  });

  it('should not say the contract renews when a later event ends it on or before that term’s last day', () => {
    const r = check(
      [
        { type: 'renewal.optout', date: '2026-02-01', by: 'customer' },
        { type: 'discontinuation.notice', date: '2026-02-05', discontinuationDate: '2026-03-31', forceMajeure: true },
      ],
      '2026-02-10',
    );
    expect(r.endDate).toBe('2026-03-31');
    expect(r.findings[0]).toMatchObject({ code: 'optout-too-late' });
    expect(r.findings[0]?.message).not.toContain('自動更新');
    expect(r.findings[0]?.message).toContain('2026年（令和8年）3月31日に終了します');
  });
});

describe('events on the same day', () => {
  const violation: InputEvent = { type: 'violation', id: 'v-1', date: '2026-05-01', by: 'authorized-user' };

  it('should take a cure on the day the 第30条２ right arises before a termination that day, and say so (the quoted case)', () => {
    const r = check(
      [violation, { type: 'violation.cured', violation: 'v-1', date: '2026-05-09' }, { type: 'company.termination', date: '2026-05-09', ground: 'art-30-p2' }],
      '2026-05-20',
    );
    const [breach, order] = r.findings;
    expect(breach).toMatchObject({ code: 'termination-without-ground', severity: 'violation', clause: 'art-30-p2', event: 3, date: '2026-05-09' });
    // The message no longer says there was no violation at all: it names the cure of that day.
    expect(breach?.message).toContain('違反 v-1 は同日に是正されており');
    expect(breach?.message).not.toContain('是正されていない違反はありません');
    expect(breach?.message).toContain('当社は同日において解除権を有していません');
    expect(order).toMatchObject({ code: 'same-day-order', severity: 'info', event: 3, date: '2026-05-09' });
    expect(order?.message).toContain('events[2]');
    expect(order?.message).toContain('events[3]');
    expect(r.endDate).toBe('2026-05-09');
  });

  it('should order the two by their times when both carry `at`', () => {
    const cure = (at: string): InputEvent => ({ type: 'violation.cured', violation: 'v-1', date: '2026-05-09', at });
    const termination = (at: string): InputEvent => ({ type: 'company.termination', date: '2026-05-09', ground: 'art-30-p2-i2', at });
    // Terminated at 09:00, cured at 15:00: the right stood when the company acted.
    const first = check([violation, cure('2026-05-09T15:00:00+09:00'), termination('2026-05-09T09:00:00+09:00')], '2026-05-20');
    expect(codes(first)).toEqual([]);
    // Cured at 08:00 (23:00 the day before in UTC), terminated at 09:00: no right, and no doubt about the order.
    const second = check([violation, cure('2026-05-08T23:00:00Z'), termination('2026-05-09T09:00:00+09:00')], '2026-05-20');
    expect(codes(second)).toEqual(['termination-without-ground']);
    expect(second.findings[0]?.message).toContain('その時刻は当社の解除より前です');
  });

  it('should take a payment before a suspension of the same day unless both are timed', () => {
    const due: InputEvent = { type: 'payment.due', id: 'inv-1', date: '2026-03-10', amount: 33000 };
    const pay = (at?: string): InputEvent => ({ type: 'payment.made', invoice: 'inv-1', date: '2026-03-12', amount: 33000, ...(at ? { at } : {}) });
    const suspend = (at?: string): InputEvent => ({ type: 'company.suspension', date: '2026-03-12', ground: 'art-12-p3', ...(at ? { at } : {}) });
    expect(codes(check([due, suspend(), pay()], '2026-03-20'))).toEqual(['suspension-without-ground', 'same-day-order', 'fees-continue']);
    // Only one of them timed: the rule still decides.
    expect(codes(check([due, suspend('2026-03-12T10:00:00+09:00'), pay()], '2026-03-20'))).toContain('same-day-order');
    expect(codes(check([due, suspend('2026-03-12T10:00:00+09:00'), pay('2026-03-12T11:00:00+09:00')], '2026-03-20'))).toEqual(['fees-continue']);
  });

  it('should refuse an `at` that is not on the event’s date in Japan', () => {
    const outcome = checkValue(
      contract('2025-04-01', [{ type: 'violation', id: 'v-1', date: '2026-05-09', by: 'authorized-user', at: '2026-05-09T20:00:00Z' }]),
      { index: 0, line: null },
      real,
      '2026-05-20',
    );
    expect(outcome).toMatchObject({ status: 'invalid', errors: [expect.objectContaining({ path: 'events[1].at' })] });
  });
});

describe('acceleration (第15条２)', () => {
  const due: InputEvent = { type: 'payment.due', id: 'inv-1', date: '2026-03-10', amount: 33000 };
  const part: InputEvent = { type: 'payment.made', invoice: 'inv-1', date: '2026-03-20', amount: 3000 };

  it('should make every fee unpaid on the termination date due that day, one obligation per invoice', () => {
    const later: InputEvent = { type: 'payment.due', id: 'inv-2', date: '2026-04-10', amount: 33000 };
    const events = [due, part, later, { type: 'company.termination', date: '2026-04-11', ground: 'art-15-p1-i8' } as InputEvent];
    const expected = (invoice: string, amount: number, status: string) => ({
      clause: 'art-15-p2', kind: 'pay-accelerated', party: 'customer', invoice, amount, due: '2026-04-11', from: '2026-04-11', status,
    });
    const onTheDay = check(events, '2026-04-11');
    expect(onTheDay.obligations.filter((o) => o.kind === 'pay-accelerated')).toEqual([
      expect.objectContaining(expected('inv-1', 30000, 'open')),
      expect.objectContaining(expected('inv-2', 33000, 'open')),
    ]);
    const after = check(events, '2026-04-12');
    expect(after.obligations.filter((o) => o.kind === 'pay-accelerated').map((o) => o.status)).toEqual(['overdue', 'overdue']);
  });

  it('should follow an asserted ground too, but not a termination without ground', () => {
    const asserted = check([due, { type: 'company.termination', date: '2026-03-15', ground: 'art-15-p1-i2' }], '2026-03-16');
    expect(asserted.obligations.map((o) => o.kind)).toContain('pay-accelerated');
    const early = check([due, { type: 'company.termination', date: '2026-03-15', ground: 'art-15-p1-i8' }], '2026-03-16');
    expect(codes(early)).toContain('termination-without-ground');
    expect(early.obligations.map((o) => o.kind)).not.toContain('pay-accelerated');
  });

  it('should need the annotation: a version without it cannot be used by the checker', async () => {
    const dir = writeTermsProject([versionOf('2018-04-20', [[/ {3}```rule\n {3}kind: acceleration\n(?: {3}.*\n)*? {3}```\n/u, '']])]);
    const project = await compileProject(join(dir, 'terms'), dir);
    expect(() => prepareTerms(project.versions.map((v) => v.ruleSet))).toThrow(/acceleration/u);
  });
});

describe('saving business data (第33条２)', () => {
  it('should appear once an end is fixed, open until the last day and expired after it', () => {
    expect(check([], '2026-01-01').obligations).toEqual([]);
    const events: InputEvent[] = [{ type: 'cancellation.notice', date: '2026-01-05', desiredDate: '2026-03-10' }];
    const save = { clause: 'art-33-p2', kind: 'save-business-data', party: 'customer', from: '2026-01-05', due: '2026-03-10' };
    expect(check(events, '2026-03-10').obligations[0]).toMatchObject({ ...save, status: 'open' });
    expect(check(events, '2026-03-11').obligations[0]).toMatchObject({ ...save, status: 'expired' });
  });
});

describe('fees during suspension (第22条２)', () => {
  it('should note on every suspension that the fees stay payable, except what 第34条 credits', () => {
    const r = check([{ type: 'company.suspension', date: '2026-05-09', ground: 'art-12-p3', cause: 'breach' }], '2026-05-10');
    const fees = r.findings.find((f) => f.code === 'fees-continue');
    expect(fees).toMatchObject({ clause: 'art-22-p2', severity: 'info', event: 1, date: '2026-05-09', version: '2018-04-20' });
    expect(fees?.message).toContain('第34条（損害賠償の制限）に該当する場合は、同条の定めによります');
  });
});

describe('suspension causes (第12条３)', () => {
  it('should verify unpaid fees (the default cause) and record a breach as asserted', () => {
    expect(codes(check([{ type: 'company.suspension', date: '2026-05-09', ground: 'art-12-p3' }], '2026-05-10'))).toEqual(['suspension-without-ground', 'fees-continue']);
    expect(codes(check([{ type: 'company.suspension', date: '2026-05-09', ground: 'art-12-p3', cause: 'unpaid-fees' }], '2026-05-10'))).toEqual([
      'suspension-without-ground',
      'fees-continue',
    ]);
    const breach = check([{ type: 'company.suspension', date: '2026-05-09', ground: 'art-12-p3', cause: 'breach' }], '2026-05-10');
    expect(breach.findings[0]).toMatchObject({ code: 'ground-asserted', clause: 'art-12-p3', date: null });
  });

  it('should read the causes from the annotation: terms that allow only unpaid fees make a breach no ground', async () => {
    const { catalog } = await catalogOf([versionOf('2018-04-20', [['causes: [unpaid-fees, termination-ground, breach]', 'causes: [unpaid-fees]']])]);
    const r = check([{ type: 'company.suspension', date: '2026-05-09', ground: 'art-12-p3', cause: 'breach' }], '2026-05-10', catalog);
    expect(r.findings[0]).toMatchObject({ code: 'suspension-without-ground', severity: 'violation', date: null });
  });
});

describe('messages a support agent reads', () => {
  const all: InputEvent[] = [
    { type: 'payment.due', id: 'inv-1', date: '2026-03-10', amount: 33000 },
    { type: 'company.suspension', date: '2026-03-10', ground: 'art-12-p3' },
    { type: 'renewal.optout', date: '2026-02-01', by: 'customer' },
    { type: 'violation', id: 'v-1', date: '2026-05-01', by: 'authorized-user' },
    { type: 'outage', id: 'o-1', knownAt: '2026-03-08T09:00:00+09:00', restoredAt: '2026-03-10T11:30:00+09:00', attributable: true, total: true },
    { type: 'credit.claim', outage: 'o-1', date: '2026-07-01' },
    { type: 'terms.change.notice', date: '2026-12-05', effectiveDate: '2027-01-01' },
    { type: 'discontinuation.notice', date: '2026-10-01', discontinuationDate: '2026-12-01' },
    { type: 'company.termination', date: '2026-05-05', ground: 'art-30-p2-i2' },
    { type: 'cancellation.notice', date: '2026-12-03' },
  ];

  it('should write no ISO date in any message, and the formal register', () => {
    const r = check(all, '2026-12-31');
    expect(r.findings.length).toBeGreaterThan(5);
    for (const f of r.findings) expect(f.message, f.code).not.toMatch(ISO_DATE);
    const text = renderText(r, real);
    expect(text).not.toContain('持っていません');
    expect(text).not.toContain('今日');
  });

  it('should use the verb of the clause: 解除 under 第30条２第２号, 解約 under 第15条', () => {
    const rescind = check([all[3] as InputEvent, all[8] as InputEvent], '2026-05-10');
    expect(rescind.findings[0]).toMatchObject({ code: 'termination-without-ground', clause: 'art-30-p2-i2', date: '2026-05-09' });
    expect(rescind.findings[0]?.message).toContain('当社による解除は、第30条（認定利用者が利用契約に違反した場合の措置）第２項第２号を根拠としていますが、当社は同日において解除権を有していません');
    expect(renderText(rescind, real)).toContain('（当社からの解除）');
    const cancel = check([{ type: 'company.termination', date: '2026-04-11', ground: 'art-15-p1-i8' }], '2026-04-12');
    expect(cancel.findings[0]?.message).toContain('当社は同日において解約権を有していません');
  });

  it('should cite the finest clause: 第16条第１号, 第30条第２項第１号 and 第２号', () => {
    const r = check([{ type: 'discontinuation.notice', date: '2026-10-01', discontinuationDate: '2026-12-01' }, all[3] as InputEvent], '2026-11-01');
    expect(r.findings[0]).toMatchObject({ code: 'notice-too-late', clause: 'art-16-p1-i1' });
    expect(r.rights.map((x) => x.clause)).toEqual(['art-30-p2-i1', 'art-30-p2-i2']);
    const text = renderText(r, real);
    expect(text).toContain('第16条（本サービスの廃止）第１号 [art-16-p1-i1]');
    expect(text).toContain('第30条（認定利用者が利用契約に違反した場合の措置）第２項第２号 [art-30-p2-i2]');
  });

  it('should name the document by its title and version date, and the as-of date as 基準日', () => {
    const text = renderText(check([], '2026-01-15'), real);
    expect(text).toContain('時点（Knetクラウドサービス利用規約（2018年（平成30年）4月20日版）による）');
    expect(text).toContain('基準日に解約を申し出た場合');
    expect(text).not.toContain('knet-cloud');
  });

  it('should give every finding the second edition’s fields', () => {
    for (const f of check(all, '2026-12-31').findings) {
      expect(Object.keys(f).sort()).toEqual(['clause', 'code', 'date', 'event', 'message', 'severity', 'version']);
    }
  });
});
