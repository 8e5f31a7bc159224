/**
 * SLA credits (第34条): an outage attributable to the company and total, lasting at least the threshold
 * from when the company knew to when service was restored, earns whole units of the rule's unit, each a
 * fraction of the monthly fee; the claim must be made within the claim period from the restoration date.
 */
import type { Rounding } from '../annotation/schema.js';
import { hoursBetween } from '../period/index.js';
import type { CheckEventOf } from './contract.js';
import { finding } from './findings.js';
import { endOf } from './periods.js';
import type { Credit, Deadline, Finding } from './schema.js';
import type { TermsCatalog, VersionRules } from './terms.js';
import { ja } from './words.js';

/** The credits of a contract, with the findings and open claim deadlines they give. */
export interface CreditsResult {
  credits: Credit[];
  findings: Finding[];
  deadlines: Deadline[];
}

/**
 * Works out the credit of every outage.
 * @param outages the outages evaluated (restored by the as-of date, during the contract)
 * @param claims the first claim date per outage id
 * @param monthlyFee the monthly fee in yen (月額基本費用)
 * @param catalog the terms; the version in force on the day the company knew of the outage applies
 * @param asOf the as-of date: a claim not made by then is unclaimed, or lost once its deadline has passed
 */
export function slaCredits(
  outages: readonly CheckEventOf<'outage'>[],
  claims: ReadonlyMap<string, string>,
  monthlyFee: number,
  catalog: TermsCatalog,
  asOf: string,
): CreditsResult {
  const out: CreditsResult = { credits: [], findings: [], deadlines: [] };
  for (const outage of outages) {
    const version = catalog.at(outage.date)!;
    const rule = version.rules.slaCredit;
    const citation = { clause: rule.cited, version: version.version };
    const lasted = outage.restoredAt - outage.knownAt;
    const claimedOn = claims.get(outage.id) ?? null;
    const reason = !outage.attributable ? 'not-attributable' : !outage.total ? 'not-total' : lasted < rule.thresholdMs ? 'below-threshold' : null;
    // Fields written out: object spread followed by more fields is a slow path in V8 (µs per object).
    const credit: Credit = {
      clause: citation.clause,
      version: citation.version,
      outage: outage.id,
      hours: hoursBetween(outage.knownAt, outage.restoredAt),
      units: 0,
      amount: 0,
      rounding: rule.rounding,
      claimDeadline: null,
      claimedOn,
      status: 'ineligible',
      reason,
    };
    out.credits.push(credit);
    if (reason !== null) continue;
    credit.units = roundNumber(lasted / rule.unitMs, rule.unitRounding);
    credit.amount = creditAmount(credit.units, monthlyFee, rule);
    const deadline = endOf(outage.restoredDate, rule.claimWithin);
    credit.claimDeadline = deadline;
    if (claimedOn !== null && claimedOn <= deadline) {
      credit.status = 'granted';
    } else if (claimedOn === null && asOf <= deadline) {
      credit.status = 'unclaimed';
      out.deadlines.push({ clause: citation.clause, version: citation.version, kind: 'credit-claim', party: 'customer', date: deadline, ref: outage.id });
    } else {
      credit.status = 'lost';
      out.findings.push(
        finding(
          'credit-claim-late',
          citation,
          claimedOn === null
            ? `障害 ${outage.id} による利用料金の減額の請求が、請求期限（${ja(deadline)}）までにされなかったため、減額を受ける権利は失われました`
            : `${ja(claimedOn)}の障害 ${outage.id} による利用料金の減額の請求は、請求期限（${ja(deadline)}）を過ぎてされたものであるため、減額を受ける権利は失われています`,
          outage.index,
          deadline,
        ),
      );
    }
  }
  return out;
}

/**
 * The credit in yen: units × the fraction × the monthly fee, rounded as the rule says, capped as it says.
 * Exact integer arithmetic: a fraction of yen must never round the wrong way.
 * @param units whole units earned
 * @param monthlyFee the monthly fee in yen
 * @param rule the sla-credit rule
 */
export function creditAmount(units: number, monthlyFee: number, rule: Pick<VersionRules['slaCredit'], 'creditPerUnit' | 'rounding' | 'cap'>): number {
  const { numerator, denominator } = rule.creditPerUnit;
  // Every intermediate stays under 2p + 2q; beyond 2^53 the same division runs in BigInt.
  const amount = Number.isSafeInteger(2 * units * monthlyFee * numerator + 2 * denominator)
    ? divideNumber(units * monthlyFee * numerator, denominator, rule.rounding)
    : Number(divideBigInt(BigInt(units) * BigInt(monthlyFee) * BigInt(numerator), BigInt(denominator), rule.rounding));
  return rule.cap === 'monthly-fee' ? Math.min(amount, monthlyFee) : amount;
}

/** p / q rounded, for non-negative safe integers: ceil is floor((p + q − 1) / q), half up floor((2p + q) / 2q). */
function divideNumber(p: number, q: number, rounding: Rounding): number {
  return rounding === 'floor' ? floorDiv(p, q) : rounding === 'ceil' ? floorDiv(p + q - 1, q) : floorDiv(2 * p + q, 2 * q);
}

function divideBigInt(p: bigint, q: bigint, rounding: Rounding): bigint {
  return rounding === 'floor' ? p / q : rounding === 'ceil' ? (p + q - 1n) / q : (2n * p + q) / (2n * q);
}

/** floor(a / b) for non-negative safe integers, exact: the float quotient is corrected if it rounded. */
function floorDiv(a: number, b: number): number {
  let k = Math.floor(a / b);
  if (k * b > a) k--;
  else if ((k + 1) * b <= a) k++;
  return k;
}

function roundNumber(value: number, rounding: Rounding): number {
  return rounding === 'floor' ? Math.floor(value) : rounding === 'ceil' ? Math.ceil(value) : Math.round(value);
}
