/**
 * conjunction-nesting: 及び/並びに and 又は/若しくは in the order legislative drafting requires. With one
 * level, 及び and 又は are used; a second level puts 並びに above 及び and 若しくは below 又は. So a
 * sentence with 並びに but no 及び, or with 若しくは but no 又は, uses the wrong word (第11条
 * 「商号若しくは名称」 alone should read 「商号又は名称」). Hiragana spellings count as the same words.
 */
import { exampleDocument } from '../example.js';
import type { Finding, LintRule } from '../types.js';
import { splitSentences } from '../text/sentences.js';

const PAIRS = [
  {
    upper: /並びに|ならびに/u,
    lower: /及び|および/u,
    message: (w: string) =>
      `「${w}」は「及び」で結んだ語句をさらに結ぶときに使います / Unexpected ${w} without 及び in the sentence, expected 及び`,
  },
  {
    upper: /若しくは|もしくは/u,
    lower: /又は|または/u,
    message: (w: string) =>
      `「${w}」は「又は」で結ぶ選択の中の小さな選択に使います / Unexpected ${w} without 又は in the sentence, expected 又は`,
  },
];

export const conjunctionNesting: LintRule = {
  id: 'conjunction-nesting',
  severity: 'warning',
  description: '並びに は 及び と、若しくは は 又は と組にして使う / 並びに needs 及び and 若しくは needs 又は in the sentence',
  check(_ruleSet, context) {
    const findings: Finding[] = [];
    for (const clause of context.sentences) {
      for (const sentence of splitSentences(clause.sentence)) {
        for (const pair of PAIRS) {
          const m = pair.upper.exec(sentence.text);
          if (!m || pair.lower.test(sentence.text)) continue;
          findings.push({
            message: pair.message(m[0]),
            place: context.place(clause, sentence.offset + m.index, m[0].length),
            clause: clause.id,
          });
        }
      }
    }
    return findings;
  },
  examples: {
    ok: [
      exampleDocument(`
## 第１条（料金） {#a}

利用料金及び消費税並びにその支払方法は、当社が定めます。契約者は、通知又は催告を受けた場合、書面若しくは電子メール又は口頭で回答します。
`),
    ],
    notOk: [
      {
        markdown: exampleDocument(`
## 第１条（通知） {#a}

契約者は、商号若しくは名称に変更があるときは、通知します。

2. 契約者設備並びに本サービス利用のための環境に不具合がある場合、当社は責任を負いません。
`),
        findings: [
          { clause: 'art-1-p1', line: 14, column: 8, message: '「若しくは」は「又は」で結ぶ選択の中の小さな選択に使います / Unexpected 若しくは without 又は in the sentence, expected 又は' },
          { clause: 'art-1-p2', line: 16, column: 9, message: '「並びに」は「及び」で結んだ語句をさらに結ぶときに使います / Unexpected 並びに without 及び in the sentence, expected 及び' },
        ],
      },
    ],
  },
};
