/**
 * topic-doubled: a sentence in which one topic (「…は、」) is directly followed by another, with no
 * predicate between them, leaves the first topic without a predicate. 第４条１ of the 2018 text reads
 * 「…利用契約の内容は、変更後の新利用規約に関する準拠法は、日本法とします。」: 内容は has no
 * predicate. Conditions (場合は、, ときは、) and particles before は (には、では、とは) are not topics.
 */
import { exampleDocument } from '../example.js';
import type { Finding, LintRule } from '../types.js';
import { blankParentheticals, splitSentences } from '../text/sentences.js';

/** A comma-separated chunk that ends a topic: `…は` not after a particle, not a condition. */
function isTopic(chunk: string): boolean {
  return (
    /[^、]は$/u.test(chunk) &&
    !/[にでとてへ]は$/u.test(chunk) &&
    !/(?:場合|とき|時|時点|際|限り|以降|以後|以前|又|また)は$/u.test(chunk)
  );
}

/** The end of a long topic, for a message: `…利用契約の内容は`. */
function tail(topic: string): string {
  return topic.length > 10 ? `…${topic.slice(-10)}` : topic;
}

export const topicDoubled: LintRule = {
  id: 'topic-doubled',
  severity: 'warning',
  description: '主題「…は、」の述語がないまま次の主題が続く文を報告する / a topic directly followed by another topic has no predicate',
  check(_ruleSet, context) {
    const findings: Finding[] = [];
    for (const clause of context.sentences) {
      for (const sentence of splitSentences(clause.sentence)) {
        const text = blankParentheticals(sentence.text);
        let offset = 0;
        let previous: string | null = null;
        for (const chunk of text.split('、')) {
          if (previous !== null && isTopic(previous) && isTopic(chunk)) {
            const first = tail(sentence.text.slice(offset - previous.length - 1, offset - 1));
            const second = tail(sentence.text.slice(offset, offset + chunk.length));
            findings.push({
              message: `主題「${first}、」の述語がないまま次の主題「${second}、」が続いています / Unexpected topic ${second} right after topic ${first}, expected a predicate for ${first}`,
              place: context.place(clause, sentence.offset + offset, chunk.length),
              clause: clause.id,
            });
          }
          previous = chunk;
          offset += chunk.length + 1;
        }
      }
    }
    return findings;
  },
  examples: {
    ok: [
      exampleDocument(`
## 第１条（変更） {#a}

当社は、利用規約を変更する場合は、契約者に通知します。なお、この場合には、利用契約の内容は、変更後の利用規約によるものとします。

2. 当社は、本サービスを提供するものであり、契約者は、利用料金を支払います。
`),
    ],
    notOk: [
      {
        markdown: exampleDocument(`
## 第１条（変更） {#a}

当社は、利用規約を随時変更することがあります。なお、この場合には、契約者の利用条件その他利用契約の内容は、変更後の新利用規約に関する準拠法は、日本法とします。
`),
        findings: [
          { clause: 'art-1-p1', line: 14, column: 54, message: '主題「…の他利用契約の内容は、」の述語がないまま次の主題「…規約に関する準拠法は、」が続いています / Unexpected topic …規約に関する準拠法は right after topic …の他利用契約の内容は, expected a predicate for …の他利用契約の内容は' },
        ],
      },
    ],
  },
};
