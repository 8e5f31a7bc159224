/**
 * bracket-width: parentheses are 全角 and pairs match, the way the terms are written: 第32条（秘密情報の
 * 取り扱い）, not 第32条(秘密情報の取り扱い) (第20条) or （嫌がらせメール) (第27条(11)). A caption in a
 * reference gets a message that names the reference.
 */
import type { Place, TextEdit } from '../../diagnostics/index.js';
import { exampleDocument } from '../example.js';
import type { Finding, LintRule } from '../types.js';

export const bracketWidth: LintRule = {
  id: 'bracket-width',
  severity: 'warning',
  description: '括弧（参照の見出しの括弧を含む）は全角で対にする / parentheses, captions in references included, are full-width pairs',
  check(_ruleSet, context) {
    const findings: Finding[] = [];
    for (const clause of context.sentences) {
      const text = clause.sentence;
      const stack: number[] = [];
      const groups: Array<[number, number]> = [];
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '（' || c === '(') stack.push(i);
        else if (c === '）' || c === ')') {
          const open = stack.pop();
          if (open === undefined) {
            if (c === ')') groups.push([i, i]);
          } else if (text[open] === '(' || c === ')') groups.push([open, i]);
        }
      }
      for (const open of stack) if (text[open] === '(') groups.push([open, open]);
      for (const [start, end] of groups.sort((a, b) => a[0] - b[0])) {
        const written = text.slice(start, end + 1);
        const fixed = written.replace(/^\(/u, '（').replace(/\)$/u, '）');
        const ref = context.referencesIn(clause.id).find((r) => start >= r.offset && start < r.offset + r.text.length);
        const message = ref
          ? `参照の見出しの括弧は全角で書きます: ${ref.text} / Unexpected half-width brackets in ${ref.text}, expected ${ref.text.replace(written, fixed)}`
          : `括弧は全角で対にして書きます / Unexpected ${written}, expected ${start === end ? 'a full-width pair （…）' : fixed}`;
        // A pair has one right fix: each half-width bracket of it made full-width. A lone bracket has none.
        const fix: TextEdit[] = [];
        if (start !== end) {
          for (const [i, full] of [[start, '（'], [end, '）']] as const) {
            if (text[i] === '(' || text[i] === ')') fix.push({ ...(context.place(clause, i, 1) as Required<Place>), text: full });
          }
        }
        findings.push({ message, place: context.place(clause, start, end - start + 1), clause: clause.id, ...(fix.length ? { fix } : {}) });
      }
    }
    return findings;
  },
  examples: {
    ok: [
      exampleDocument(`
## 第１条（秘密情報） {#a}

当社は、秘密情報（以下「秘密情報」といいます。）を開示しません。

## 第２条（再委託） {#b}

当社は、再委託先に第１条（秘密情報）の義務を負わせます。
`),
    ],
    notOk: [
      {
        markdown: exampleDocument(`
## 第１条（秘密情報） {#a}

当社は、秘密情報を開示しません。

## 第２条（再委託） {#b}

当社は、再委託先に第１条(秘密情報)の義務を負わせます。

2. 契約者は、迷惑メール（嫌がらせメール)を送信しないものとします。
`),
        findings: [
          { clause: 'art-2-p1', line: 18, column: 13, message: '参照の見出しの括弧は全角で書きます: 第１条(秘密情報) / Unexpected half-width brackets in 第１条(秘密情報), expected 第１条（秘密情報）' },
          { clause: 'art-2-p2', line: 20, column: 14, message: '括弧は全角で対にして書きます / Unexpected （嫌がらせメール), expected （嫌がらせメール）' },
        ],
      },
    ],
  },
};
