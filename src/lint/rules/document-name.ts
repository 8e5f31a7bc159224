/**
 * document-name: the name of an external document in 「」 or 『』 is spelled one way across the
 * document. Two names are taken for the same document when the shorter one's characters all appear,
 * in order, in the longer one and both begin and end alike (「Knetクラウドサービス内容」 and
 * 「Knetクラウドサービスの個別サービス内容」); the spelling used most often is expected.
 */
import type { SentenceClause } from '../context.js';
import { exampleDocument } from '../example.js';
import type { Finding, LintRule } from '../types.js';

interface Name {
  name: string;
  clause: SentenceClause;
  offset: number;
  length: number;
}

const QUOTED = /「([^「」]+)」|『([^『』]+)』/gu;
/** A quotation that defines a term (以下「…」, 「…」という / をいう) names no document. */
const DEFINING_BEFORE = /以下[、，]?(?:(?:本条|この条)において[、，]?)?$/u;
const DEFINING_AFTER = /^(?:という|といいます|をいう|をいいます)/u;

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** Whether two different spellings name the same document. */
function sameDocument(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return (
    short.length >= 4 &&
    short !== long &&
    long.startsWith(short.slice(0, 2)) &&
    long.endsWith(short.slice(-2)) &&
    isSubsequence(short, long)
  );
}

export const documentName: LintRule = {
  id: 'document-name',
  severity: 'warning',
  description: '「」で示す外部文書の名称を文書全体で統一する / names of external documents in 「」 are spelled consistently',
  check(ruleSet, context) {
    const terms = new Set(ruleSet.definitions.map((d) => d.term));
    const names: Name[] = [];
    for (const clause of context.sentences) {
      for (const m of clause.sentence.matchAll(QUOTED)) {
        const name = m[1] ?? m[2] ?? '';
        const before = clause.sentence.slice(0, m.index);
        const after = clause.sentence.slice(m.index + m[0].length);
        if (terms.has(name) || DEFINING_BEFORE.test(before) || DEFINING_AFTER.test(after)) continue;
        names.push({ name, clause, offset: m.index, length: m[0].length });
      }
    }
    const count = new Map<string, number>();
    for (const n of names) count.set(n.name, (count.get(n.name) ?? 0) + 1);
    const spellings = [...count.keys()];
    const findings: Finding[] = [];
    for (const n of names) {
      const rivals = spellings.filter((s) => sameDocument(s, n.name));
      // The most used spelling wins; on a tie, the one written first in the document.
      const preferred = [n.name, ...rivals].sort(
        (a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || names.findIndex((x) => x.name === a) - names.findIndex((x) => x.name === b),
      )[0];
      if (!preferred || preferred === n.name) continue;
      findings.push({
        message: `文書名の表記が統一されていません: 「${n.name}」 / Unexpected 「${n.name}」, expected 「${preferred}」 (written ${count.get(preferred) ?? 0} time(s))`,
        place: context.place(n.clause, n.offset, n.length),
        clause: n.clause.id,
      });
    }
    return findings;
  },
  examples: {
    ok: [
      exampleDocument(`
## 第１条（利用期間） {#a}

利用期間は、「個別サービス内容」に定めるとおりとし、「料金表」に従って請求します。

## 第２条（サービスレベル） {#b}

当社は、「個別サービス内容」記載の基準を満たすよう努めます。「サービスレベル指標」（以下「指標」といいます。）は参考値です。
`),
    ],
    notOk: [
      {
        markdown: exampleDocument(`
## 第１条（利用期間） {#a}

利用期間は、「Knetクラウドサービスの個別サービス内容」に定めるとおりとします。

2. 内容は、「Knetクラウドサービスの個別サービス内容」に定めます。

## 第２条（サービスレベル） {#b}

当社は、「Knetクラウドサービス内容」記載の基準を満たすよう努めます。
`),
        findings: [
          { clause: 'art-2-p1', line: 20, column: 5, message: '文書名の表記が統一されていません: 「Knetクラウドサービス内容」 / Unexpected 「Knetクラウドサービス内容」, expected 「Knetクラウドサービスの個別サービス内容」 (written 2 time(s))' },
        ],
      },
    ],
  },
};
