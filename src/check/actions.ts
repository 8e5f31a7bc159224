/**
 * The company's suspensions and terminations judged against the rights it held when it acted: a ground
 * the checker can verify (unpaid fees, an uncured authorized-user violation) must be a right held at
 * that moment; any other ground is accepted and recorded as asserted (第15条１ has items no event log can
 * prove; 第12条３ allows suspension for any breach). A payment or cure on the day of the act is taken
 * first unless both carry their times (order.ts), and the checker says so (`same-day-order`). Each
 * suspension also notes that the fees stay payable (第22条２).
 */
import type { CheckEvent, CheckEventOf } from './contract.js';
import { sortByDate } from './dates.js';
import { finding } from './findings.js';
import { isRemedy } from './order.js';
import { nextDay, previousDay } from './periods.js';
import { heldOn, type RightNotes } from './rights.js';
import type { Finding, Right } from './schema.js';
import type { TermsCatalog, TermsVersion } from './terms.js';
import { EVENT_NAME, endVerb, ja } from './words.js';

type Action = CheckEventOf<'company.suspension' | 'company.termination'>;

/** How an action stood: on a right held, on an asserted ground, or on none. */
export type Verdict = 'held' | 'asserted' | 'without-ground';

/** The findings about the actions, and each action's verdict by event index. */
export interface Judgement {
  findings: Finding[];
  verdicts: Map<number, Verdict>;
}

const CAUSE_NAME: Record<CheckEventOf<'company.suspension'>['cause'], string> = {
  'unpaid-fees': '利用料金の不払',
  'termination-ground': '第15条第１項各号のいずれかへの該当',
  breach: '利用契約等への違反',
};

/**
 * Judges every action.
 * @param actions the company's suspensions and terminations that were evaluated
 * @param rights every right the company has or will have (feeRights, violationRights), including those
 *   ended on the day they arose
 * @param ordered the contract's events in the order taken (orderEvents): a payment or cure and an act
 *   of the same day are judged in that order
 * @param catalog the terms; the version in force on the action's date says which grounds are verifiable
 * @param notes what the rights carry beside them (feeRights, violationRights)
 */
export function judgeActions(actions: readonly Action[], rights: readonly Right[], ordered: readonly CheckEvent[], catalog: TermsCatalog, notes: RightNotes): Judgement {
  const out: Judgement = { findings: [], verdicts: new Map() };
  // Most contracts have no company act: nothing to index.
  if (actions.length === 0) return out;
  const { endedBy } = notes;
  // By event index (from 0, below the number of events): arrays, lighter than maps for every contract that acts.
  const rank: number[] = [];
  const byIndex: CheckEvent[] = [];
  ordered.forEach((e, i) => {
    rank[e.index] = i;
    byIndex[e.index] = e;
  });
  for (const action of actions) {
    judgeOne(action);
    out.findings.push(...sameDayOrder(action, rights, ordered, catalog, notes));
    if (action.type === 'company.suspension') out.findings.push(feesContinue(action, catalog.at(action.date)!));
  }
  return out;

  function judgeOne(action: Action): void {
    const version = catalog.at(action.date)!;
    const { rules } = version;
    const citation = { clause: action.ground, version: version.version };
    const groundName = version.clauses.get(action.ground)?.name ?? action.ground;
    const isTermination = action.type === 'company.termination';
    const verb = isTermination ? endVerb(version, action.ground) : null;
    const what = verb ?? '本サービスの提供の停止';
    const power = verb ? `${verb}権` : '本サービスの提供を停止する権利';

    const verifiable = verifiableGrounds(version);
    const suspensionCause = action.type === 'company.suspension' ? action.cause : null;
    if (action.ground === rules.suspension.cited && suspensionCause !== null && suspensionCause !== 'unpaid-fees') {
      // 第12条３ names the causes it allows; a cause it names cannot be verified from the events.
      const allowed = rules.suspension.causes.includes(suspensionCause);
      out.verdicts.set(action.index, allowed ? 'asserted' : 'without-ground');
      out.findings.push(
        allowed
          ? finding(
              'ground-asserted',
              citation,
              `${ja(action.date)}の${what}は、${groundName}に定める${CAUSE_NAME[suspensionCause]}を理由とするものです。その事実は記録からは確認できないため、当社の主張として記録します`,
              action.index,
              null,
            )
          : finding(
              'suspension-without-ground',
              citation,
              `${ja(action.date)}の${what}は、${CAUSE_NAME[suspensionCause]}を理由としていますが、${groundName}はこれを停止の事由として定めていません。当社は、同日において${power}を有していません`,
              action.index,
              null,
            ),
      );
      return;
    }
    if (!verifiable.some((g) => covers(g, action.ground))) {
      out.verdicts.set(action.index, 'asserted');
      out.findings.push(
        finding(
          'ground-asserted',
          citation,
          `${ja(action.date)}の当社による${what}の根拠（${groundName}）は、記録からは確認できないため、当社の主張として記録します`,
          action.index,
          null,
        ),
      );
      return;
    }
    const candidates = rights.filter((r) => covers(action.ground, r.clause) && (!isTermination || r.kind === 'terminate'));
    const actedAt = rank[action.index] ?? 0;
    // A right whose last day is the day before the act was ended by a payment or cure that day: it still
    // stood if that remedy came after the act.
    const endedThatDay = candidates.filter((r) => r.from <= action.date && r.until === previousDay(action.date));
    const stillHeld = (r: Right) => (rank[endedBy.get(r) ?? -1] ?? -1) > actedAt;
    if (candidates.some((r) => heldOn(r, action.date)) || endedThatDay.some(stillHeld)) {
      out.verdicts.set(action.index, 'held');
      return;
    }
    out.verdicts.set(action.index, 'without-ground');
    const sameDay = endedThatDay[0];
    const later = sortByDate(candidates.filter((r) => r.from > action.date), (r) => r.from)[0];
    const ended = candidates.find((r) => r.until !== null && r.until < action.date);
    let detail: string;
    let date: string | null = null;
    if (sameDay) {
      const remedy = byIndex[endedBy.get(sameDay) ?? -1];
      const timed = remedy?.at !== undefined && action.at !== undefined;
      detail =
        `${refName(sameDay, notes)} は同日に${remedyVerb(sameDay, notes)}ており、` +
        (timed ? `その時刻は当社の${what}より前です` : `時刻の記録がないため、当社の${what}より先に${remedyVerb(sameDay, notes, true)}ものとして扱います`);
      date = sameDay.from;
    } else if (later) {
      detail = `この権利が生じるのは${ja(later.from)}からです（${refName(later, notes)}）`;
      date = later.from;
    } else if (ended) {
      detail = `${refName(ended, notes)} は${ja(nextDay(ended.until as string))}に${remedyVerb(ended, notes)}ており、この権利は消滅しています`;
    } else {
      detail = '同日において、根拠となる未払の利用料金又は是正されていない違反はありません';
    }
    out.findings.push(
      finding(
        isTermination ? 'termination-without-ground' : 'suspension-without-ground',
        citation,
        `${ja(action.date)}の当社による${what}は、${groundName}を根拠としていますが、当社は同日において${power}を有していません。${detail}`,
        action.index,
        date,
      ),
    );
  }
}

/** The grounds the checker verifies in a version: 第12条３ (unpaid fees), 第15条１第８号, 第30条２ and its items. */
function verifiableGrounds(version: TermsVersion): string[] {
  const { rules } = version;
  return [rules.suspension.cited, rules.terminationGround.cited, rules.authorizedUserCure.cited, ...Object.values(rules.remedyClauses)];
}

/** Whether a clause is, or contains, another (`art-30-p2` covers `art-30-p2-i2`). */
function covers(outer: string, inner: string): boolean {
  return inner === outer || inner.startsWith(`${outer}-`);
}

/** How a message names what a right comes from: 請求 inv-1, 違反 v-1. */
function refName(right: Right, notes: RightNotes): string {
  return notes.fromViolation.has(right) ? `違反 ${right.ref}` : `請求 ${right.ref}`;
}

/** 支払われ / 是正され (the stem before ており), or the past form (支払われた / 是正された). */
function remedyVerb(right: Right, notes: RightNotes, past = false): string {
  const stem = refName(right, notes).startsWith('違反') ? '是正され' : '支払われ';
  return past ? `${stem}た` : stem;
}

/**
 * 第22条２: the fees stay payable while the service is suspended, except what the credit rule reduces.
 * @param action a suspension
 * @param version the version in force on its date
 */
function feesContinue(action: Action, version: TermsVersion): Finding {
  const { feesContinue: rule, slaCredit } = version.rules;
  const credit = version.clauses.get(slaCredit.cited)?.name ?? slaCredit.cited;
  return finding(
    'fees-continue',
    { clause: rule.cited, version: version.version },
    `${ja(action.date)}に本サービスの提供が停止されましたが、停止の間も、契約者は利用期間中の利用料金及びこれにかかる消費税等の支払を要します。ただし、${credit}に該当する場合は、同条の定めによります`,
    action.index,
    action.date,
  );
}

/**
 * `same-day-order`: a payment or cure and a company act of one day, not both timed, judged with the
 * remedy first. Only pairs where the order matters are reported: the remedy ends a right the act cites.
 */
function sameDayOrder(action: Action, rights: readonly Right[], ordered: readonly CheckEvent[], catalog: TermsCatalog, notes: RightNotes): Finding[] {
  const out: Finding[] = [];
  const remedies = ordered.filter((e) => e.date === action.date && isRemedy(e) && (e.at === undefined || action.at === undefined));
  for (const remedy of remedies) {
    const ref = remedy.type === 'payment.made' ? remedy.invoice : remedy.type === 'violation.cured' ? remedy.violation : null;
    const relevant = rights.some((r) => r.ref === ref && covers(action.ground, r.clause) && notes.fromViolation.has(r) === (remedy.type === 'violation.cured'));
    if (!relevant) continue;
    const version = catalog.at(action.date)!;
    const what = action.type === 'company.termination' ? `当社による${endVerb(version, action.ground)}` : '当社による本サービスの提供の停止';
    out.push(
      finding(
        'same-day-order',
        { clause: action.ground, version: version.version },
        `${ja(action.date)}には${EVENT_NAME[remedy.type]}（events[${remedy.index}]）と${what}（events[${action.index}]）があり、` +
          `いずれが先かの記録がないため、${EVENT_NAME[remedy.type]}が先にされたものとして扱いました（規約の定めが明らかでない点は、これを作成した当社に不利に解釈します）。実際の時刻を確認してください`,
        action.index,
        action.date,
      ),
    );
  }
  return out;
}
