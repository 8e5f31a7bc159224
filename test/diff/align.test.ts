/**
 * Alignment as a property: whatever happens to a 項's 号 and around it, a clause whose own sentence
 * stays under the same parent is never reported as removed and added again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRuleSets, type ClauseChange } from '../../src/diff/index.js';
import { compileText } from './support.js';

/** Lead sentences of 項: long and distinct, as real ones are. */
const LEADS = [
  '当社は、契約者が次の各号のいずれかに該当する場合、直ちに利用契約を解約することができるものとします。',
  '契約者は、本サービスの利用に関して、次の各号に掲げる行為を行わないものとします。',
  '当社は、次の各号のいずれかに該当する場合、契約者に事前に通知することなく本サービスの提供を停止することができます。',
  '当社は、前項の規定により利用契約を解約した場合であっても、契約者に対する損害賠償の請求を妨げられないものとします。',
  '契約者は、当社の定める方法により、いつでも登録情報の変更を申請することができるものとします。',
  '当社は、天災地変その他の不可抗力により生じた損害について、一切の責任を負わないものとします。',
];

/** 号: short, some alike. */
const ITEMS = [
  '利用料金の支払を怠った場合',
  '虚偽の申告をした場合',
  '差押えの申立があった場合',
  '手形又は小切手が不渡りとなった場合',
  '租税公課の滞納処分を受けた場合',
  '破産手続開始の申立てがあった場合',
  '解散の決議をした場合',
  '監督官庁から営業停止の処分を受けた場合',
  '本サービスの設備に過大な負荷を与えた場合',
  '他の契約者の利用を妨げた場合',
  '反社会的勢力に該当することが判明した場合',
  'その他当社が不適当と判断した場合',
];

interface Para {
  lead: string;
  items: string[];
}

/** One version: one article whose 項 are the given paragraphs. */
function version(paras: readonly Para[], date: string): string {
  const body = paras
    .map((p, i) => {
      const items = p.items.map((t) => `${i === 0 ? '' : '   '}- ${t}\n`).join('\n');
      return i === 0 ? `${p.lead}\n${items ? `\n${items}` : ''}` : `${i + 1}. ${p.lead}\n${items ? `\n${items}` : ''}`;
    })
    .join('\n');
  return `---\ndocument: prop\ntitle: 性質試験規約\ncompany: 性質試験株式会社\nversion: ${date}\neffective: ${date}\n---\n\n## 第１条（試験）\n\n${body}`;
}

const itemsArb = fc.uniqueArray(fc.constantFrom(...ITEMS), { maxLength: 8 });
const parasArb = fc.uniqueArray(fc.record({ lead: fc.constantFrom(...LEADS), items: itemsArb }), { minLength: 1, maxLength: 3, selector: (p) => p.lead });

describe('alignClauses (property)', () => {
  it('should never remove and re-add a 項 or 号 whose sentence stayed under the same parent', async () => {
    await fc.assert(
      fc.asyncProperty(parasArb, fc.array(itemsArb, { minLength: 3, maxLength: 3 }), fc.nat(3), fc.constantFrom(...LEADS), async (paras, newItems, at, inserted) => {
        // The revision: every 項 gets another set of 号, and a new 項 is inserted (unless its sentence is there).
        const next: Para[] = paras.map((p, i) => ({ lead: p.lead, items: newItems[i] ?? [] }));
        if (!next.some((p) => p.lead === inserted)) next.splice(Math.min(at, next.length), 0, { lead: inserted, items: [] });
        const diff = await diffRuleSets(compileText(version(paras, '2020-01-01'), 'old.md'), compileText(version(next, '2021-01-01'), 'new.md'));
        const parentOf = new Map(diff.clauses.map((c) => [c, parentId(c)]));
        const removed = diff.clauses.filter((c) => c.status === 'removed');
        const added = diff.clauses.filter((c) => c.status === 'added');
        for (const r of removed) {
          const twin = added.find((a) => a.level === r.level && a.newText === r.oldText && sameParent(diff.clauses, parentOf.get(r) ?? null, parentOf.get(a) ?? null));
          expect(twin, `${r.oldId} removed and added again as ${twin?.newId}`).toBeUndefined();
        }
        // Each lead paragraph kept its sentence: it is matched, never removed.
        for (const p of paras) expect(removed.filter((c) => c.level === 'Paragraph' && c.oldText?.endsWith(p.lead))).toEqual([]);
      }),
      { seed: 20261204, numRuns: 60 },
    );
  }, 120_000);
});

/** The id of a change's parent clause on its own side (`art-1-p2` for `art-1-p2-i3`). */
function parentId(change: ClauseChange): { side: 'old' | 'new'; id: string } | null {
  const id = change.newId ?? change.oldId;
  const side = change.newId ? 'new' : 'old';
  const m = id ? /^(.*)-[pi]\d+$/u.exec(id) : null;
  return m?.[1] ? { side, id: m[1] } : null;
}

/** Whether two parents (one of each side) are the same clause in the diff. */
function sameParent(clauses: readonly ClauseChange[], a: ReturnType<typeof parentId>, b: ReturnType<typeof parentId>): boolean {
  if (!a || !b) return a === b;
  const change = clauses.find((c) => (a.side === 'old' ? c.oldId === a.id : c.newId === a.id));
  return change !== undefined && (b.side === 'new' ? change.newId === b.id : change.oldId === b.id);
}
