/**
 * The first pass over a contract's events, in date order: when and why the contract ends (the earliest
 * fixed end wins), the findings about notices, and what later passes need (invoices, outages, claims,
 * violations, the company's actions). Events after the end that act on the contract are not evaluated.
 */
import type { CheckEvent, CheckEventOf, ReadContract } from './contract.js';
import { happenedBy } from './contract.js';
import { finding, type Citation } from './findings.js';
import { earliestEvent, japanese, latestNotice, nextDay, noticeTimely } from './periods.js';
import type { EndReason, Finding } from './schema.js';
import type { TermChain } from './term-chain.js';
import type { TermsCatalog, TermsVersion } from './terms.js';
import { EVENT_NAME, ja } from './words.js';
import { parseClauseId } from '../ruleset/ids.js';

/** How the contract ends. */
export interface End extends Citation {
  date: string;
  reason: EndReason;
  /** The event that fixed the end. */
  event: number;
  /** The day that event happened (the end has been fixed since). */
  fixedOn: string;
}

/** A fee that fell due, and what was paid of it. */
export interface Invoice {
  id: string;
  due: string;
  amount: number;
  event: number;
  /** Payments in date order. */
  payments: Array<{ date: string; amount: number }>;
  /** The day the payments first covered the amount, or null while any of it is unpaid. */
  paidOn: string | null;
  /** The payment event that completed it, or null. */
  paidEvent: number | null;
}

/** An authorized user's violation and its cure. */
export interface ViolationRecord {
  id: string;
  date: string;
  event: number;
  curedOn: string | null;
  /** The cure event, or null. */
  curedEvent: number | null;
}

/** A cancellation notice that was evaluated: when it arrived and the end it fixed. */
export interface Cancellation {
  arrival: string;
  endDate: string;
  event: number;
  version: TermsVersion;
}

/** What the first pass found. */
export interface Timeline {
  end: End | null;
  findings: Finding[];
  invoices: Invoice[];
  outages: CheckEventOf<'outage'>[];
  /** The first claim date per outage id. */
  claims: Map<string, string>;
  violations: ViolationRecord[];
  actions: CheckEventOf<'company.suspension' | 'company.termination'>[];
  cancellations: Cancellation[];
}

/** Events that act on the contract, and so mean nothing once it has ended. */
const ACTS_ON_CONTRACT = new Set<CheckEvent['type']>([
  'renewal.optout',
  'cancellation.notice',
  'company.suspension',
  'company.termination',
  'discontinuation.notice',
  'terms.change.notice',
  'outage',
  'violation',
]);

/** An opt-out given too late, judged once the end is known (so that no message says it renews when it does not). */
interface LateOptout {
  event: CheckEventOf<'renewal.optout'>;
  termEnd: string;
  deadline: string;
  citation: Citation;
  period: string;
}

/**
 * Runs the first pass.
 * @param contract the contract, read, its events in the order they are taken (orderEvents)
 * @param chain its terms
 * @param catalog the terms versions (each event is judged by the version in force on its date)
 * @param asOf events after this date have not happened yet and are left out
 */
export function runTimeline(contract: ReadContract, chain: TermChain, catalog: TermsCatalog, asOf: string): Timeline {
  const t: Timeline = { end: null, findings: [], invoices: [], outages: [], claims: new Map(), violations: [], actions: [], cancellations: [] };
  const invoices = new Map<string, Invoice>();
  const violations = new Map<string, ViolationRecord>();
  const payments: CheckEventOf<'payment.made'>[] = [];
  const cures: CheckEventOf<'violation.cured'>[] = [];
  const late: LateOptout[] = [];
  let fixing = '';
  const fix = (date: string, reason: EndReason, citation: Citation, event: number): void => {
    if (t.end === null || date < t.end.date) t.end = { clause: citation.clause, version: citation.version, date, reason, event, fixedOn: fixing };
  };
  for (const e of contract.events) {
    if (!happenedBy(e, asOf)) continue;
    if (t.end !== null && e.date > t.end.date && ACTS_ON_CONTRACT.has(e.type)) {
      t.findings.push(
        finding(
          'event-after-end',
          t.end,
          `${ja(e.date)}の${EVENT_NAME[e.type]}は、利用契約が終了した日（${ja(t.end.date)}）より後のものであるため、評価しません`,
          e.index,
          t.end.date,
        ),
      );
      continue;
    }
    fixing = e.date;
    // The reader made sure every event is on or after the formation date, when a version is in force.
    const version = catalog.at(e.date)!;
    switch (e.type) {
      case 'renewal.optout':
        optout(e, chain, version, t, fix, late);
        break;
      case 'cancellation.notice':
        cancellation(e, version, t, fix);
        break;
      case 'company.termination':
        t.actions.push(e);
        fix(e.date, 'company-termination', { clause: e.ground, version: version.version }, e.index);
        break;
      case 'company.suspension':
        t.actions.push(e);
        break;
      case 'discontinuation.notice':
        discontinuation(e, version, t, fix);
        break;
      case 'terms.change.notice':
        termsChange(e, version, t);
        break;
      case 'payment.due': {
        const invoice: Invoice = { id: e.id, due: e.date, amount: e.amount, event: e.index, payments: [], paidOn: e.amount === 0 ? e.date : null, paidEvent: null };
        invoices.set(e.id, invoice);
        t.invoices.push(invoice);
        break;
      }
      case 'payment.made':
        payments.push(e);
        break;
      case 'outage':
        t.outages.push(e);
        break;
      case 'credit.claim':
        if (!t.claims.has(e.outage)) t.claims.set(e.outage, e.date);
        break;
      case 'violation': {
        const record: ViolationRecord = { id: e.id, date: e.date, event: e.index, curedOn: null, curedEvent: null };
        violations.set(e.id, record);
        t.violations.push(record);
        break;
      }
      case 'violation.cured':
        cures.push(e);
        break;
      case 'contract.formed':
        break;
      default: {
        // Every event type is handled above: a new one fails to compile here until it is.
        const unhandled: never = e;
        throw new Error(`timeline: unhandled event type ${(unhandled as CheckEvent).type}`);
      }
    }
  }
  // Payments may precede their invoice's due date, so they are applied once every invoice is known.
  for (const p of payments) {
    const invoice = invoices.get(p.invoice);
    if (!invoice) continue;
    invoice.payments.push({ date: p.date, amount: p.amount });
    if (invoice.paidOn === null && paidBy(invoice, p.date) >= invoice.amount) {
      invoice.paidOn = p.date;
      invoice.paidEvent = p.index;
    }
  }
  for (const c of cures) {
    const record = violations.get(c.violation);
    if (record && record.curedOn === null) {
      record.curedOn = c.date;
      record.curedEvent = c.index;
    }
  }
  for (const l of late) t.findings.push(lateOptout(l, t.end));
  return t;
}

/**
 * How much of an invoice was paid by the end of a day.
 * @param invoice the invoice
 * @param date the day
 */
export function paidBy(invoice: Invoice, date: string): number {
  let sum = 0;
  for (const p of invoice.payments) if (p.date <= date) sum += p.amount;
  return sum;
}

type Fix = (date: string, reason: EndReason, citation: Citation, event: number) => void;

function optout(e: CheckEventOf<'renewal.optout'>, chain: TermChain, version: TermsVersion, t: Timeline, fix: Fix, late: LateOptout[]): void {
  const { term } = version.rules;
  const current = chain.containing(e.date);
  // Second edition: an end on or before this term's last day is already fixed, so the opt-out changes nothing.
  if (t.end !== null && t.end.date <= current.end) return;
  const citation = { clause: term.cited, version: version.version };
  if (noticeTimely(e.date, term.optout, current.end)) {
    fix(current.end, 'renewal-optout', citation, e.index);
    return;
  }
  late.push({ event: e, termEnd: current.end, deadline: latestNotice(term.optout, current.end), citation, period: japanese(term.optout) });
}

/** The finding of a late opt-out; it says the contract renews only when it does. */
function lateOptout(l: LateOptout, end: End | null): Finding {
  const head = `${ja(l.event.date)}の更新しない旨の意思表示は、期間満了日（${ja(l.termEnd)}）の${l.period}前まで（${ja(l.deadline)}まで）にされていないため、効力を生じません。`;
  const tail =
    end !== null && end.date <= l.termEnd
      ? `ただし、利用契約は別の理由により${ja(end.date)}に終了します。`
      : `利用契約は${ja(nextDay(l.termEnd))}から自動更新されます。`;
  return finding('optout-too-late', l.citation, head + tail, l.event.index, l.deadline);
}

function cancellation(e: CheckEventOf<'cancellation.notice'>, version: TermsVersion, t: Timeline, fix: Fix): void {
  const rule = version.rules.cancellation;
  const citation = { clause: rule.cited, version: version.version };
  let endDate = e.desiredDate;
  if (endDate === null || !noticeTimely(e.date, rule.notice, endDate)) {
    endDate = earliestEvent(e.date, rule.notice);
    const period = japanese(rule.notice);
    t.findings.push(
      finding(
        'cancellation-date-adjusted',
        citation,
        e.desiredDate === null
          ? `解約の通知に解約希望日の記載がないため、通知の到達日（${ja(e.date)}）から${period}後の${ja(endDate)}が解約希望日とみなされます`
          : `解約の通知の到達日（${ja(e.date)}）から解約希望日（${ja(e.desiredDate)}）までの期間が${period}未満であるため、${ja(endDate)}が解約希望日とみなされます`,
        e.index,
        endDate,
      ),
    );
  }
  t.cancellations.push({ arrival: e.date, endDate, event: e.index, version });
  fix(endDate, 'cancellation', citation, e.index);
}

function discontinuation(e: CheckEventOf<'discontinuation.notice'>, version: TermsVersion, t: Timeline, fix: Fix): void {
  const rule = version.rules.discontinuation;
  const citation = { clause: rule.cited, version: version.version };
  const excused = e.forceMajeure && rule.forceMajeureException;
  if (!excused && !noticeTimely(e.date, rule.notice, e.discontinuationDate)) {
    const earliest = earliestEvent(e.date, rule.notice);
    t.findings.push(
      finding(
        'notice-too-late',
        citation,
        `${ja(e.date)}の本サービスの廃止の通知は、廃止日（${ja(e.discontinuationDate)}）の${japanese(rule.notice)}前までにされていません。この通知により期間を遵守できる廃止日は、${ja(earliest)}以降です`,
        e.index,
        earliest,
      ),
    );
  }
  // The notice period is the rule's item (第16条第１号); the end rests on the article (廃止日をもって…解約).
  const article = version.clauses.get(parseClauseId(rule.clause)?.root ?? rule.clause)?.id ?? rule.cited;
  fix(e.discontinuationDate, 'discontinuation', { clause: article, version: version.version }, e.index);
}

function termsChange(e: CheckEventOf<'terms.change.notice'>, version: TermsVersion, t: Timeline): void {
  const rule = version.rules.changeNotice;
  if ((e.urgent && rule.urgentException) || noticeTimely(e.date, rule.notice, e.effectiveDate)) return;
  const earliest = earliestEvent(e.date, rule.notice);
  t.findings.push(
    finding(
      'notice-too-late',
      { clause: rule.cited, version: version.version },
      `${ja(e.date)}の利用規約の変更の通知は、効力発生日（${ja(e.effectiveDate)}）の${japanese(rule.notice)}前までにされていません。この通知により期間を遵守できる効力発生日は、${ja(earliest)}以降です`,
      e.index,
      earliest,
    ),
  );
}
