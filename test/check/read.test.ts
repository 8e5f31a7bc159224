/**
 * Bad input: every problem names the contract, the event's index and the field; all problems of a
 * contract are reported together; nothing ever throws. Fuzzed with fast-check.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLine, checkValue, readContract, type ContractError, type TermsCatalog } from '../../src/check/index.js';
import { catalogOf, contract, EXAMPLE, versionOf } from './support.js';

let catalog: TermsCatalog;
beforeAll(async () => {
  ({ catalog } = await catalogOf([versionOf('2018-04-20')]));
});

/** The problems of a contract that must be invalid. */
function problems(value: unknown): ContractError['errors'] {
  const outcome = checkValue(value, { index: 4, line: null }, catalog, '2026-12-01');
  if (outcome.status !== 'invalid') throw new Error('expected the contract to be invalid');
  return outcome.errors;
}
const messages = (value: unknown) => problems(value).map((p) => p.message);

describe('reading a contract', () => {
  it('should read the checker.md example', () => {
    const read = readContract(EXAMPLE, 'x', catalog);
    expect(read.ok).toBe(true);
  });

  it('should name the contract, the event index and the field of an impossible date', () => {
    expect(problems(contract('2025-04-01', [{ type: 'payment.due', id: 'i', date: '2026-02-30', amount: 1 }]))).toEqual([
      { path: 'events[1].date', event: 1, field: 'date', message: 'K-0001 events[1].date: 2026-02-30 は実在しない日付です / not a real date' },
    ]);
  });

  it('should report every problem of a contract together, contract-level first', () => {
    const value = {
      contract: 'K-0009',
      events: [
        { type: 'contract.formed', date: '2025-04-01', monthlyFee: -1 },
        { type: 'outage.big', date: '2026-01-01' },
        { type: 'renewal.optout', date: '2026/01/01', by: 'nobody', extra: 1 },
        { type: 'cancellation.notice' },
        'not an object',
      ],
    };
    expect(messages(value)).toEqual([
      'K-0009 events[0].monthlyFee: -1 は 0 以上でなければなりません / must be >= 0',
      'K-0009 events[1].type: "outage.big" は不明なイベント種別です / unknown event type',
      'K-0009 events[2].extra: 不明なフィールドです / unknown field',
      'K-0009 events[2].date: "2026/01/01" はYYYY-MM-DD 形式の日付ではありません / not a YYYY-MM-DD date',
      'K-0009 events[2].by: "nobody" は次のいずれかでなければなりません: customer, company / must be one of customer, company',
      'K-0009 events[3].date: がありません / missing',
      'K-0009 events[4]: イベントは JSON オブジェクトでなければなりません（"not an object"）/ an event must be a JSON object',
    ]);
  });

  it('should require exactly one contract.formed, in force under some version', () => {
    expect(messages({ contract: 'K', events: [{ type: 'renewal.optout', date: '2026-01-01', by: 'customer' }] })).toEqual([
      'K events: contract.formed がありません / no contract.formed event',
    ]);
    expect(messages({ contract: 'K', events: [contract('2025-04-01').events[0], contract('2025-05-01').events[0]] })).toEqual([
      'K events[1].type: contract.formed は1つだけです（events[0] にもあります）/ more than one contract.formed',
    ]);
    expect(messages(contract('2017-01-01'))).toEqual([
      'K-0001 events[0].date: 2017-01-01 に効力のある規約の版がありません（最初の版は 2018-04-20 から）/ no version of the terms in force on this date',
    ]);
  });

  it('should reject references to unknown ids and duplicate ids', () => {
    const value = contract('2025-04-01', [
      { type: 'payment.made', invoice: 'inv-9', date: '2026-01-01', amount: 1 },
      { type: 'credit.claim', outage: 'o-9', date: '2026-01-01' },
      { type: 'violation.cured', violation: 'v-9', date: '2026-01-01' },
      { type: 'payment.due', id: 'inv-1', date: '2026-01-01', amount: 1 },
      { type: 'payment.due', id: 'inv-1', date: '2026-02-01', amount: 1 },
    ]);
    expect(messages(value)).toEqual([
      'K-0001 events[1].invoice: 請求 "inv-9" がありません / unknown invoice id',
      'K-0001 events[2].outage: 障害 "o-9" がありません / unknown outage id',
      'K-0001 events[3].violation: 違反 "v-9" がありません / unknown violation id',
      'K-0001 events[5].id: "inv-1" は events[4] でも使われています / duplicate id',
    ]);
  });

  it('should reject events out of order, whatever their order in the array', () => {
    const value = contract('2025-04-01', [
      { type: 'renewal.optout', date: '2025-03-31', by: 'customer' },
      { type: 'outage', id: 'o-1', knownAt: '2026-03-10T09:00:00+09:00', restoredAt: '2026-03-08T09:00:00+09:00', attributable: true, total: true },
      { type: 'outage', id: 'o-2', knownAt: '2026-03-08T09:00:00+09:00', restoredAt: '2026-03-10T09:00:00+09:00', attributable: true, total: true },
      { type: 'credit.claim', outage: 'o-2', date: '2026-03-09' },
      { type: 'violation', id: 'v-1', date: '2026-05-01', by: 'authorized-user' },
      { type: 'violation.cured', violation: 'v-1', date: '2026-04-30' },
      { type: 'cancellation.notice', date: '2026-05-01', desiredDate: '2026-04-01' },
      { type: 'terms.change.notice', date: '2026-05-01', effectiveDate: '2026-04-30' },
      { type: 'discontinuation.notice', date: '2026-05-01', discontinuationDate: '2026-04-30' },
    ]);
    expect(messages(value)).toEqual([
      'K-0001 events[1].date: 2025-03-31 は契約成立日（2025-04-01）より前です / out of order: before the contract was formed',
      'K-0001 events[2].restoredAt: "2026-03-08T09:00:00+09:00" は knownAt より前です / out of order: before knownAt',
      'K-0001 events[4].date: 2026-03-09 は障害 o-2 の復旧日（2026-03-10）より前です / out of order: before the outage was restored',
      'K-0001 events[6].date: 2026-04-30 は違反 v-1 の日（2026-05-01）より前です / out of order: before the violation',
      'K-0001 events[7].desiredDate: 2026-04-01 は通知の到達日（2026-05-01）より前です / out of order: before the notice arrived',
      'K-0001 events[8].effectiveDate: 2026-04-30 は通知日（2026-05-01）より前です / out of order: before the notice',
      'K-0001 events[9].discontinuationDate: 2026-04-30 は通知日（2026-05-01）より前です / out of order: before the notice',
    ]);
  });

  it('should reject timestamps without an offset or that do not exist, and grounds that are not clauses of the version', () => {
    const value = contract('2025-04-01', [
      { type: 'outage', id: 'o-1', knownAt: '2026-03-08T09:00:00', restoredAt: '2026-02-30T09:00:00+09:00', attributable: true, total: true },
      { type: 'company.termination', date: '2026-04-01', ground: 'art-99' },
    ]);
    expect(messages(value)).toEqual([
      'K-0001 events[1].knownAt: "2026-03-08T09:00:00" はオフセット付きの ISO 8601 日時（2026-03-08T09:00:00+09:00）ではありません / not an ISO 8601 timestamp with an offset',
      'K-0001 events[1].restoredAt: 2026-02-30T09:00:00+09:00 は実在しない日時です / not a real date and time',
      'K-0001 events[2].ground: art-99 は 2018-04-20 版の規約にない条項です / no such clause in the version in force',
    ]);
  });

  it('should name a contract without a readable id by its place in the batch', () => {
    expect(messages([1, 2])).toEqual(['契約[4]: 契約は JSON オブジェクトでなければなりません（[1,2]）/ a contract must be a JSON object']);
    expect(messages({ events: [] })).toEqual(['契約[4] contract: がありません / missing', '契約[4] events: 空にはできません / must not be empty']);
    const line = checkLine('{"contract": ', { index: 0, line: 7 }, catalog, '2026-12-01') as ContractError;
    expect(line).toMatchObject({ contract: null, status: 'invalid', index: 0, line: 7 });
    expect(line.errors[0]?.message).toMatch(/^行 7: JSON として読めません \/ not valid JSON: /u);
  });

  it('should never throw, and position every problem, for arbitrary JSON', () => {
    const eventLike = fc.record(
      {
        type: fc.constantFrom('contract.formed', 'payment.due', 'payment.made', 'outage', 'credit.claim', 'violation', 'company.termination', 'x'),
        date: fc.oneof(fc.constantFrom('2025-04-01', '2026-02-30', '2999-12-31', '1900-01-01', '9999-12-31'), fc.string()),
        id: fc.constantFrom('a', 'b', ''),
        invoice: fc.constantFrom('a', 'b'),
        outage: fc.constantFrom('a', 'b'),
        monthlyFee: fc.oneof(fc.integer(), fc.double()),
        amount: fc.integer({ min: -5, max: 5 }),
        knownAt: fc.constantFrom('2026-03-08T09:00:00+09:00', '2026-03-08T09:00:00Z', 'x'),
        restoredAt: fc.constantFrom('2026-03-10T09:00:00+09:00', '2999-12-31T23:59:59-12:00'),
        attributable: fc.boolean(),
        total: fc.anything(),
        ground: fc.constantFrom('art-12-p3', 'art-15-p1-i8', 'art-99', 'art-13'),
        termMonths: fc.integer({ min: 0, max: 1300 }),
      },
      { requiredKeys: ['type'] },
    );
    const contracts = fc.oneof(
      fc.jsonValue(),
      fc.record({ contract: fc.oneof(fc.string(), fc.jsonValue()), events: fc.array(fc.oneof(eventLike, fc.jsonValue()), { maxLength: 8 }) }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(contracts, fc.constantFrom('2018-04-20', '2026-12-01', '2999-12-31'), (value, asOf) => {
        const outcome = checkValue(value, { index: 2, line: null }, catalog, asOf);
        if (outcome.status !== 'invalid') return;
        expect(outcome.errors.length).toBeGreaterThan(0);
        const label = typeof (value as { contract?: unknown })?.contract === 'string' && (value as { contract: string }).contract !== '' ? (value as { contract: string }).contract : '契約[2]';
        for (const e of outcome.errors) {
          expect(e.message.startsWith(`${label}${e.path ? ` ${e.path}` : ''}: `)).toBe(true);
          if (e.event !== null) expect(e.path.startsWith(`events[${e.event}]`)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('should never throw for arbitrary lines of text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant(JSON.stringify(EXAMPLE).slice(0, 200))), (text) => {
        const outcome = checkLine(text, { index: 0, line: 1 }, catalog, '2026-12-01');
        expect(['invalid', 'active', 'ended', 'pending']).toContain(outcome.status);
      }),
      { numRuns: 400 },
    );
  });
});
