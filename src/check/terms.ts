/**
 * The versions of one document as the checker uses them: each version's rules looked up once by kind,
 * their figures checked for the shape the checker needs, and the version in force on any date.
 */
import type { AnnotationKind, DurationValue, Period, RuleOf } from '../annotation/schema.js';
import { TermsError } from '../errors.js';
import { isoDateKey } from '../period/index.js';
import type { RuleSet } from '../ruleset/schema.js';
import { indexClauses, type ClauseIndex } from './clauses.js';
import { sortByDate } from './dates.js';

/** A rule with the id under which the checker cites its clause (`art-13` for `art-13-p1`). */
export type CitedRule<K extends AnnotationKind> = RuleOf[K] & { cited: string };

/** The rules of one version the checker reads, by what they are for. */
export interface VersionRules {
  termStart: CitedRule<'term-start'>;
  term: CitedRule<'term'>;
  cancellation: CitedRule<'cancellation'>;
  unpaidFeesDue: CitedRule<'unpaid-fees-due'>;
  /** 第12条３: suspension for unpaid fees. */
  suspension: CitedRule<'suspension'>;
  /** 第15条１(8): termination once unpaid fees are overdue by a period. */
  terminationGround: CitedRule<'termination-ground'>;
  discontinuation: CitedRule<'discontinuation'>;
  changeNotice: CitedRule<'change-notice'>;
  authorizedUserCure: CitedRule<'authorized-user-cure'>;
  confidentiality: CitedRule<'confidentiality'>;
  slaCredit: CitedRule<'sla-credit'> & { thresholdMs: number; unitMs: number };
  afterEnd: CitedRule<'after-end'>[];
  /** 第15条２: the company's termination makes every unpaid fee due that day. */
  acceleration: CitedRule<'acceleration'>;
  /** 第33条２: the customer saves its business data by the end. */
  beforeEnd: CitedRule<'before-end'>[];
  /** 第22条２: fees continue during a suspension. */
  feesContinue: CitedRule<'fees-continue'>;
  /** The cited clause of each remedy of 第30条２ (its item when the rule names one: 第30条第２項第２号). */
  remedyClauses: Record<'suspend-user' | 'terminate', string>;
}

/** One version of the document, ready for the checker. */
export interface TermsVersion {
  document: string;
  /** The document's title (Knetクラウドサービス利用規約), as messages name it. */
  title: string;
  version: string;
  /** 効力発生日: the version governs events from this date on. */
  effective: string;
  /** Path of the Markdown source (for messages). */
  source: string;
  rules: VersionRules;
  clauses: ClauseIndex;
}

/** Every version of one document, by effective date. */
export interface TermsCatalog {
  document: string;
  versions: readonly TermsVersion[];
  /** The version in force on a date (the latest effective on or before it), or undefined before the first. */
  at(date: string): TermsVersion | undefined;
}

const MS_PER_UNIT: Partial<Record<DurationValue['unit'], number>> = {
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
  weeks: 604_800_000,
};

/**
 * Prepares the compiled versions of one document for the checker.
 * @param ruleSets compiled rule sets (any documents, any order)
 * @param document the document to use; may be omitted when the rule sets hold only one
 * @returns the catalog of that document's versions
 * @throws TermsError (exit status 2) when the document is ambiguous or unknown, or a version lacks a rule
 *   the checker needs or states it in a shape the checker cannot use (every such problem is listed)
 */
export function prepareTerms(ruleSets: readonly RuleSet[], document?: string): TermsCatalog {
  const documents = [...new Set(ruleSets.map((r) => r.meta.document))].sort();
  if (documents.length === 0) throw new TermsError('規約の版が1つもありません / no version of the terms was found', 2);
  const chosen = document ?? (documents.length === 1 ? documents[0] : undefined);
  if (chosen === undefined || !documents.includes(chosen)) {
    const list = documents.join(', ');
    throw new TermsError(
      document === undefined
        ? `規約の文書を --document で選んでください: ${list} / choose the document with --document`
        : `文書 ${document} はありません（あるのは: ${list}）/ no such document`,
      2,
    );
  }
  const problems: string[] = [];
  const versions = sortByDate(
    ruleSets.filter((r) => r.meta.document === chosen),
    (r) => r.meta.effective,
  ).map((ruleSet) => prepareVersion(ruleSet, problems));
  if (problems.length) {
    throw new TermsError(`${problems.join('\n')}\nterms check はこれらの規約を使えません / the checker cannot use these terms`, 2);
  }
  const ready = versions as TermsVersion[];
  // Asked for every event of every contract: dates compared as YYYYMMDD numbers cost less than as strings.
  const effective = ready.map((v) => isoDateKey(v.effective));
  return {
    document: chosen,
    versions: ready,
    at(date) {
      const key = isoDateKey(date);
      for (let i = ready.length - 1; i >= 0; i--) {
        // Anything but a YYYY-MM-DD date is compared as a string, as dates once all were.
        if (key === -1 ? (ready[i] as TermsVersion).effective <= date : (effective[i] as number) <= key) return ready[i];
      }
      return undefined;
    },
  };
}

function prepareVersion(ruleSet: RuleSet, problems: string[]): TermsVersion | undefined {
  const source = ruleSet.meta.source;
  const clauses = indexClauses(ruleSet);
  const before = problems.length;
  const cite = <K extends AnnotationKind>(rule: RuleOf[K]): CitedRule<K> => ({ ...rule, cited: clauses.get(rule.clause)?.id ?? rule.clause });
  const one = <K extends AnnotationKind>(kind: K, accept: (rule: RuleOf[K]) => boolean = () => true): CitedRule<K> | undefined => {
    const found = ruleSet.rules.filter((r): r is RuleOf[K] => r.kind === kind && accept(r as RuleOf[K]));
    if (found.length === 0) {
      problems.push(`${source}: 「${kind}」の注釈がありません。terms check はその数値を使います / no "${kind}" rule, which the checker needs`);
      return undefined;
    }
    const [first, second] = found;
    if (second) problems.push(`${at(source, second)}: 「${kind}」の注釈が複数あります / more than one "${kind}" rule`);
    return cite(first as RuleOf[K]);
  };
  const calendar = (rule: RuleOf[AnnotationKind] | undefined, field: string, value: Period | DurationValue | undefined, minimum: number): void => {
    if (!rule || !value) return;
    if (!['days', 'weeks', 'months', 'years'].includes(value.unit) || value.n < minimum) {
      problems.push(
        `${at(source, rule)}: ${rule.kind} の ${field} (${value.duration}) は${minimum ? '1以上の' : ''}日・週・月・年で書いてください / must be ${minimum ? 'at least one ' : ''}day(s), week(s), month(s) or year(s)`,
      );
    }
  };
  const elapsed = (rule: RuleOf['sla-credit'] | undefined, field: 'threshold' | 'unit'): number => {
    const value = rule?.[field];
    const ms = value ? MS_PER_UNIT[value.unit] : undefined;
    if (rule && value && (ms === undefined || (field === 'unit' && value.n === 0))) {
      problems.push(`${at(source, rule)}: sla-credit の ${field} (${value.duration}) は時間・分・日・週で書いてください / must be hours, minutes, days or weeks`);
    }
    return (ms ?? 0) * (value?.n ?? 0);
  };

  const term = one('term');
  calendar(term, 'duration', term?.duration, 1);
  calendar(term, 'renewal', term?.renewal, 1);
  calendar(term, 'optout', term?.optout, 0);
  const cancellation = one('cancellation');
  calendar(cancellation, 'notice', cancellation?.notice, 0);
  const terminationGround = one('termination-ground', (r) => r.ground === 'unpaid-fees');
  calendar(terminationGround, 'after', terminationGround?.after, 0);
  const discontinuation = one('discontinuation');
  calendar(discontinuation, 'notice', discontinuation?.notice, 0);
  const changeNotice = one('change-notice');
  calendar(changeNotice, 'notice', changeNotice?.notice, 0);
  const authorizedUserCure = one('authorized-user-cure');
  calendar(authorizedUserCure, 'cure', authorizedUserCure?.cure, 0);
  const confidentiality = one('confidentiality');
  calendar(confidentiality, 'survives', confidentiality?.survives, 0);
  const sla = one('sla-credit');
  calendar(sla, 'claimWithin', sla?.claimWithin, 0);
  const thresholdMs = elapsed(sla, 'threshold');
  const unitMs = elapsed(sla, 'unit');
  const remedyClauses = { 'suspend-user': authorizedUserCure?.cited ?? '', terminate: authorizedUserCure?.cited ?? '' };
  authorizedUserCure?.remedies.forEach((remedy, i) => {
    const item = authorizedUserCure.remedyItems[i];
    if (item === undefined) return;
    const clause = clauses.get(`${authorizedUserCure.clause}-${item}`);
    if (clause) remedyClauses[remedy] = clause.id;
    else problems.push(`${at(source, authorizedUserCure)}: authorized-user-cure の remedyItems ${item} はこの項にありません / no such item`);
  });
  const rules = {
    termStart: one('term-start'),
    term,
    cancellation,
    unpaidFeesDue: one('unpaid-fees-due'),
    suspension: one('suspension', (r) => r.ground === 'unpaid-fees'),
    terminationGround,
    discontinuation,
    changeNotice,
    authorizedUserCure,
    confidentiality,
    slaCredit: sla && { ...sla, thresholdMs, unitMs },
    afterEnd: ruleSet.rules.filter((r): r is RuleOf['after-end'] => r.kind === 'after-end').map((r) => cite<'after-end'>(r)),
    acceleration: one('acceleration'),
    beforeEnd: ruleSet.rules.filter((r): r is RuleOf['before-end'] => r.kind === 'before-end').map((r) => cite<'before-end'>(r)),
    feesContinue: one('fees-continue'),
    remedyClauses,
  };
  if (problems.length > before) return undefined;
  return {
    document: ruleSet.meta.document,
    title: ruleSet.meta.title,
    version: ruleSet.meta.version,
    effective: ruleSet.meta.effective,
    source,
    rules: rules as VersionRules,
    clauses,
  };
}

function at(source: string, rule: { loc: { line: number; column: number } }): string {
  return `${source}:${rule.loc.line}:${rule.loc.column}`;
}
