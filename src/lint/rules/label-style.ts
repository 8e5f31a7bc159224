/**
 * label-style: a 項 or 号 number written explicitly in the text follows the document's numbering style
 * (front matter `numbering`): 第15条 `（9）` in a `mixed` document should be `（９）`, 第32条 `2．` in a
 * `fullwidth` one `２．`, and nothing follows a label but the sentence (`（１） 刑事…` has a space).
 * That 項 and 号 are numbered consecutively is the compiler's job (compile/paragraph-sequence and
 * a label that does not match its position are compile errors).
 */
import { itemLabel, paragraphLabel, type NumberingStyle } from '../../numbers/index.js';
import { levelOfKind } from '../../ruleset/levels.js';
import { exampleDocument } from '../example.js';
import type { Finding, LintRule } from '../types.js';

const STYLE: Record<NumberingStyle, string> = {
  fullwidth: '全角',
  halfwidth: '半角',
  mixed: '一桁は全角・二桁以上は半角',
};

export const labelStyle: LintRule = {
  id: 'label-style',
  severity: 'warning',
  description: '書かれた項・号の番号が規約の表記（numbering）に従う / explicit 項 and 号 labels follow the numbering style',
  check(ruleSet, context) {
    const findings: Finding[] = [];
    const { numbering } = ruleSet.meta;
    for (const clause of context.sentences) {
      if (!clause.labelExplicit || clause.label === null || clause.kind === 'Subitem1') continue;
      const style = clause.kind === 'Paragraph' ? numbering.paragraph : numbering.item;
      const expected = clause.kind === 'Paragraph' ? paragraphLabel(clause.num.value, style) : itemLabel(clause.num.value, style);
      const { label } = clause;
      if (label === expected) continue;
      const what = levelOfKind(clause.kind).ja;
      const message =
        label.trimEnd() === expected
          ? `${what}の番号の後に空白があります / Unexpected space after ${expected}, expected the sentence right after it`
          : `${what}の番号の表記が規約の表記（${STYLE[style]}）と異なります / Unexpected ${label.trimEnd()}, expected ${expected}`;
      const [, line = 1, column = 1] = clause.sentenceMap[0] ?? [];
      const place = { line, column: column - label.length, endLine: line, endColumn: column };
      findings.push({ message, place, clause: clause.id, fix: [{ ...place, text: expected }] });
    }
    return findings;
  },
  examples: {
    ok: [
      exampleDocument(`
## 第１条（禁止事項） {#a}

契約者は、次の行為をしないものとします。

- （１）不正アクセス

- 虚偽の申告

2. ２．当社は、前項の行為を発見した場合、利用を停止できます。
`),
    ],
    notOk: [
      {
        markdown: exampleDocument(`
## 第１条（禁止事項） {#a}

契約者は、次の行為をしないものとします。

- （1）不正アクセス

- （２） 虚偽の申告

2. 2．当社は、前項の行為を発見した場合、利用を停止できます。
`),
        findings: [
          { clause: 'art-1-p1-i1', line: 16, column: 3, message: '号の番号の表記が規約の表記（一桁は全角・二桁以上は半角）と異なります / Unexpected （1）, expected （１）' },
          { clause: 'art-1-p1-i2', line: 18, column: 3, message: '号の番号の後に空白があります / Unexpected space after （２）, expected the sentence right after it' },
          { clause: 'art-1-p2', line: 20, column: 4, message: '項の番号の表記が規約の表記（全角）と異なります / Unexpected 2．, expected ２．' },
        ],
      },
    ],
  },
};
