/**
 * ref-target: every absolute reference (第N条, 第M項, 第K号, …各号) designates a clause that exists.
 * References to another law (刑事訴訟法第２１８条) are external and never reported.
 */
import type { Article, Paragraph, Reference } from '../../ruleset/schema.js';
import { NUMBER_CHARS, parseNumber } from '../../numbers/index.js';
import type { LintContext } from '../context.js';
import { exampleDocument } from '../example.js';
import type { Finding, LintRule } from '../types.js';

const N = `[${NUMBER_CHARS}]+`;
const PARTS = new RegExp(`^(?:第(${N})条(?:の(${N}))?)?(?:[（(][^（()）]*[）)])?(?:第(${N})項)?(?:第(${N})号)?(各号)?`, 'u');

/** Why a reference does not resolve, in the words of the text. */
function explain(ref: Reference, context: LintContext, articles: readonly Article[]): string {
  const m = PARTS.exec(ref.text);
  const [, art, branch, para, item, each] = m ?? [];
  let article = context.articleOf(ref.from);
  if (art !== undefined) {
    const value = parseNumber(art);
    const branchValue = branch === undefined ? undefined : (parseNumber(branch) ?? undefined);
    article = articles.find((a) => a.num.value === value && a.num.branch === branchValue);
    if (!article) {
      const last = articles.at(-1)?.title ?? '';
      return `参照先の第${art}条${branch ? `の${branch}` : ''}がありません / Unexpected reference to 第${art}条, expected an article of this document (第１条〜${last})`;
    }
  }
  if (!article) return `参照先がありません / Unexpected ${ref.text}, expected an existing clause`;
  let paragraph: Paragraph | undefined;
  let where = article.title;
  if (para !== undefined) {
    paragraph = article.paragraphs[(parseNumber(para) ?? 0) - 1];
    if (!paragraph) {
      return `${article.title}に第${para}項はありません（第${article.paragraphs.length}項まで） / Unexpected 第${para}項, expected one of ${article.title}'s ${article.paragraphs.length} paragraph(s)`;
    }
    where += `第${para}項`;
  } else if (art !== undefined) {
    paragraph = article.paragraphs[0];
  } else {
    const from = context.clause(ref.from);
    paragraph = from?.kind === 'Paragraph' ? from : article.paragraphs.find((p) => ref.from.startsWith(`${p.id}-`));
  }
  const items = paragraph?.items.length ?? 0;
  if (item !== undefined) {
    return `${where}に第${item}号はありません（${items ? `第${items}号まで` : '号がありません'}） / Unexpected 第${item}号, expected one of ${where}'s ${items} item(s)`;
  }
  if (each !== undefined) return `${where}には号がありません / Unexpected 各号, ${where} has no items`;
  return `参照先がありません / Unexpected ${ref.text}, expected an existing clause`;
}

export const refTarget: LintRule = {
  id: 'ref-target',
  severity: 'error',
  description: '第N条・第M項・第K号への参照が実在する条項を指す / every 第N条, 第M項, 第K号 reference resolves',
  check(ruleSet, context) {
    const findings: Finding[] = [];
    for (const ref of ruleSet.references) {
      if (ref.kind !== 'absolute' || ref.targets.length > 0) continue;
      findings.push({ message: explain(ref, context, ruleSet.articles), place: ref.loc, clause: ref.from });
    }
    return findings;
  },
  examples: {
    ok: [
      exampleDocument(`
## 第１条（解約） {#a}

当社は、契約者が次の各号のいずれかに該当する場合、利用契約を解約できます。

- 支払を怠った場合

- 差押えを受けた場合

## 第２条（停止） {#b}

当社は、契約者が第１条（解約）第１項各号のいずれかに該当する場合、本サービスを停止できます。

2. 当社は、第１条第２号の場合、直ちに停止できます。
`),
      exampleDocument(`
## 第１条（開示） {#a}

当社は、刑事訴訟法第２１８条に基づく処分があった場合、情報を開示できます。
`),
    ],
    notOk: [
      {
        markdown: exampleDocument(`
## 第１条（停止） {#a}

当社は、第９条に定める場合、本サービスを停止できます。

2. 当社は、第１条第５項の場合も同様とします。

3. 当社は、第１条第１項各号の場合も同様とします。
`),
        findings: ['art-1-p1', 'art-1-p2', 'art-1-p3'],
      },
    ],
  },
};
