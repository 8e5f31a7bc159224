/**
 * The Japanese a support agent reads to a customer: dates in the one style the headings use
 * (2026年（令和8年）3月20日), events by their Japanese names, and the verb each clause itself uses for
 * ending the contract (第15条 解約, 第30条２第２号・第28条３ 解除).
 */
import { formatDateJa } from '../period/index.js';
import type { CheckEvent } from './contract.js';
import { memoizeDate } from './memo.js';
import type { TermsVersion } from './terms.js';

/** A date as Japanese text writes it: 2026年（令和8年）3月20日. */
export const ja = memoizeDate((date: string): string => formatDateJa(date));

/** What each event is called in a sentence. */
export const EVENT_NAME: Record<CheckEvent['type'], string> = {
  'contract.formed': '利用契約の成立',
  'renewal.optout': '更新しない旨の意思表示',
  'cancellation.notice': '契約者からの解約の通知',
  'payment.due': '利用料金の支払期日',
  'payment.made': '利用料金の支払',
  outage: '障害',
  'credit.claim': '減額の請求',
  violation: '認定利用者の違反',
  'violation.cured': '違反の是正',
  'terms.change.notice': '利用規約の変更の通知',
  'discontinuation.notice': '本サービスの廃止の通知',
  'company.suspension': '当社による本サービスの提供の停止',
  'company.termination': '当社による利用契約の終了',
};

/** The verb of ending a contract, as a clause words it. */
export type EndVerb = '解約' | '解除';

/**
 * The verb the clause that grants a right to end the contract uses: the clause's own text, else its
 * paragraph's, else its article's (第15条１第８号 states a ground; its paragraph says 解約する).
 * @param version the version whose clause it is
 * @param clause the cited clause id (`art-15-p1-i8`, `art-30-p2-i2`, `art-28-p3`)
 * @returns 解除 or 解約 as the text says; 解約 when no text says either
 */
export function endVerb(version: TermsVersion, clause: string): EndVerb {
  // Asked for every termination of a batch, always of the same few clauses: the texts are searched once.
  let verbs = endVerbs.get(version);
  if (!verbs) endVerbs.set(version, (verbs = new Map()));
  let verb = verbs.get(clause);
  if (verb === undefined) verbs.set(clause, (verb = findEndVerb(version, clause)));
  return verb;
}
const endVerbs = new WeakMap<TermsVersion, Map<string, EndVerb>>();

function findEndVerb(version: TermsVersion, clause: string): EndVerb {
  for (let id = clause; ; ) {
    const text = version.clauses.get(id)?.text ?? '';
    const cancel = text.indexOf('解約');
    const rescind = text.indexOf('解除');
    if (rescind >= 0 && (cancel < 0 || rescind < cancel)) return '解除';
    if (cancel >= 0) return '解約';
    const parent = id.replace(/-(?:p|i|s)\d+$/u, '');
    if (parent === id) return '解約';
    id = parent;
  }
}

/**
 * How a message names the version of the terms: its title and date (Knetクラウドサービス利用規約
 * （2018年（平成30年）4月20日版）), never its id.
 * @param version the version
 */
export function versionName(version: Pick<TermsVersion, 'title' | 'effective'>): string {
  return `${version.title}（${ja(version.effective)}版）`;
}
