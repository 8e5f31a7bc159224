/**
 * The terms of a contract (利用期間, 第13条・第２条(5)): the first runs from the formation date, each
 * renewal from the day after the previous term's last day, each as long as the version then in force says.
 */
import { periodEnd } from '../period/index.js';
import { memoizeDate } from './memo.js';
import { calendarUnit, nextDay } from './periods.js';
import type { CheckEventOf } from './contract.js';
import type { Term } from './schema.js';
import type { TermsCatalog } from './terms.js';

/** The terms of one contract, worked out as far as they are asked for. */
export interface TermChain {
  /** The term that contains `date` (a date on or after the formation date). */
  containing(date: string): Term;
  /** The term after `term`. */
  next(term: Term): Term;
  /** Every term that starts on or before `limit`. */
  startedBy(limit: string): Term[];
}

/**
 * The term chain of a contract. Chains depend only on the formation date, `termMonths` and the terms, so
 * one is shared by every contract formed the same day; its terms are frozen because they are shared.
 * @param formed the contract's formation (its date, and `termMonths` when the individual service
 *   description sets another first term)
 * @param catalog the terms; the version in force on a term's first day gives its length
 * @returns the chain
 */
export function termChain(formed: CheckEventOf<'contract.formed'>, catalog: TermsCatalog): TermChain {
  let byTerm = shared.get(catalog);
  if (!byTerm) {
    byTerm = new Map();
    shared.set(catalog, byTerm);
  }
  const months = formed.termMonths;
  let chains = byTerm.get(months);
  if (!chains) {
    // Contracts state few distinct first terms; a batch that states many only loses the sharing.
    if (byTerm.size >= MAX_TERM_LENGTHS) byTerm.clear();
    chains = memoizeDate((date) => buildChain(date, months, catalog));
    byTerm.set(months, chains);
  }
  return chains(formed.date);
}

/** Chains by catalog, then by first term (`termMonths`, or null for the terms' own), then by formation date. */
const shared = new WeakMap<TermsCatalog, Map<number | null, (date: string) => TermChain>>();
const MAX_TERM_LENGTHS = 100;

function buildChain(formedOn: string, termMonths: number | null, catalog: TermsCatalog): TermChain {
  const terms: Term[] = [first(formedOn, termMonths, catalog)];
  const extendTo = (index: number): Term => {
    while (terms.length <= index) terms.push(renewal(terms[terms.length - 1] as Term, catalog));
    return terms[index] as Term;
  };
  return {
    containing(date) {
      for (let i = 0; ; i++) {
        const term = extendTo(i);
        if (date <= term.end) return term;
      }
    },
    next(term) {
      return extendTo(terms.indexOf(term) + 1);
    },
    startedBy(limit) {
      const out: Term[] = [];
      for (let i = 0; extendTo(i).start <= limit; i++) out.push(terms[i] as Term);
      return out;
    },
  };
}

function first(formedOn: string, termMonths: number | null, catalog: TermsCatalog): Term {
  // The reader refuses a contract formed before the first version, so a version is always in force.
  const version = catalog.at(formedOn)!;
  const { term, termStart } = version.rules;
  const n = termMonths ?? term.duration.n;
  const unit = termMonths === null ? calendarUnit(term.duration) : 'months';
  return Object.freeze({ clause: term.cited, version: version.version, start: formedOn, end: periodEnd(formedOn, n, unit, termStart.firstDay) });
}

function renewal(previous: Term, catalog: TermsCatalog): Term {
  const start = nextDay(previous.end);
  const version = catalog.at(start)!;
  const { term } = version.rules;
  // A renewal starts at 00:00 of the day after expiry, so its first day counts (民法140条ただし書).
  return Object.freeze({ clause: term.cited, version: version.version, start, end: periodEnd(start, term.renewal.n, calendarUnit(term.renewal), 'include') });
}
