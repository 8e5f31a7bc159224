/**
 * `--format text`: a contract's outcome explained in Japanese for a support agent, each item with the
 * clause it rests on, quoted from the rule set so that it can be read out to the customer.
 */
import { placeName } from './problems.js';
import type { CheckOutcome, CheckResult, ContractError, Credit, Deadline, Finding, Obligation, Right } from './schema.js';
import type { TermsCatalog, TermsVersion } from './terms.js';
import { endVerb, ja, versionName } from './words.js';

const PARTY: Record<string, string> = { customer: '契約者', company: '当社', either: '契約者又は当社', both: '契約者及び当社' };
const END_REASON: Record<string, string> = {
  'renewal-optout': '更新しない旨の意思表示による期間満了',
  cancellation: '契約者からの解約',
  'company-termination': '当社からの', // + the clause's verb (解約 / 解除)
  discontinuation: '本サービスの廃止',
};
const RIGHT: Record<Right['kind'], string> = {
  suspend: '本サービスの全部又は一部の提供を停止することができる',
  terminate: '利用契約を', // + the clause's verb + することができる
  'suspend-user': '当該認定利用者に対する本サービスの提供を停止することができる',
};
const ROUNDING: Record<Credit['rounding'], string> = { floor: '切り捨て', round: '四捨五入', ceil: '切り上げ' };
const CREDIT_REASON: Record<string, string> = {
  'not-attributable': '当社の責に帰すべき理由によるものではない',
  'not-total': '利用が全くできない状態ではない',
  'below-threshold': '連続した時間がしきい値に満たない',
};
const OBLIGATION_STATUS: Record<Obligation['status'], string> = {
  pending: '契約終了後に発生',
  open: '未了',
  met: '履行済み',
  overdue: '期限を過ぎても未了',
  expired: '期間満了により終了',
};
const WHEN: Record<string, string> = { immediately: '直ちに', promptly: '速やかに' };
const SEVERITY: Record<Finding['severity'], string> = { violation: '違反', warning: '注意', info: '参考' };

const d = ja;

/**
 * Renders one outcome as Japanese text.
 * @param outcome a contract's result or error object
 * @param catalog the terms the result cites (to quote each clause)
 * @returns the text, ending with a blank line
 */
export function renderText(outcome: CheckOutcome, catalog: TermsCatalog): string {
  return outcome.status === 'invalid' ? renderError(outcome) : new Renderer(outcome, catalog).render();
}

function renderError(error: ContractError): string {
  const name = error.contract ?? placeName(error);
  return [`━━ 契約 ${name} ━━ 入力に誤りがあるため評価できません`, ...error.errors.map((e) => `  ・${e.message}`), ''].join('\n') + '\n';
}

class Renderer {
  private readonly lines: string[] = [];
  private readonly quoted = new Set<string>();

  constructor(
    private readonly result: CheckResult,
    private readonly catalog: TermsCatalog,
  ) {}

  render(): string {
    const r = this.result;
    const inForce = this.version(r.version);
    this.lines.push(`━━ 契約 ${r.contract} ━━ ${d(r.asOf)} 時点（${inForce ? versionName(inForce) : r.version}による）`);
    this.lines.push(`状態: ${this.status()}`);
    if (r.endClause !== null && r.endVersion !== null) this.cite('  ', { clause: r.endClause, version: r.endVersion });
    this.section('利用期間', r.terms, (t, i) => [`第${i + 1}期: ${d(t.start)} 〜 ${d(t.end)}`, t]);
    this.section('期限', r.deadlines, (x) => [this.deadline(x), x]);
    this.section('当社の権利', r.rights, (x) => [this.right(x), x]);
    this.section('SLA による減額（損害賠償の制限）', r.credits, (x) => [this.credit(x), x]);
    this.section('義務', r.obligations, (x) => [this.obligation(x), x]);
    this.section('指摘', r.findings, (x) => [`[${SEVERITY[x.severity]}] ${x.message}（${x.code}${x.event === null ? '' : `、events[${x.event}]`}）`, x]);
    return this.lines.join('\n') + '\n\n';
  }

  private status(): string {
    const r = this.result;
    if (r.status === 'pending') return '利用契約の成立前';
    const ender = r.endReason === 'company-termination' && r.endClause !== null && r.endVersion !== null ? this.version(r.endVersion) : undefined;
    const label = r.endReason === null ? '' : END_REASON[r.endReason] + (ender ? endVerb(ender, r.endClause as string) : r.endReason === 'company-termination' ? '解約' : '');
    const reason = r.endReason === null ? '' : `（${label}）`;
    if (r.status === 'ended') return `終了 — ${d(r.endDate as string)} に終了しました${reason}`;
    return r.endDate === null ? '有効' : `有効 — ${d(r.endDate)} に終了します${reason}`;
  }

  private section<T extends { clause: string; version: string }>(title: string, items: readonly T[], line: (item: T, i: number) => [string, T]): void {
    this.lines.push('', `■ ${title}`);
    if (items.length === 0) {
      this.lines.push('  （なし）');
      return;
    }
    items.forEach((item, i) => {
      const [text, cited] = line(item, i);
      this.lines.push(`  ・${text}`);
      this.cite('    ', cited);
    });
  }

  private version(id: string): TermsVersion | undefined {
    return this.catalog.versions.find((v) => v.version === id);
  }

  /** The clause's name and id, and its text the first time it is cited in this contract. */
  private cite(indent: string, item: { clause: string; version: string }): void {
    const version = this.version(item.version);
    const clause = version?.clauses.get(item.clause);
    const other = item.version === this.result.version ? '' : `、${version ? versionName(version) : item.version}`;
    const where = `${clause?.name ?? item.clause} [${item.clause}${other}]`;
    const key = `${item.version} ${item.clause}`;
    if (!clause || this.quoted.has(key)) {
      this.lines.push(`${indent}根拠: ${where}（条文は上記）`);
      return;
    }
    this.quoted.add(key);
    this.lines.push(`${indent}根拠: ${where}`);
    for (const text of clause.text.split('\n')) this.lines.push(`${indent}  ｜${text}`);
  }

  private deadline(x: Deadline): string {
    const note = x.holiday === undefined ? '' : `（${x.holiday}。期限は延びません）`;
    const date = `${d(x.date)}${note}`;
    switch (x.kind) {
      case 'renewal-optout':
        return `${date}まで: 利用契約を更新しないときは、${PARTY[x.party]}は、この日までにその旨の意思表示をする必要があります`;
      case 'cancellation-earliest-end':
        return `${date}: 基準日に解約を申し出た場合に、利用契約が終了する最も早い日です`;
      case 'credit-claim':
        return `${date}まで: 障害 ${x.ref ?? ''} による利用料金の減額を請求できる期限です`;
      case 'payment-before-termination': {
        const version = this.version(x.version);
        return `${date}まで: 請求 ${x.ref ?? ''} の利用料金をこの日までに支払わない場合、当社は、翌日から利用契約を${version ? endVerb(version, x.clause) : '解約'}することができます`;
      }
      case 'cure-before-measures':
        return `${date}まで: 違反 ${x.ref ?? ''} がこの日までに是正されない場合、当社は、翌日から所定の措置を講ずることができます`;
    }
  }

  private right(x: Right): string {
    const until = x.until === null ? '（継続中）' : ` 〜 ${d(x.until)}`;
    const version = this.version(x.version);
    const what = x.kind === 'terminate' ? `${RIGHT.terminate}${version ? endVerb(version, x.clause) : '解約'}することができる` : RIGHT[x.kind];
    return `${PARTY[x.holder]}は、${what}（${x.ref} による）: ${d(x.from)}${until}`;
  }

  private credit(x: Credit): string {
    const head = `障害 ${x.outage}: ${x.hours}時間`;
    if (x.status === 'ineligible') return `${head} — 減額の対象外です（${CREDIT_REASON[x.reason ?? ''] ?? ''}）`;
    const amount = `${x.units}単位、減額 ${x.amount.toLocaleString('ja-JP')}円（円未満の端数: ${ROUNDING[x.rounding]}）`;
    const deadline = `請求期限 ${d(x.claimDeadline as string)}`;
    switch (x.status) {
      case 'granted':
        return `${head} → ${amount}。${d(x.claimedOn as string)} に請求済みで、減額されます（${deadline}）`;
      case 'unclaimed':
        return `${head} → ${amount}。まだ請求されていません（${deadline}）`;
      default:
        return `${head} → ${amount}。${deadline} までに請求がなかったため、権利は失われました`;
    }
  }

  private obligation(x: Obligation): string {
    // A duty to be done by a day lapses (期限経過); one that lasts a period ends with it (期間満了).
    const status = `【${x.kind === 'save-business-data' && x.status === 'expired' ? '期限経過' : OBLIGATION_STATUS[x.status]}】`;
    const when = x.when === null ? '' : WHEN[x.when];
    switch (x.kind) {
      case 'pay-unpaid-fees':
        return `${status}契約者は、解約の通知の到達時に未払であった利用料金（請求 ${x.invoice ?? ''}、${(x.amount ?? 0).toLocaleString('ja-JP')}円）を${d(x.due as string)}までに支払う`;
      case 'return-or-erase':
        return `${status}契約者は、提供を受けた機器・ソフトウェア・資料等を${when}返還又は消去する（${d(x.from)} から）`;
      case 'erase':
        return `${status}当社は、契約者から提供を受けた資料等を${when}消去する（${d(x.from)} から）`;
      case 'delete-business-data':
        return `${status}当社は、業務情報を${when}削除する（${d(x.from)} から）`;
      case 'confidentiality':
        return `${status}${PARTY[x.party]}は、${d(x.until as string)}まで秘密情報を秘密として保持する`;
      case 'pay-accelerated':
        return `${status}契約者は、当社による利用契約の終了により期限の利益を失い、未払の利用料金（請求 ${x.invoice ?? ''}、${(x.amount ?? 0).toLocaleString('ja-JP')}円）を${d(x.due as string)}に直ちに支払う`;
      case 'save-business-data':
        return `${status}契約者は、利用契約の終了日（${d(x.due as string)}）までに、必要な業務情報を自ら保存する`;
    }
  }
}
