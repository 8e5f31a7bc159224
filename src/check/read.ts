/**
 * Reads one input contract (any JSON value) into a ReadContract, or reports every problem in it, each
 * naming the contract, the event's index and the field. Never throws on bad input.
 */
import type { ValidateFunction } from 'ajv';
import { dateInTokyo, isIsoDate, parseTimestamp } from '../period/index.js';
import { validatorFor } from '../schema/ajv.js';
import type { CheckEvent, CheckEventOf, ReadContract } from './contract.js';
import { sortByDate } from './dates.js';
import { memoizeDate } from './memo.js';
import { describeSchemaError, inputProblem, isRecord, quote } from './problems.js';
import { ContractEnvelope, EVENT_VALIDATION_SCHEMAS, TIME_FIELDS, type EventType, type InputEventOf, type InputProblem } from './schema.js';
import type { TermsCatalog } from './terms.js';

let envelope: ValidateFunction | undefined;

/** The outcome of reading a contract. */
export type ReadResult =
  | { ok: true; contract: ReadContract }
  | { ok: false; contract: string | null; problems: InputProblem[] };

/** Years outside this range are typing mistakes, and keep every period the checker computes in range. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

/**
 * Whether a string is a real date the checker accepts; `YYYY-MM-DD` shape is checked by the schema.
 * @param value a `YYYY-MM-DD` string
 * @returns null when it is, else the problem text
 */
export function dateProblem(value: string): string | null {
  return dateProblemMemo(value);
}

const dateProblemMemo = memoizeDate((value: string): string | null => {
  if (!isIsoDate(value)) return `${value} は実在しない日付です / not a real date`;
  const year = Number(value.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) return `${value}: ${FIRST_YEAR}〜${LAST_YEAR}年の日付にしてください / year out of range`;
  return null;
});

/**
 * Reads one contract.
 * @param value the contract as parsed from JSON
 * @param fallbackLabel how messages name the contract when it has no readable id (`行 12`, `契約[3]`); a
 *   function is called only then (most contracts have an id, and the label would be made for nothing)
 * @param catalog the terms: a contract must be formed while a version is in force, and the grounds it
 *   cites must be clauses of the version in force on their date
 * @returns the contract, or every problem found in it
 */
export function readContract(value: unknown, fallbackLabel: string | (() => string), catalog: TermsCatalog): ReadResult {
  const id = isRecord(value) && typeof value['contract'] === 'string' && value['contract'] !== '' ? value['contract'] : null;
  const label = id ?? (typeof fallbackLabel === 'string' ? fallbackLabel : fallbackLabel());
  const problems: InputProblem[] = [];
  const fail = (): ReadResult => ({ ok: false, contract: id, problems });
  if (!isRecord(value)) {
    problems.push(inputProblem(label, null, null, `契約は JSON オブジェクトでなければなりません（${quote(value)}）/ a contract must be a JSON object`));
    return fail();
  }
  envelope ??= validatorFor(ContractEnvelope);
  if (!envelope(value)) {
    for (const error of envelope.errors ?? []) {
      const { field, text } = describeSchemaError(error, value);
      problems.push(inputProblem(label, null, field, text));
    }
    return fail();
  }
  const raw = value['events'] as unknown[];
  const events: CheckEvent[] = [];
  // Ids are collected from every event that has one, valid or not, so that a broken payment.due does
  // not also make each payment.made of it "unknown".
  const ids = { invoice: new Map<string, number>(), outage: new Map<string, number>(), violation: new Map<string, number>() };
  let formedAt = -1;
  let first: CheckEventOf<'contract.formed'> | undefined;
  for (let i = 0; i < raw.length; i++) {
    const e = raw[i];
    const event = readEvent(e, i, label, problems);
    if (event) events.push(event);
    if (isRecord(e) && e['type'] === 'contract.formed') {
      if (formedAt === -1) {
        formedAt = i;
        if (event?.type === 'contract.formed') first = event;
      } else {
        problems.push(inputProblem(label, i, 'type', `contract.formed は1つだけです（events[${formedAt}] にもあります）/ more than one contract.formed`));
      }
    }
    collectId(e, i, ids, label, problems);
  }
  if (formedAt === -1) problems.push(inputProblem(label, null, 'events', 'contract.formed がありません / no contract.formed event'));
  if (first && !catalog.at(first.date)) {
    const earliest = catalog.versions[0]?.effective ?? '—';
    problems.push(
      inputProblem(label, first.index, 'date', `${first.date} に効力のある規約の版がありません（最初の版は ${earliest} から）/ no version of the terms in force on this date`),
    );
  }
  checkReferences(raw, ids, label, problems);
  if (first) checkRelations(events, first.date, ids, raw, label, catalog, problems);
  if (problems.length || !first) {
    // Contract-level problems first, then by event, each event's in the order found.
    problems.sort((a, b) => (a.event ?? -1) - (b.event ?? -1));
    return fail();
  }
  // Events were added in input order: a stable sort keeps the events of one day in it.
  sortByDate(events, (e) => e.date);
  return { ok: true, contract: { id: label, formed: first, events } };
}

function readEvent(value: unknown, index: number, label: string, problems: InputProblem[]): CheckEvent | undefined {
  if (!isRecord(value)) {
    problems.push(inputProblem(label, index, null, `イベントは JSON オブジェクトでなければなりません（${quote(value)}）/ an event must be a JSON object`));
    return undefined;
  }
  const type = value['type'];
  if (type === undefined) {
    problems.push(inputProblem(label, index, 'type', 'がありません / missing'));
    return undefined;
  }
  const reader = readerOf(type);
  if (!reader) {
    problems.push(inputProblem(label, index, 'type', `${quote(type)} は不明なイベント種別です / unknown event type`));
    return undefined;
  }
  const before = problems.length;
  const { validate, dates, instants } = reader;
  let wrong: Set<string> | undefined;
  if (!validate(value)) {
    wrong = new Set();
    for (const error of validate.errors ?? []) {
      const { field, text } = describeSchemaError(error, value);
      if (field !== null) wrong.add(field);
      problems.push(inputProblem(label, index, field, text));
    }
  }
  // Fields that have the right shape are checked for real dates even when another field is wrong, so
  // that one run reports every problem.
  for (const field of dates) {
    const v = value[field];
    if (typeof v !== 'string' || wrong?.has(field)) continue;
    const problem = dateProblem(v);
    if (problem) problems.push(inputProblem(label, index, field, problem));
  }
  const read: number[] = instants.length ? [] : NO_INSTANTS;
  for (const field of instants) {
    const v = value[field];
    if (typeof v !== 'string' || wrong?.has(field)) continue;
    const ms = parseTimestamp(v);
    const problem = ms === null ? `${v} は実在しない日時です / not a real date and time` : dateProblem(dateInTokyo(ms));
    if (problem) problems.push(inputProblem(label, index, field, problem));
    read.push(ms ?? 0);
  }
  if (problems.length !== before) return undefined;
  const event = normalize(value as unknown as InputEventOf[EventType], index, read);
  // `at` is the only timestamp of the events that may carry it (not outages).
  if (typeof value['at'] === 'string' && event.type !== 'outage') event.at = read[0] ?? 0;
  return event;
}

/** How to read an event of one type: its validator and its date and timestamp fields. */
interface EventReader {
  validate: ValidateFunction;
  dates: readonly string[];
  instants: readonly string[];
}

/** The reader of an event type, or undefined for an unknown type; kept here, one lookup per event. */
function readerOf(type: unknown): EventReader | undefined {
  let reader = typeof type === 'string' ? byType.get(type) : undefined;
  if (!reader && typeof type === 'string' && Object.hasOwn(EVENT_VALIDATION_SCHEMAS, type)) {
    reader = { validate: validatorFor(EVENT_VALIDATION_SCHEMAS[type as EventType]), ...TIME_FIELDS[type as EventType] };
    byType.set(type, reader);
  }
  return reader;
}
const byType = new Map<string, EventReader>();
const NO_INSTANTS: number[] = [];

/**
 * Builds the normalized event from a valid one, defaults filled in.
 * @param instants the event's timestamps in TIME_FIELDS order, as read by readEvent
 */
function normalize(e: InputEventOf[EventType], index: number, instants: readonly number[]): CheckEvent {
  switch (e.type) {
    case 'contract.formed':
      return { type: e.type, index, date: e.date, monthlyFee: e.monthlyFee, termMonths: e.termMonths ?? null };
    case 'renewal.optout':
      return { type: e.type, index, date: e.date, by: e.by };
    case 'cancellation.notice':
      return { type: e.type, index, date: e.date, desiredDate: e.desiredDate === undefined ? null : e.desiredDate };
    case 'payment.due':
      return { type: e.type, index, date: e.date, id: e.id, amount: e.amount };
    case 'payment.made':
      return { type: e.type, index, date: e.date, invoice: e.invoice, amount: e.amount };
    case 'outage': {
      const [knownAt = 0, restoredAt = 0] = instants;
      return {
        type: e.type,
        index,
        date: dateInTokyo(knownAt),
        id: e.id,
        knownAt,
        restoredAt,
        restoredDate: dateInTokyo(restoredAt),
        attributable: e.attributable,
        total: e.total,
      };
    }
    case 'credit.claim':
      return { type: e.type, index, date: e.date, outage: e.outage };
    case 'violation':
      return { type: e.type, index, date: e.date, id: e.id };
    case 'violation.cured':
      return { type: e.type, index, date: e.date, violation: e.violation };
    case 'terms.change.notice':
      return { type: e.type, index, date: e.date, effectiveDate: e.effectiveDate, urgent: e.urgent ?? false };
    case 'discontinuation.notice':
      return {
        type: e.type,
        index,
        date: e.date,
        discontinuationDate: e.discontinuationDate,
        forceMajeure: e.forceMajeure ?? false,
      };
    case 'company.suspension':
      return { type: e.type, index, date: e.date, ground: e.ground, cause: e.cause ?? 'unpaid-fees' };
    case 'company.termination':
      return { type: e.type, index, date: e.date, ground: e.ground };
  }
}

type IdMaps = Record<'invoice' | 'outage' | 'violation', Map<string, number>>;

const DEFINES: Partial<Record<string, keyof IdMaps>> = { 'payment.due': 'invoice', outage: 'outage', violation: 'violation' };
const NOUN: Record<keyof IdMaps, [string, string]> = { invoice: ['請求', 'invoice'], outage: ['障害', 'outage'], violation: ['違反', 'violation'] };

function collectId(value: unknown, index: number, ids: IdMaps, label: string, problems: InputProblem[]): void {
  if (!isRecord(value) || typeof value['type'] !== 'string' || typeof value['id'] !== 'string') return;
  const kind = DEFINES[value['type']];
  if (!kind) return;
  const id = value['id'];
  const earlier = ids[kind].get(id);
  if (earlier === undefined) ids[kind].set(id, index);
  else problems.push(inputProblem(label, index, 'id', `${quote(id)} は events[${earlier}] でも使われています / duplicate id`));
}

/** References to ids no event defines (checked on every event that names one, valid or not). */
function checkReferences(raw: readonly unknown[], ids: IdMaps, label: string, problems: InputProblem[]): void {
  for (let i = 0; i < raw.length; i++) {
    const e = raw[i];
    const refers = isRecord(e) && typeof e['type'] === 'string' ? REFERS[e['type']] : undefined;
    const ref = refers && (e as Record<string, unknown>)[refers];
    if (refers && typeof ref === 'string' && !ids[refers].has(ref)) {
      problems.push(inputProblem(label, i, refers, `${NOUN[refers][0]} ${quote(ref)} がありません / unknown ${NOUN[refers][1]} id`));
    }
  }
}

const REFERS: Partial<Record<string, keyof IdMaps>> = { 'payment.made': 'invoice', 'credit.claim': 'outage', 'violation.cured': 'violation' };

/**
 * What one event alone cannot show: dates out of order (before the contract was formed, a cure before
 * its violation, a claim before the outage ended, a date field before its own event) and grounds that
 * are not clauses of the version in force. The order of the events in the array is free.
 */
function checkRelations(
  events: readonly CheckEvent[],
  formedOn: string,
  ids: IdMaps,
  raw: readonly unknown[],
  label: string,
  catalog: TermsCatalog,
  problems: InputProblem[],
): void {
  const byIndex: Array<CheckEvent | undefined> = [];
  for (const e of events) byIndex[e.index] = e;
  const target = (kind: keyof IdMaps, ref: string): CheckEvent | undefined => {
    const at = ids[kind].get(ref);
    return at === undefined ? undefined : byIndex[at];
  };
  const notBefore = (e: CheckEvent, field: string, value: string, limit: string, ja: string, en: string): void => {
    if (value < limit) problems.push(inputProblem(label, e.index, field, `${value} は${ja}（${limit}）より前です / out of order: before ${en}`));
  };
  for (const e of events) {
    if (e.type === 'contract.formed') continue;
    const dateField = e.type === 'outage' ? 'knownAt' : 'date';
    if (e.at !== undefined && dateInTokyo(e.at) !== e.date) {
      problems.push(inputProblem(label, e.index, 'at', `${dateInTokyo(e.at)}（日本時間）の日時で、この出来事の日付 ${e.date} と異なります / not on the event's date in Japan`));
    }
    if (e.date < formedOn) {
      problems.push(inputProblem(label, e.index, dateField, `${e.date} は契約成立日（${formedOn}）より前です / out of order: before the contract was formed`));
    }
    switch (e.type) {
      case 'credit.claim': {
        const outage = target('outage', e.outage);
        if (outage?.type === 'outage') notBefore(e, 'date', e.date, outage.restoredDate, `障害 ${e.outage} の復旧日`, 'the outage was restored');
        break;
      }
      case 'violation.cured': {
        const violation = target('violation', e.violation);
        if (violation) notBefore(e, 'date', e.date, violation.date, `違反 ${e.violation} の日`, 'the violation');
        break;
      }
      case 'outage':
        if (e.restoredAt < e.knownAt) {
          problems.push(inputProblem(label, e.index, 'restoredAt', `${quote((raw[e.index] as Record<string, unknown>)['restoredAt'])} は knownAt より前です / out of order: before knownAt`));
        }
        break;
      case 'cancellation.notice':
        if (e.desiredDate !== null) notBefore(e, 'desiredDate', e.desiredDate, e.date, '通知の到達日', 'the notice arrived');
        break;
      case 'terms.change.notice':
        notBefore(e, 'effectiveDate', e.effectiveDate, e.date, '通知日', 'the notice');
        break;
      case 'discontinuation.notice':
        notBefore(e, 'discontinuationDate', e.discontinuationDate, e.date, '通知日', 'the notice');
        break;
      case 'company.suspension':
      case 'company.termination': {
        const version = catalog.at(e.date);
        const clause = version?.clauses.get(e.ground);
        if (version && !clause) {
          problems.push(inputProblem(label, e.index, 'ground', `${e.ground} は ${version.version} 版の規約にない条項です / no such clause in the version in force`));
        } else if (clause) {
          // Cited form, so that art-13 and art-13-p1 name the same ground.
          e.ground = clause.id;
        }
        break;
      }
      default:
        break;
    }
  }
}
