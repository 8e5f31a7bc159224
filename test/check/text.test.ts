/**
 * `--format text`: the outcome explained in Japanese, each item with its clause, the clause quoted from
 * the rule set once per contract.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkValue, renderText, type TermsCatalog } from '../../src/check/index.js';
import { catalogOf, contract, EXAMPLE, versionOf } from './support.js';

let catalog: TermsCatalog;
beforeAll(async () => {
  ({ catalog } = await catalogOf([versionOf('2018-04-20')]));
});

const text = (value: unknown, asOf: string) => renderText(checkValue(value, { index: 0, line: null }, catalog, asOf), catalog);

describe('renderText', () => {
  it('should explain an active contract’s terms and deadlines, noting holidays without moving them', () => {
    const out = text(contract('2025-04-01'), '2025-12-01');
    expect(out).toContain('━━ 契約 K-0001 ━━ 2025年（令和7年）12月1日 時点（Knetクラウドサービス利用規約（2018年（平成30年）4月20日版）による）\n状態: 有効\n');
    expect(out).toContain('  ・第1期: 2025年（令和7年）4月1日 〜 2026年（令和8年）3月31日\n    根拠: 第13条（利用期間） [art-13]\n      ｜第13条（利用期間）\n');
    expect(out).toContain('2026年（令和8年）1月31日（土曜日。期限は延びません）まで: 利用契約を更新しないときは、契約者又は当社は、この日までにその旨の意思表示をする必要があります');
    expect(out).toContain('2026年（令和8年）2月1日（日曜日。期限は延びません）: 基準日に解約を申し出た場合に、利用契約が終了する最も早い日です');
    expect(out.endsWith('（なし）\n\n')).toBe(true);
  });

  it('should quote each clause once per contract and give findings in Japanese only', () => {
    const out = text(EXAMPLE, '2026-12-01');
    expect(out).toContain('状態: 終了 — 2026年（令和8年）3月20日 に終了しました（契約者からの解約）\n  根拠: 第14条（契約者からの利用契約の解約）第１項 [art-14-p1]\n    ｜契約者は、解約希望日の２ヶ月前までに');
    expect(out.match(/｜契約者は、解約希望日の２ヶ月前までに/gu)).toHaveLength(1);
    expect(out).toContain('根拠: 第14条（契約者からの利用契約の解約）第１項 [art-14-p1]（条文は上記）');
    expect(out).toContain('[参考] 解約の通知の到達日（2026年（令和8年）1月20日）から解約希望日（2026年（令和8年）2月28日）までの期間が2ヶ月未満であるため、2026年（令和8年）3月20日が解約希望日とみなされます（cancellation-date-adjusted、events[2]）');
    expect(out).not.toContain('the contract ends on');
    expect(out).toContain('障害 o-1: 50.5時間 → 2単位、減額 2,000円（円未満の端数: 切り捨て）。2026年（令和8年）5月1日 に請求済みで、減額されます');
    expect(out).toContain('【未了】当社は、業務情報を速やかに削除する（2026年（令和8年）3月21日 から）');
    expect(out).toContain('【未了】契約者及び当社は、2027年（令和9年）3月20日まで秘密情報を秘密として保持する');
    expect(out).toContain('当社は、本サービスの全部又は一部の提供を停止することができる（inv-03 による）: 2026年（令和8年）3月11日 〜 2026年（令和8年）3月20日');
  });

  it('should name a clause as the terms number it, two-digit items in half-width (第10号, as the site and terms ci cite it)', () => {
    const out = text(contract('2025-04-01', [{ type: 'company.termination', date: '2025-06-01', ground: 'art-15-p1-i10' }]), '2025-12-01');
    expect(out).toContain('根拠: 第15条（当社からの利用契約の解約）第１項第10号 [art-15-p1-i10]');
  });

  it('should list the problems of an invalid contract', () => {
    const out = text({ contract: 'K-9', events: [{ type: 'contract.formed', date: '2026-02-30', monthlyFee: 1 }] }, '2026-12-01');
    expect(out).toBe('━━ 契約 K-9 ━━ 入力に誤りがあるため評価できません\n  ・K-9 events[0].date: 2026-02-30 は実在しない日付です / not a real date\n\n');
  });

  it('should explain a pending contract and the other deadline kinds', () => {
    expect(text(contract('2025-04-01'), '2025-03-01')).toContain('状態: 利用契約の成立前');
    const out = text(
      contract('2025-04-01', [
        { type: 'payment.due', id: 'inv-1', date: '2026-03-10', amount: 1000 },
        { type: 'violation', id: 'v-1', date: '2026-03-12', by: 'authorized-user' },
      ]),
      '2026-03-15',
    );
    expect(out).toContain('2026年（令和8年）3月19日まで: 違反 v-1 がこの日までに是正されない場合、当社は、翌日から所定の措置を講ずることができます');
    expect(out).toContain('2026年（令和8年）4月10日まで: 請求 inv-1 の利用料金をこの日までに支払わない場合、当社は、翌日から利用契約を解約することができます');
    expect(out).toContain('根拠: 第15条（当社からの利用契約の解約）第１項第８号 [art-15-p1-i8]\n      ｜（８）当社又は当社が指定する第三者への利用料金支払日から１ケ月以上経過しても');
  });
});
