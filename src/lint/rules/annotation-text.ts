/**
 * annotation-text: the machine-readable rules and the human text say the same thing. Every duration and
 * fraction of a clause's annotation appears in the clause's text (P2M ↔ ２ヶ月 / ２ケ月 / 2ヵ月 / 二箇月,
 * P2Y ↔ ２ヶ年, PT24H ↔ 24時間, 1/60 ↔ 60分の1, P7D ↔ ７日間), and every figure in the text of an
 * annotated clause is accounted for by an annotation (numbers of references and labels, and dates, are
 * not figures). A clause's text is its sentence and those of its children that carry no annotation.
 */
import { KIND_FIELDS, type DurationValue, type FieldSpec, type Fraction, type Rule } from '../../annotation/schema.js';
import { durationToJapanese, type DurationUnit } from '../../period/index.js';
import type { Clause } from '../../ruleset/schema.js';
import { childrenOf, isSentenceClause } from '../../ruleset/walk.js';
import type { LintContext, SentenceClause } from '../context.js';
import { exampleDocument } from '../example.js';
import type { Figure } from '../text/figures.js';
import type { Finding, LintRule } from '../types.js';

/** A figure an annotation states. */
type Value =
  | { field: string; kind: 'duration'; n: number; unit: DurationUnit; written: string }
  | { field: string; kind: 'fraction'; numerator: number; denominator: number; written: string };

/** The durations and fractions of an annotation: its fields the schema declares as such (periods included). */
function valuesOf(rule: Rule): Value[] {
  const out: Value[] = [];
  const fields: Record<string, FieldSpec> = KIND_FIELDS[rule.kind];
  for (const [field, spec] of Object.entries(fields)) {
    const v = (rule as unknown as Record<string, unknown>)[field];
    if (v === undefined) continue;
    if (spec.type === 'period' || spec.type === 'duration') {
      const d = v as DurationValue;
      out.push({ field, kind: 'duration', n: d.n, unit: d.unit, written: d.duration });
    } else if (spec.type === 'fraction') {
      const f = v as Fraction;
      out.push({ field, kind: 'fraction', numerator: f.numerator, denominator: f.denominator, written: f.written });
    }
  }
  return out;
}

/** Whether a figure of the text is the value an annotation states. */
function accounts(value: Value, figure: Figure): boolean {
  switch (figure.kind) {
    case 'duration':
      return value.kind === 'duration' && value.n === figure.n && value.unit === figure.unit;
    case 'fraction':
      return value.kind === 'fraction' && value.numerator === figure.numerator && value.denominator === figure.denominator;
    case 'number':
      return value.kind === 'duration' ? value.n === figure.n : value.numerator === figure.n || value.denominator === figure.n;
    case 'amount':
      return false;
  }
}

function show(value: Value): string {
  return value.kind === 'duration' ? `${value.written}（${durationToJapanese({ n: value.n, unit: value.unit })}）` : `${value.written}（${value.denominator}分の${value.numerator}）`;
}

/** The sentence clauses of a clause's text: itself and its children, down to those annotated of their own (unless `all`). */
function scope(clause: Clause, context: LintContext, all: boolean): SentenceClause[] {
  const own = isSentenceClause(clause) ? [clause] : [];
  const below = childrenOf(clause).flatMap((c) => (!all && context.rulesOf(c.id).length > 0 ? [] : scope(c, context, all)));
  return [...own, ...below];
}

export const annotationText: LintRule = {
  id: 'annotation-text',
  severity: 'error',
  description: '注釈の期間・分数が本文にあり、注釈のある条項の本文の数値が注釈に対応する / annotations and the text state the same figures',
  check(ruleSet, context) {
    const findings: Finding[] = [];
    for (const id of new Set(ruleSet.rules.map((r) => r.clause))) {
      const clause = context.clause(id);
      if (!clause) continue;
      const rules = context.rulesOf(id);
      const values = [id, ...context.ancestors(id)].flatMap((x) => context.rulesOf(x)).flatMap(valuesOf);
      for (const c of scope(clause, context, false)) {
        for (const figure of context.figures(c)) {
          if (values.some((v) => accounts(v, figure))) continue;
          const stated = values.length ? values.map(show).join(', ') : 'none';
          findings.push({
            message: `本文の「${figure.written}」に対応する注釈の値がありません / Unexpected ${figure.written} in the text, expected an annotation value for it (annotations: ${stated})`,
            place: context.place(c, figure.offset, figure.length),
            clause: c.id,
          });
        }
      }
      const written = scope(clause, context, true).flatMap((c) => context.figures(c));
      for (const rule of rules) {
        for (const value of valuesOf(rule)) {
          if (written.some((f) => f.kind !== 'number' && accounts(value, f))) continue;
          const said = written.filter((f) => f.kind === value.kind).map((f) => f.written);
          findings.push({
            message: `注釈 ${rule.kind} の ${value.field}: ${show(value)} が本文にありません${said.length ? `（本文は ${said.join('・')}）` : ''} / Unexpected ${value.field}: ${value.written} in the annotation, expected it in the text${said.length ? ` (the text says ${said.join(', ')})` : ''}`,
            place: rule.loc,
            clause: id,
          });
        }
      }
    }
    return findings;
  },
  examples: {
    ok: [
      exampleDocument(`
## 第１条（解約） {#a}

契約者は、解約希望日の２ヶ月前までに通知して解約できます。通知が遅れた場合、到達した日より２ケ月後を解約希望日とみなします。

\`\`\`rule
kind: cancellation
notice: P2M
\`\`\`

## 第２条（損害賠償の制限） {#b}

連続して24時間以上利用できなかったときは、時間数を24で除した数に月額基本費用の60分の1を乗じた額を差し引きます。請求は3ヵ月以内に行います。

\`\`\`rule
kind: sla-credit
threshold: PT24H
unit: PT24H
creditPerUnit: 1/60
claimWithin: P3M
\`\`\`

## 第３条（廃止） {#c}

当社は、次の各号のいずれかに該当する場合、本サービスを廃止できます。第１条第１項の解約の場合も同様とします。

\`\`\`rule
kind: discontinuation
notice: P2M
\`\`\`

- 廃止日の二箇月前までに通知した場合

- 天災地変により提供できない場合
`),
    ],
    notOk: [
      {
        markdown: exampleDocument(`
## 第１条（解約） {#a}

契約者は、解約希望日の２ヶ月前までに通知して解約できます。

\`\`\`rule
kind: cancellation
notice: P3M
\`\`\`

## 第２条（秘密保持） {#b}

本条の規定は、本サービス終了後３年間有効に存続します。

\`\`\`rule
kind: confidentiality
survives: P1Y
\`\`\`
`),
        findings: [
          { clause: 'art-1-p1', line: 14, column: 12, message: '本文の「２ヶ月」に対応する注釈の値がありません / Unexpected ２ヶ月 in the text, expected an annotation value for it (annotations: P3M（3ヶ月）)' },
          { clause: 'art-1-p1', line: 17, column: 1, message: '注釈 cancellation の notice: P3M（3ヶ月） が本文にありません（本文は ２ヶ月） / Unexpected notice: P3M in the annotation, expected it in the text (the text says ２ヶ月)' },
          { clause: 'art-2-p1', line: 23, column: 16, message: '本文の「３年間」に対応する注釈の値がありません / Unexpected ３年間 in the text, expected an annotation value for it (annotations: P1Y（1年）)' },
          { clause: 'art-2-p1', line: 26, column: 1, message: '注釈 confidentiality の survives: P1Y（1年） が本文にありません（本文は ３年間） / Unexpected survives: P1Y in the annotation, expected it in the text (the text says ３年間)' },
        ],
      },
    ],
  },
};
