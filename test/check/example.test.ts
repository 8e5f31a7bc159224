/**
 * The checker.md example input, evaluated on several as-of dates against the real 2018 terms. Every
 * expected value below was worked out by hand from the rules (periods.md, checker.md); the reasoning is
 * in the comments so that a reviewer can redo it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkValue, type TermsCatalog } from '../../src/check/index.js';
import { catalogOf, EXAMPLE, resultOf, versionOf } from './support.js';

let catalog: TermsCatalog;
beforeAll(async () => {
  ({ catalog } = await catalogOf([versionOf('2018-04-20')]));
});

const check = (asOf: string, value: unknown = EXAMPLE) => resultOf(checkValue(value, { index: 0, line: null }, catalog, asOf));
const V = '2018-04-20';

/**
 * 第33条２ (second edition): the customer saves its business data by the last day, 2026-03-20, a duty that
 * exists from 2026-01-20, when the cancellation fixed that end.
 */
const saveData = (status: 'open' | 'expired') => ({
  clause: 'art-33-p2', version: V, kind: 'save-business-data', party: 'customer', from: '2026-01-20', due: '2026-03-20', until: null, when: null, status,
});

/** After-end duties under 第17条・第33条２・第32条７ for a contract whose last day is 2026-03-20. */
const afterEnd = (status: 'pending' | 'open', confidentiality: 'pending' | 'open' | 'expired') => [
  { clause: 'art-17-p1', version: V, kind: 'return-or-erase', party: 'customer', from: '2026-03-21', due: null, until: null, when: 'immediately', status },
  { clause: 'art-17-p2', version: V, kind: 'erase', party: 'company', from: '2026-03-21', due: null, until: null, when: 'promptly', status },
  { clause: 'art-33-p2', version: V, kind: 'delete-business-data', party: 'company', from: '2026-03-21', due: null, until: null, when: 'promptly', status },
  // One year after the service ends (第32条７): periodEnd(2026-03-20, 1 year, first day excluded) = 2027-03-20.
  { clause: 'art-32-p7', version: V, kind: 'confidentiality', party: 'both', from: '2026-03-21', due: null, until: '2027-03-20', when: null, status: confidentiality },
];

/** 第14条: the notice of 2026-01-20 needs two months, to 2026-03-20, so the desired 2026-02-28 is too early. */
const adjusted = {
  clause: 'art-14-p1',
  version: V,
  severity: 'info',
  code: 'cancellation-date-adjusted',
  event: 2,
  date: '2026-03-20',
};

describe('the checker.md example', () => {
  it('should, on 2025-12-01 (only the formation has happened), show the first term and both open deadlines', () => {
    const r = check('2025-12-01');
    expect(r).toMatchObject({ contract: 'K-0001', asOf: '2025-12-01', document: 'knet-cloud', version: V, status: 'active', endDate: null, endReason: null });
    // First term: from the formation date, first day counted (第２条(5)), one year: 2025-04-01 … 2026-03-31.
    expect(r.terms).toEqual([{ clause: 'art-13', version: V, start: '2025-04-01', end: '2026-03-31' }]);
    expect(r.deadlines).toEqual([
      // 第13条: latest notice leaving two months before the end of 2026-03-31 is 2026-01-31, a Saturday.
      { clause: 'art-13', version: V, kind: 'renewal-optout', party: 'either', date: '2026-01-31', holiday: '土曜日' },
      // 第14条: a notice arriving 2025-12-01 ends the contract two months on: periodEnd(2025-12-01, 2M) = 2026-02-01, a Sunday.
      { clause: 'art-14-p1', version: V, kind: 'cancellation-earliest-end', party: 'customer', date: '2026-02-01', holiday: '日曜日' },
    ]);
    expect([r.rights, r.credits, r.obligations, r.findings]).toEqual([[], [], [], []]);
  });

  it('should, on 2026-01-25, end the contract on 2026-03-20 because the desired date leaves less than two months', () => {
    const r = check('2026-01-25');
    expect(r).toMatchObject({ status: 'active', endDate: '2026-03-20', endReason: 'cancellation', endClause: 'art-14-p1', endVersion: V });
    // The end is fixed before the term's end (no renewal to stop) and a new notice would end later (2026-03-25).
    expect(r.deadlines).toEqual([]);
    expect(r.findings).toEqual([expect.objectContaining(adjusted)]);
    // Dates in a sentence are written as the headings write them.
    expect(r.findings[0]?.message).toContain('2026年（令和8年）3月20日が解約希望日とみなされます');
    expect(r.findings[0]?.message).not.toMatch(/\d{4}-\d{2}-\d{2}/u);
    // The duties after the end are known but have not started.
    expect(r.obligations).toEqual([saveData('open'), ...afterEnd('pending', 'pending')]);
  });

  it('should, on 2026-03-15, keep the earlier end although the timely opt-out of 2026-01-31 would end it on 2026-03-31', () => {
    const r = check('2026-03-15');
    expect(r).toMatchObject({ status: 'active', endDate: '2026-03-20', endReason: 'cancellation' });
    // inv-03 due 2026-03-10 and unpaid: suspension from the day after (第12条３) until the contract ends.
    // The termination right (from 2026-04-11) would come after the end, so it never arises.
    expect(r.rights).toEqual([{ clause: 'art-12-p3', version: V, holder: 'company', kind: 'suspend', from: '2026-03-11', until: '2026-03-20', ref: 'inv-03' }]);
    // The outage: 2026-03-08 09:00 to 2026-03-10 11:30 is 50.5 hours, two whole 24-hour units, each 1/60 of
    // 60,000 yen: 2,000 yen. The claim may be made until periodEnd(2026-03-10, 3 months) = 2026-06-10.
    expect(r.credits).toEqual([
      { clause: 'art-34', version: V, outage: 'o-1', hours: 50.5, units: 2, amount: 2000, rounding: 'floor', claimDeadline: '2026-06-10', claimedOn: null, status: 'unclaimed', reason: null },
    ]);
    expect(r.deadlines).toEqual([{ clause: 'art-34', version: V, kind: 'credit-claim', party: 'customer', date: '2026-06-10', ref: 'o-1' }]);
    // The suspension of 2026-03-11 had its ground: no finding about its ground, only that the fees stay
    // payable while it lasts (第22条２, second edition).
    expect(r.findings.map((f) => f.code)).toEqual(['cancellation-date-adjusted', 'fees-continue']);
  });

  it('should, on 2026-12-01, report the contract ended, the credit granted and every later act on it as not evaluated', () => {
    const r = check('2026-12-01');
    expect(r).toMatchObject({ status: 'ended', endDate: '2026-03-20', endReason: 'cancellation', deadlines: [] });
    expect(r.terms).toHaveLength(1);
    // Claimed 2026-05-01, before 2026-06-10: granted (a claim survives the contract's end).
    expect(r.credits[0]).toMatchObject({ status: 'granted', claimedOn: '2026-05-01', amount: 2000 });
    expect(r.obligations).toEqual([saveData('expired'), ...afterEnd('open', 'open')]);
    // In date order: the adjusted cancellation, then the termination (04-11), the violation (05-01), the
    // discontinuation notice (10-01) and the terms change notice (11-30), all after 2026-03-20.
    expect(r.findings.map((f) => [f.code, f.event])).toEqual([
      ['cancellation-date-adjusted', 2],
      ['fees-continue', 11],
      ['event-after-end', 12],
      ['event-after-end', 7],
      ['event-after-end', 10],
      ['event-after-end', 9],
    ]);
  });

  it('should, on 2027-04-01, show confidentiality expired after its year', () => {
    const r = check('2027-04-01');
    expect(r.obligations.at(-1)).toMatchObject({ kind: 'confidentiality', until: '2027-03-20', status: 'expired' });
  });

  it('should, without the cancellation and the opt-out, find the termination of 2026-04-11 without ground because inv-03 was paid on 2026-04-02', () => {
    const events = EXAMPLE.events.filter((e) => e.type !== 'cancellation.notice' && e.type !== 'renewal.optout');
    const r = check('2026-12-01', { contract: 'K-0001', events });
    // The termination ends the contract on its date even though it was a violation.
    expect(r).toMatchObject({ status: 'ended', endDate: '2026-04-11', endReason: 'company-termination', endClause: 'art-15-p1-i8' });
    // Paid on 2026-04-02, so the suspension right ran 2026-03-11 … 2026-04-01 and the termination right never arose.
    expect(r.rights).toEqual([{ clause: 'art-12-p3', version: V, holder: 'company', kind: 'suspend', from: '2026-03-11', until: '2026-04-01', ref: 'inv-03' }]);
    // Without events 1 and 2 every later index moves down by two: the termination is events[10].
    const termination = r.findings.find((f) => f.event === 10);
    expect(termination).toMatchObject({ clause: 'art-15-p1-i8', severity: 'violation', code: 'termination-without-ground' });
    expect(r.findings.filter((f) => f.code === 'event-after-end').map((f) => f.event)).toEqual([5, 8, 7]);
  });
});
