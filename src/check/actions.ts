/**
 * The company's suspensions and terminations judged against the rights it held on their date: a ground
 * the checker can verify (unpaid fees, an uncured authorized-user violation) must be a right held that
 * day; any other ground is accepted and recorded as asserted (第15条１ has items no event log can prove).
 */
import type { CheckEventOf } from './contract.js';
import { finding } from './findings.js';
import { nextDay } from './periods.js';
import { heldOn } from './rights.js';
import type { Finding, Right } from './schema.js';
import type { TermsCatalog } from './terms.js';

type Action = CheckEventOf<'company.suspension' | 'company.termination'>;

/**
 * Judges every action.
 * @param actions the company's suspensions and terminations that were evaluated
 * @param rights every right the company has or will have (feeRights, violationRights)
 * @param catalog the terms; the version in force on the action's date says which grounds are verifiable
 * @returns a `suspension-without-ground` / `termination-without-ground` violation or a `ground-asserted`
 *   note per action that needs one
 */
export function judgeActions(actions: readonly Action[], rights: readonly Right[], catalog: TermsCatalog): Finding[] {
  const out: Finding[] = [];
  for (const action of actions) {
    const version = catalog.at(action.date)!;
    const { suspension, terminationGround, authorizedUserCure } = version.rules;
    const citation = { clause: action.ground, version: version.version };
    const groundName = version.clauses.get(action.ground)?.name ?? action.ground;
    const isTermination = action.type === 'company.termination';
    const what = isTermination ? '解約' : '提供停止';
    if (![suspension.cited, terminationGround.cited, authorizedUserCure.cited].includes(action.ground)) {
      out.push(
        finding(
          'ground-asserted',
          citation,
          `${action.date} の${what}の根拠「${groundName}」は記録からは確かめられないため、当社の主張として記録します`,
          action.index,
          null,
        ),
      );
      continue;
    }
    const candidates = rights.filter((r) => r.clause === action.ground && (!isTermination || r.kind === 'terminate'));
    if (candidates.some((r) => heldOn(r, action.date))) continue;
    const later = candidates.filter((r) => r.from > action.date).sort((a, b) => (a.from < b.from ? -1 : 1))[0];
    const ended = candidates.find((r) => r.until !== null && r.until < action.date);
    const detail = later
      ? `この権利が生じるのは ${later.from} からです（${later.ref}）`
      : ended
        ? `${ended.ref} は ${nextDay(ended.until as string)} に支払い又は是正により解消しています`
        : 'この日に根拠となる未払いの利用料金又は違反がありません';
    out.push(
      finding(
        isTermination ? 'termination-without-ground' : 'suspension-without-ground',
        citation,
        `${action.date} の${what}は「${groundName}」を根拠としていますが、この日に当社はその権利を持っていません。${detail}`,
        action.index,
        later?.from ?? null,
      ),
    );
  }
  return out;
}
