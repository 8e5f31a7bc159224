/**
 * ref-caption: where a reference repeats the caption of its target (第15条（当社からの利用契約の解約）),
 * the caption is the target article's. A wrong caption usually means a wrong number.
 */
import type { LintContext, SentenceClause } from '../context.js';
import { exampleDocument } from '../example.js';
import type { Finding, LintRule } from '../types.js';

export const refCaption: LintRule = {
  id: 'ref-caption',
  severity: 'error',
  description: '参照に添えた見出しが参照先の条の見出しと一致する / a caption repeated in a reference is its target’s',
  check(ruleSet, context: LintContext) {
    const findings: Finding[] = [];
    for (const ref of ruleSet.references) {
      const target = ref.target ?? ref.targets[0];
      if (ref.kind === 'external' || ref.caption === null || target === undefined) continue;
      const article = context.articleOf(target);
      const expected = article?.caption?.text;
      if (!article || expected === undefined || expected === ref.caption) continue;
      const owner = ruleSet.articles.find((a) => a.caption?.text === ref.caption);
      const ja = owner ? `（（${ref.caption}）は${owner.title}の見出しです）` : '';
      const en = owner ? ` (（${ref.caption}） is the caption of ${owner.title})` : '';
      const clause = context.clause(ref.from) as SentenceClause;
      const at = ref.text.indexOf(ref.caption) - 1;
      findings.push({
        message: `参照先の見出しが一致しません: ${article.title}の見出しは（${expected}）です${ja} / Unexpected caption （${ref.caption}）, expected （${expected}）${en}`,
        place: context.place(clause, ref.offset + at, ref.caption.length + 2),
        clause: ref.from,
      });
    }
    return findings;
  },
  examples: {
    ok: [
      exampleDocument(`
## 第１条（再委託） {#a}

当社は、業務を第三者に再委託できます。

## 第２条（秘密保持） {#b}

当社は、第１条（再委託）の再委託先にも秘密を守らせます。
`),
    ],
    notOk: [
      {
        markdown: exampleDocument(`
## 第１条（再委託） {#a}

当社は、業務を第三者に再委託できます。

## 第２条（免責） {#b}

当社は、第１条（免責）に定める場合、責任を負いません。
`),
        findings: [
          { clause: 'art-2-p1', line: 18, column: 8, message: '参照先の見出しが一致しません: 第１条の見出しは（再委託）です（（免責）は第２条の見出しです） / Unexpected caption （免責）, expected （再委託） (（免責） is the caption of 第２条)' },
        ],
      },
    ],
  },
};
