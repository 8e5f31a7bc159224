/**
 * annotation-missing: a clause whose text clearly states one of the rules the checker and the notices
 * rely on carries that rule's annotation (on itself, its article or paragraph, or a child). "Clearly"
 * means the words of the rule together with its figure: 解約 with a period before (２ヶ月前), 廃止 with
 * a period before, 準拠法は, 管轄裁判所 … A rule stated twice, once without its annotation, is how a
 * garbled sentence such as the 2018 第４条１ (a second governing law) shows.
 *
 * The words must be about the right thing: a change notice changes the terms (規約・約款・利用条件), not
 * the service's features (機能の追加・変更・廃止); a discontinuation ends the service, not a feature; a
 * notice-effect rule says when a 通知 takes effect, not when amended terms do (変更後の本約款は…効力を生じる).
 */
import type { AnnotationKind } from '../../annotation/schema.js';
import { childrenOf } from '../../ruleset/walk.js';
import type { LintContext, SentenceClause } from '../context.js';
import { exampleDocument } from '../example.js';
import type { Figure } from '../text/figures.js';
import type { Finding, LintRule } from '../types.js';
import { REQUIRED_KINDS } from './annotation-required.js';

/** What a clause must say to state a rule: a keyword, perhaps a duration followed by certain words. */
interface Statement {
  kind: AnnotationKind;
  keyword: RegExp;
  /** Also required: a duration (of this unit, if given) followed by text matching `then`. */
  period?: { then: RegExp; unit?: string };
  also?: RegExp;
  /** Also required: the topic (`…は、`) of the sentence in which `effect` is said names this. */
  topic?: { effect: RegExp; names: RegExp };
}

/** What the terms are called when they are the thing changed. */
const TERMS = '(?:規約|約款|利用条件|契約(?:の)?内容)';

const STATEMENTS: Statement[] = [
  { kind: 'cancellation', keyword: /解約/u, period: { then: /^(?:以上)?前/u } },
  {
    kind: 'change-notice',
    keyword: new RegExp(`${TERMS}[^。、]{0,16}?変更|変更後の(?:本|新)?${TERMS}`, 'u'),
    also: /通知/u,
    period: { then: /^(?:以上)?前/u },
  },
  { kind: 'discontinuation', keyword: /廃止/u, also: /サービス(?:(?!機能)[^。、])*廃止/u, period: { then: /^(?:以上)?前/u } },
  { kind: 'term', keyword: /期間満了|自動的に更新/u, period: { then: /^/u } },
  { kind: 'termination-ground', keyword: /支払/u, period: { then: /^(?:以上)?経過/u } },
  { kind: 'authorized-user-cure', keyword: /認定利用者/u, period: { then: /^(?:以上)?経過/u } },
  { kind: 'sla-credit', keyword: /利用(?:が)?(?:全く)?でき/u, period: { then: /^以上/u, unit: 'hours' } },
  { kind: 'confidentiality', keyword: /存続/u, period: { then: /^/u } },
  { kind: 'unpaid-fees-due', keyword: /未払/u, also: /までに[^。]*支払/u },
  { kind: 'jurisdiction', keyword: /管轄裁判所/u },
  { kind: 'governing-law', keyword: /準拠法は/u },
  { kind: 'notice-effect', keyword: /通知/u, topic: { effect: /効力を生じ/gu, names: /通知/u } },
];

/**
 * The topic of the sentence around `at`: the last `…は、` (or `…が、`) phrase before it in the same sentence,
 * from the preceding 、; the whole sentence up to `at` when there is none.
 */
function topicBefore(text: string, at: number): string {
  const start = text.lastIndexOf('。', at - 1) + 1;
  const before = text.slice(start, at);
  const phrases = [...before.matchAll(/([^、。]*)[はが]、/gu)];
  return phrases.at(-1)?.[1] ?? before;
}

function states(statement: Statement, text: string, figures: readonly Figure[]): RegExpExecArray | null {
  const m = statement.keyword.exec(text);
  if (!m || (statement.also && !statement.also.test(text))) return null;
  const { topic } = statement;
  if (topic && ![...text.matchAll(topic.effect)].some((e) => topic.names.test(topicBefore(text, e.index)))) return null;
  const { period } = statement;
  if (!period) return m;
  const found = figures.some(
    (f) => f.kind === 'duration' && (!period.unit || f.unit === period.unit) && period.then.test(text.slice(f.offset + f.length)),
  );
  return found ? m : null;
}

function descendants(clause: SentenceClause): string[] {
  return childrenOf(clause).flatMap((c) => [c.id, ...descendants(c)]);
}

function annotated(kind: AnnotationKind, clause: SentenceClause, context: LintContext): boolean {
  return [clause.id, ...context.ancestors(clause.id), ...descendants(clause)].some((id) => context.rulesOf(id).some((r) => r.kind === kind));
}

export const annotationMissing: LintRule = {
  id: 'annotation-missing',
  severity: 'error',
  description: '解約の予告期間・準拠法などを定める条項に、その注釈がある / a clause that states a checked rule carries its annotation',
  check(_ruleSet, context) {
    const findings: Finding[] = [];
    for (const clause of context.sentences) {
      const figures = context.figures(clause);
      for (const statement of STATEMENTS) {
        const m = states(statement, clause.sentence, figures);
        if (!m || annotated(statement.kind, clause, context)) continue;
        findings.push({
          message: `この条項は${REQUIRED_KINDS[statement.kind] ?? statement.kind}を定めていますが、注釈 ${statement.kind} がありません / Unexpected ${statement.kind} rule without an annotation, expected a rule block \`kind: ${statement.kind}\``,
          place: context.place(clause, m.index, m[0].length),
          clause: clause.id,
        });
      }
    }
    return findings;
  },
  examples: {
    ok: [
      exampleDocument(`
## 第１条（解約） {#a}

契約者は、解約希望日の２ヶ月前までに通知して解約できます。

\`\`\`rule
kind: cancellation
notice: P2M
\`\`\`

## 第２条（廃止） {#b}

当社は、次の場合、本サービスを廃止できます。

\`\`\`rule
kind: discontinuation
notice: P2M
\`\`\`

- 廃止日の２ヶ月前までに通知した場合

## 第３条（準拠法） {#c}

利用契約の準拠法は、日本法とします。

\`\`\`rule
kind: governing-law
law: 日本法
\`\`\`
`),
      // A change of the service's features, not of the terms; no discontinuation of the service either.
      exampleDocument(`
## 第１条（本サービスの変更） {#a}

当社は、30日前までに契約者に通知することによって、本サービスの機能の追加・変更・廃止等を契約者の承諾を得ることなく行うことができるものとします。
`),
      // When amended terms take effect, not when a notice does.
      exampleDocument(`
## 第１条（本約款の変更） {#a}

当社は、契約者に通知することにより、本約款を変更することができるものとします。変更後の本約款は、当社が別途定める場合を除いて、当社ウェブサイトに表示した時点より効力を生じるものとします。
`),
    ],
    notOk: [
      {
        markdown: exampleDocument(`
## 第１条（解約） {#a}

契約者は、解約希望日の２ヶ月前までに通知して解約できます。

## 第２条（変更） {#b}

利用契約の内容は、変更後の利用規約に関する準拠法は、日本法とします。
`),
        findings: [
          { clause: 'art-1-p1', line: 14, column: 6, message: 'この条項は契約者からの解約の予告期間を定めていますが、注釈 cancellation がありません / Unexpected cancellation rule without an annotation, expected a rule block `kind: cancellation`' },
          { clause: 'art-2-p1', line: 18, column: 22, message: 'この条項は準拠法を定めていますが、注釈 governing-law がありません / Unexpected governing-law rule without an annotation, expected a rule block `kind: governing-law`' },
        ],
      },
      {
        markdown: exampleDocument(`
## 第１条（本規約の変更） {#a}

当社は、本規約を変更する場合、変更の30日前までに変更後の内容を契約者に通知します。

## 第２条（本サービスの廃止） {#b}

当社は、３ヶ月前までに契約者に通知することにより、本サービスの全部又は一部を廃止することができます。

## 第３条（通知） {#c}

当社から契約者への通知は、電子メールを送信した時点で効力を生じるものとします。
`),
        findings: [
          { clause: 'art-1-p1', line: 14, column: 6, message: 'この条項は規約変更の予告期間を定めていますが、注釈 change-notice がありません / Unexpected change-notice rule without an annotation, expected a rule block `kind: change-notice`' },
          { clause: 'art-2-p1', line: 18, column: 39, message: 'この条項はサービス廃止の予告期間を定めていますが、注釈 discontinuation がありません / Unexpected discontinuation rule without an annotation, expected a rule block `kind: discontinuation`' },
          { clause: 'art-3-p1', line: 22, column: 10, message: 'この条項は通知の効力発生を定めていますが、注釈 notice-effect がありません / Unexpected notice-effect rule without an annotation, expected a rule block `kind: notice-effect`' },
        ],
      },
    ],
  },
};
