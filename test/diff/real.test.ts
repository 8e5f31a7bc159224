import { beforeAll, describe, expect, it } from 'vitest';
import { diffRuleSets, renderComparisonTableMarkdown, renderRedlineText, type TermsDiff } from '../../src/diff/index.js';
import { knet } from './support.js';

let diff: TermsDiff;
beforeAll(async () => {
  diff = await diffRuleSets(knet('2018-04-20'), knet('2027-01-01'));
});

const clause = (id: string) => {
  const found = diff.clauses.find((c) => c.newId === id);
  if (!found) throw new Error(`no clause ${id}`);
  return found;
};

describe('the diff of the Knet terms, 2018-04-20 → 2027-01-01', () => {
  it('should change exactly the clauses the 2027 front matter lists as corrections', () => {
    const changed = diff.clauses.filter((c) => c.status !== 'unchanged').map((c) => c.newId ?? c.oldId);
    const listed = [...new Set(diff.corrections.map((c) => c.clause))];
    expect(changed.sort()).toEqual(listed.sort());
    expect(diff.clauses.filter((c) => c.status !== 'unchanged').every((c) => c.reasons.length > 0)).toBe(true);
  });

  it('should keep every clause in place: nothing moved, renumbered or removed; the 付則 gains one paragraph', () => {
    expect(diff.summary).toMatchObject({ added: 1, removed: 0, moved: 0 });
    expect(diff.clauses.some((c) => c.renumbered)).toBe(false);
    expect(clause('suppl-p2')).toMatchObject({ status: 'added', classification: 'substantive', newText: '２．利用規約の改定は、2027年（令和9年）1月1日から有効とします。' });
  });

  it('should leave every rule unchanged and find no stale cross-reference', () => {
    expect(diff.rules).toEqual([]);
    expect(diff.references).toEqual([]);
  });

  it('should classify label and bracket width as editorial', () => {
    expect(clause('art-15-p1-i9')).toMatchObject({ classification: 'editorial', kinds: ['numbering'] });
    expect(renderRedlineText(clause('art-15-p1-i9').redline)).toMatch(/^（\[-9-\]\{\+９\+\}）利用契約等/u);
    for (const id of ['art-32-p2-i1', 'art-32-p2-i2', 'art-32-p2-i3', 'art-32-p3', 'art-32-p4', 'art-32-p5', 'art-32-p6', 'art-32-p7']) {
      expect(clause(id), id).toMatchObject({ status: 'modified', classification: 'editorial', kinds: ['numbering'] });
    }
    expect(clause('art-20-p1')).toMatchObject({ classification: 'editorial', kinds: ['width'] });
    expect(clause('art-27-p1-i11')).toMatchObject({ classification: 'editorial', kinds: ['width'] });
  });

  it('should classify corrected wording and references as substantive', () => {
    expect(renderRedlineText(clause('art-18-p2-i1').redline)).toMatch(/^（１）\[-第36条-\]\{\+第35条\+\}（免責）/u);
    expect(clause('art-18-p2-i1')).toMatchObject({ classification: 'substantive', kinds: ['wording'] });
    expect(clause('art-22-p2')).toMatchObject({ classification: 'substantive', kinds: ['width', 'wording'] });
    expect(clause('art-32-p2')).toMatchObject({ classification: 'substantive', kinds: ['numbering', 'wording'] });
    for (const id of ['art-4-p1', 'art-11-p1', 'art-15-p1', 'art-25-p3', 'art-28-p3', 'art-29-p1-i1', 'art-30-p2-i2', 'art-36-p1', 'suppl-p1']) {
      expect(clause(id).classification, id).toBe('substantive');
    }
    expect(renderRedlineText(clause('art-4-p1').redline)).toContain('変更後の新利用規約[-に関する準拠法は、日本法-]{+によるもの+}とします。');
    expect(renderRedlineText(clause('art-28-p3').redline)).toContain('直ちに[-本-]{+利用+}契約の全部');
  });

  it('should give each correction its reasons from the front matter', () => {
    expect(clause('art-18-p2-i1').reasons).toEqual(['参照先の条番号の誤りを訂正（免責は第35条）']);
    expect(clause('art-22-p2').reasons).toHaveLength(2);
  });

  it('should list the changed articles for the notice, each with its weight', () => {
    expect(diff.summary.articles.map((a) => `${a.label}${a.classification === 'substantive' ? '*' : ''}`)).toEqual([
      '第４条*', '第11条*', '第15条*', '第18条*', '第20条', '第22条*', '第25条*', '第27条', '第28条*', '第29条*', '第30条*', '第32条*',
      '第36条*', '付則*',
    ]);
  });

  it('should make a 新旧対照表 with one row per changed article and （略） between them', () => {
    const rows = renderComparisonTableMarkdown(diff).split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| 改正後') && !l.startsWith('| ---'));
    const heads = rows.map((r) => (r.startsWith('| （略） |') ? '略' : /^\| ([^<]*?)(?:<br>| \|)/u.exec(r)?.[1]));
    expect(heads).toEqual([
      '略', '第４条（利用規約の変更）', '略', '第11条（変更通知）', '略', '第15条（当社からの利用契約の解約）', '略',
      '第18条（本サービスの種類と内容）', '略', '第20条（再委託）', '略', '第22条（利用料金の支払義務）', '略',
      '第25条（本サービス利用のための設備設定・維持）', '略', '第27条（禁止事項）', '第28条（反社会的勢力との関係を理由とする解除）',
      '第29条（認定利用者の遵守事項等）', '第30条（認定利用者が利用契約に違反した場合の措置）', '略', '第32条（秘密情報の取り扱い）', '略',
      '第36条（サービスレベル）', '付則',
    ]);
  });
});
