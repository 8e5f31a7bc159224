/**
 * ref-target: every absolute reference (第N条, 第M項, 第K号, …各号, 附則第２項, 別表, ranges 第１条から第３条まで,
 * exclusions （第二号を除く。）) designates clauses that exist. References to another law (刑事訴訟法第２１８条)
 * are external and never reported. The rule reads the reference's parsed parts, never its text.
 */
import type { Article, Paragraph, Reference, ReferencePart, RuleSet } from '../../ruleset/schema.js';
import { isWithin } from '../../ruleset/ids.js';
import { levelNamed } from '../../ruleset/levels.js';
import type { LintContext } from '../context.js';
import { exampleDocument } from '../example.js';
import type { Finding, LintRule } from '../types.js';

const UNIT = { article: '条', paragraph: levelNamed('paragraph').ja, item: levelNamed('item').ja } as const;

/** A part as the text writes it: 第３条の２, 第２項, 附則, 別表第一. */
function written(part: ReferencePart): string {
  const n = part.num ? part.num.written + (part.num.branch ? `の${part.num.branch}` : '') : '';
  if (part.level === 'suppl') return '附則';
  if (part.level === 'appendix') return n ? `別表第${n}` : '別表';
  return `第${n}${UNIT[part.level]}`;
}

/** Why a pointer does not resolve, walking its parts from the top, in the words of the text. */
function explainParts(parts: readonly ReferencePart[], ref: Reference, ruleSet: RuleSet, context: LintContext): string | null {
  const articles = ruleSet.articles;
  let container: Article | RuleSet['supplProvision'] | undefined = context.articleOf(ref.from) ?? ruleSet.supplProvision ?? undefined;
  let paragraph: Paragraph | undefined;
  let where = container?.kind === 'Article' ? container.title : (container?.label ?? '');
  let named = false;
  for (const part of parts) {
    if (part.level === 'appendix') {
      return `この文書に${written(part)}はありません / Unexpected reference to ${written(part)}, this document has no such appendix`;
    }
    if (part.level === 'suppl') {
      if (!ruleSet.supplProvision) return `この文書に附則はありません / Unexpected reference to 附則, this document has none`;
      container = ruleSet.supplProvision;
      where = container.label;
      named = true;
      continue;
    }
    if (part.level === 'article') {
      if (part.pointer !== 'named' || !part.num) return null;
      const value = part.num.value;
      const branch = part.num.branch;
      container = articles.find((a) => a.num.value === value && a.num.branch === branch);
      if (!container) {
        const last = articles.at(-1)?.title ?? '';
        return `参照先の${written(part)}がありません / Unexpected reference to ${written(part)}, expected an article of this document (第１条〜${last})`;
      }
      where = container.title;
      named = true;
      continue;
    }
    if (!container) return null;
    if (part.level === 'paragraph') {
      if (part.pointer !== 'named' || !part.num) return null;
      paragraph = container.paragraphs[part.num.value - 1];
      const count = container.paragraphs.length;
      if (!paragraph) {
        return `${where}に${written(part)}はありません（第${count}項まで） / Unexpected ${written(part)}, expected one of ${where}'s ${count} paragraph(s)`;
      }
      where += written(part);
      named = true;
      continue;
    }
    if (!paragraph) {
      const from = context.clause(ref.from);
      paragraph = named
        ? container.paragraphs[0]
        : from?.kind === 'Paragraph'
          ? from
          : container.paragraphs.find((p) => isWithin(ref.from, p.id));
    }
    const items = paragraph?.items.length ?? 0;
    if (part.pointer === 'each') {
      return items ? null : `${where}には号がありません / Unexpected 各号, ${where} has no items`;
    }
    if (part.pointer === 'named' && part.num && part.num.value > items) {
      return `${where}に${written(part)}はありません（${items ? `第${items}号まで` : '号がありません'}） / Unexpected ${written(part)}, expected one of ${where}'s ${items} item(s)`;
    }
  }
  return null;
}

/** Why a reference does not resolve: its pointer, its range's end, or an exclusion. */
function explain(ref: Reference, ruleSet: RuleSet, context: LintContext): string {
  const own = explainParts(ref.parts, ref, ruleSet, context);
  if (own) return own;
  if (ref.through) {
    const end = explainParts(ref.through, ref, ruleSet, context);
    return end ?? `範囲「${ref.text}」の始めと終わりが同じ並びにありません / Unexpected range ${ref.text}, expected its ends in one list, first before last`;
  }
  if (ref.excluding.length) {
    return `「${ref.text}」の除く部分が参照先に含まれていないか、すべてを除いています / Unexpected exclusion in ${ref.text}, expected clauses among those referred to`;
  }
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
      findings.push({ message: explain(ref, ruleSet, context), place: ref.loc, clause: ref.from });
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
      exampleDocument(`
## 第１条（目的） {#a}

この規約は、附則第２項の経過措置とあわせて適用します。

## 第２条（対象者） {#b}

次に掲げる者を対象とします。

- 会員

- 準会員

- 法人会員

## 第３条（適用） {#c}

第１条から第２条までの規定は、第２条各号（第二号を除く。）に掲げる者に適用します。

# 附則

この規約は、2026年4月1日から施行します。

2. 施行前の申込みには、従前の規約を適用します。
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
        findings: [
          { clause: 'art-1-p1', line: 14, column: 5, message: '参照先の第９条がありません / Unexpected reference to 第９条, expected an article of this document (第１条〜第１条)' },
          { clause: 'art-1-p2', line: 16, column: 8, message: '第１条に第５項はありません（第3項まで） / Unexpected 第５項, expected one of 第１条\'s 3 paragraph(s)' },
          { clause: 'art-1-p3', line: 18, column: 8, message: '第１条第１項には号がありません / Unexpected 各号, 第１条第１項 has no items' },
        ],
      },
      {
        markdown: exampleDocument(`
## 第１条（料金） {#a}

利用者は、別表に定める料金を支払います。

2. 附則第３項の場合は、この限りでありません。

3. 第１条から第９条までの規定は、更新にも適用します。

4. 第２条各号（第三号を除く。）に掲げる者には、前項を適用しません。

## 第２条（対象者） {#b}

次に掲げる者を対象とします。

- 会員

- 準会員

# 附則

この規約は、2026年4月1日から施行します。
`),
        findings: [
          { clause: 'art-1-p1', line: 14, column: 6, message: 'この文書に別表はありません / Unexpected reference to 別表, this document has no such appendix' },
          { clause: 'art-1-p2', line: 16, column: 4, message: '附則に第３項はありません（第1項まで） / Unexpected 第３項, expected one of 附則\'s 1 paragraph(s)' },
          { clause: 'art-1-p3', line: 18, column: 4, message: '参照先の第９条がありません / Unexpected reference to 第９条, expected an article of this document (第１条〜第２条)' },
          { clause: 'art-1-p4', line: 20, column: 4, message: '「第２条各号（第三号を除く。）」の除く部分が参照先に含まれていないか、すべてを除いています / Unexpected exclusion in 第２条各号（第三号を除く。）, expected clauses among those referred to' },
        ],
      },
    ],
  },
};
