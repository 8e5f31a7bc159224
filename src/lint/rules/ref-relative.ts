/**
 * ref-relative: relative references (前条, 前項, 前各項, 同条, 前各号, 次条…) make sense where they stand:
 * they resolve, and the plural 前各項 / 前各号 have two or more clauses before them (one is 前項 / 前号).
 */
import { levelNamed } from '../../ruleset/levels.js';
import { exampleDocument } from '../example.js';
import type { Finding, LintRule } from '../types.js';


export const refRelative: LintRule = {
  id: 'ref-relative',
  severity: 'error',
  description: '前条・前項・前各項・同条・前各号・次条が置かれた位置で意味をなす / relative references make sense where they stand',
  check(ruleSet) {
    const findings: Finding[] = [];
    for (const ref of ruleSet.references) {
      if (ref.kind !== 'relative') continue;
      // The parsed parts tell 前各項 / 前各号 from the rest; the text is never parsed again here.
      const head = ref.parts[0];
      const level = head?.pointer === 'prev-each' && (head.level === 'paragraph' || head.level === 'item') ? levelNamed(head.level) : null;
      const word = level ? `前各${level.ja}` : ref.text;
      const count = ref.targets.length;
      let message: string | null = null;
      if (level && count < 2) {
        const unit = level.ja;
        message =
          count === 0
            ? `${word}が指す${unit}がありません（最初の${unit}です） / Unexpected ${word} in the first ${level.name}, expected no reference to preceding clauses`
            : `前にある${unit}は一つだけです / Unexpected ${word} with one preceding ${level.name}, expected 前${unit}`;
      } else if (count === 0) {
        message = `${ref.text}が指す条項がありません / Unexpected ${ref.text}, expected a reference that resolves where it stands`;
      }
      if (message) findings.push({ message, place: ref.loc, clause: ref.from });
    }
    return findings;
  },
  examples: {
    ok: [
      exampleDocument(`
## 第１条（通知） {#a}

当社は、契約者に通知します。

2. 前項の通知は、電子メールで行います。

3. 前各項の規定は、認定利用者にも適用します。

## 第２条（禁止事項） {#b}

契約者は、次の行為をしないものとします。

- 不正アクセス

- 前号の準備

- 前各号を助長する行為

2. 契約者は、前条の通知に従います。
`),
    ],
    notOk: [
      {
        markdown: exampleDocument(`
## 第１条（通知） {#a}

当社は、前条の定めに従い、契約者に通知します。

2. 前各項の定めにかかわらず、当社は次の場合に通知を省略できます。

   - 前各号のいずれかに該当する場合
`),
        findings: [
          { clause: 'art-1-p1', line: 14, column: 5, message: '前条が指す条項がありません / Unexpected 前条, expected a reference that resolves where it stands' },
          { clause: 'art-1-p2', line: 16, column: 4, message: '前にある項は一つだけです / Unexpected 前各項 with one preceding paragraph, expected 前項' },
          { clause: 'art-1-p2-i1', line: 18, column: 6, message: '前各号が指す号がありません（最初の号です） / Unexpected 前各号 in the first item, expected no reference to preceding clauses' },
        ],
      },
    ],
  },
};
