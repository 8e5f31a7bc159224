/**
 * statute-name: a statute the terms cite by name (民法, 特定商取引法, …法第N条) is one the project's table
 * (src/statutes/laws.ts) knows, under a title it had when the text was written. A former title is
 * reported where this version writes the clause (the first version, or a clause it lists in `changes`)
 * and took effect after the rename. A clause a later version carries over unchanged keeps the text
 * customers accepted when the title was right; it is reported once a version changes it.
 */
import { isWithin } from '../../ruleset/ids.js';
import type { RuleSet } from '../../ruleset/schema.js';
import { lookupStatute } from '../../statutes/index.js';
import { exampleDocument } from '../example.js';
import type { Finding, LintRule } from '../types.js';

/** 2025-04-01 → 2025年4月1日. */
function japaneseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The day after an ISO date (the first day of the new title), without the machine's time zone. */
function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Whether this version writes a clause's text (rather than carrying it over from the previous version). */
function writtenHere(ruleSet: RuleSet, clause: string): boolean {
  if (ruleSet.meta.noticeDate === null) return true;
  return ruleSet.meta.changes.some((c) => isWithin(clause, c.clause) || isWithin(c.clause, clause));
}

export const statuteName: LintRule = {
  id: 'statute-name',
  severity: 'warning',
  description: '引用する法令の名称が法令の表にあり、その版の効力発生日に有効な題名である / cited statutes are known, under their title in force',
  check(ruleSet) {
    const findings: Finding[] = [];
    for (const ref of ruleSet.references) {
      const statute = ref.kind === 'statute' ? ref.statute : null;
      if (!statute || statute.name === '同法') continue;
      const known = lookupStatute(statute.name);
      if (!known) {
        findings.push({
          message: `法令名「${statute.name}」は法令の表にありません（名称の誤りか、表への追加が必要です） / Unexpected statute name ${statute.name}, expected a law listed in src/statutes/laws.ts`,
          place: ref.loc,
          clause: ref.from,
        });
        continue;
      }
      const until = known.name.until;
      if (known.name.kind === 'former' && until !== undefined && ruleSet.meta.effective > until && writtenHere(ruleSet, ref.from)) {
        const since = nextDay(until);
        findings.push({
          message: `「${statute.name}」は${japaneseDate(since)}から「${known.law.title}」に題名が改められています / Unexpected former name ${statute.name}, expected ${known.law.title} (renamed on ${since})`,
          place: ref.loc,
          clause: ref.from,
        });
      }
    }
    return findings;
  },
  examples: {
    ok: [
      exampleDocument(`
## 第１条（禁止事項） {#a}

契約者は、特定商取引法又は特定電子メールの送信の適正化等に関する法律に違反する行為をしてはならない。

2. 当社は、民法第548条の4の規定により、この規約を変更することがある。
`),
      `---
document: example
title: 例示規約
company: 例示株式会社
version: 2024-04-01
effective: 2024-04-01
---

## 第１条（開示） {#a}

当社は、特定電気通信役務提供者の損害賠償責任の制限及び発信者情報の開示に関する法律第５条に基づく請求があったときは、情報を開示することがある。
`,
      `---
document: example
title: 例示規約
company: 例示株式会社
version: 2026-04-01
effective: 2026-04-01
noticeDate: 2026-02-27
changes:
  - clause: art-2
    reason: 料金の改定
---

## 第１条（開示） {#a}

当社は、特定電気通信役務提供者の損害賠償責任の制限及び発信者情報の開示に関する法律第５条に基づく請求があったときは、情報を開示することがある。

## 第２条（料金） {#b}

料金は、月額1,000円とする。
`,
    ],
    notOk: [
      {
        markdown: exampleDocument(`
## 第１条（開示） {#a}

当社は、特定電気通信役務提供者の損害賠償責任の制限及び発信者情報の開示に関する法律第５条に基づく請求があったときは、情報を開示することがある。

2. 当社は、電子帳簿保存法第４条に従い、取引情報を保存する。
`),
        findings: [
          { clause: 'art-1-p1', line: 14, column: 5, message: '「特定電気通信役務提供者の損害賠償責任の制限及び発信者情報の開示に関する法律」は2025年4月1日から「特定電気通信による情報の流通によって発生する権利侵害等への対処に関する法律」に題名が改められています / Unexpected former name 特定電気通信役務提供者の損害賠償責任の制限及び発信者情報の開示に関する法律, expected 特定電気通信による情報の流通によって発生する権利侵害等への対処に関する法律 (renamed on 2025-04-01)' },
          { clause: 'art-1-p2', line: 16, column: 8, message: '法令名「電子帳簿保存法」は法令の表にありません（名称の誤りか、表への追加が必要です） / Unexpected statute name 電子帳簿保存法, expected a law listed in src/statutes/laws.ts' },
        ],
      },
    ],
  },
};
