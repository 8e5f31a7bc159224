/**
 * Hover: on a defined term, its definition and the clause that defines it; on a reference, the text of
 * what it designates; on an annotation field, what it means and its normalized value (`P2M` → ２ヶ月, and
 * where such a period from today in Japan ends).
 */
import type { Hover } from 'vscode-languageserver';
import type { Rule } from '../annotation/schema.js';
import { earliestTimelyEvent, periodEnd, todayInJapan, type PeriodUnit } from '../period/index.js';
import { durationToJapanese } from '../period/duration.js';
import { toFullwidthDigits } from '../numbers/index.js';
import type { Analysis } from './analysis.js';
import { toRange } from './convert.js';
import { FIELD_DOCS, KIND_DOCS } from './field-docs.js';
import { annotationAt, clauseTitle, referenceAt, termAt, type Point } from './locate.js';

/** The longest text a hover quotes of a clause. */
const QUOTE = 400;

/** Today in Japan; TERMS_TODAY (YYYY-MM-DD) stands for it, as for `terms notice`. */
export function today(): string {
  const override = process.env['TERMS_TODAY'];
  return override && /^\d{4}-\d{2}-\d{2}$/u.test(override) ? override : todayInJapan();
}

const quote = (text: string) => `> ${text.length > QUOTE ? `${text.slice(0, QUOTE)}…` : text}`;

/** A clause's heading and text, quoted. */
function clauseBlock(a: Analysis, id: string): string {
  const clause = a.context?.clause(id);
  return `**${clauseTitle(a, id)}**\n\n${clause ? quote(clause.text) : '（見つかりません / not found）'}`;
}

type DurationLike = { duration: string; n: number; unit: string; firstDay?: string; event?: string };
const isDuration = (v: unknown): v is DurationLike => typeof v === 'object' && v !== null && 'duration' in v && 'n' in v && 'unit' in v;

/** The normalized value of a field, for people. */
function describeValue(value: unknown, from: string): string {
  if (isDuration(value)) {
    const lines = [`\`${value.duration}\` → ${toFullwidthDigits(durationToJapanese({ n: value.n, unit: value.unit as PeriodUnit }))}`];
    if (value.firstDay) lines.push(`初日${value.firstDay === 'exclude' ? '不算入' : '算入'}・事由は日の${value.event === 'start-of-day' ? '始まり（0時）' : '終わり'}に生じる / first day ${value.firstDay}d, event at ${value.event}`);
    if (['days', 'weeks', 'months', 'years'].includes(value.unit)) {
      const unit = value.unit as PeriodUnit;
      const firstDay = value.firstDay === 'include' ? 'include' : 'exclude';
      lines.push(`今日（${from}）から数えると期間の末日は **${periodEnd(from, value.n, unit, firstDay)}** / a period from today ends on that day`);
      if (value.event) {
        const event = earliestTimelyEvent(from, value.n, unit, value.event === 'start-of-day' ? 'start-of-day' : 'end-of-day', firstDay);
        lines.push(`今日通知すると、最も早い効力発生日は **${event}** / notified today, the earliest effective date`);
      }
    }
    return lines.join('\n\n');
  }
  if (typeof value === 'object' && value !== null && 'numerator' in value && 'denominator' in value) {
    const f = value as { numerator: number; denominator: number };
    return `${f.numerator}/${f.denominator}（${f.denominator}分の${f.numerator}）`;
  }
  return `\`${JSON.stringify(value)}\``;
}

/** Hover on an annotation: the kind, or a field with its meaning and value. */
function annotationHover(rule: Rule, field: string | undefined): string {
  if (!field || field === 'kind') return `**${rule.kind}**: ${KIND_DOCS[rule.kind] ?? ''}\n\n適用される条項 / bound to: \`${rule.clause}\``;
  const value = (rule as unknown as Record<string, unknown>)[field];
  const meaning = FIELD_DOCS[field] ?? '';
  return [`**${rule.kind}.${field}**: ${meaning}`, ...(value === undefined ? [] : [describeValue(value, today())])].join('\n\n');
}

/**
 * The hover at a point, or null.
 * @param a the analysed version
 * @param point 1-based line and column
 */
export function hoverAt(a: Analysis, point: Point): Hover | null {
  const annotation = annotationAt(a, point);
  if (annotation) return { contents: { kind: 'markdown', value: annotationHover(annotation.rule, annotation.field) } };
  const reference = referenceAt(a, point);
  if (reference) {
    const targets = reference.targets.length ? reference.targets : reference.target ? [reference.target] : [];
    const value = reference.kind === 'external'
      ? `**${reference.text}**: 他の法令への参照 / a reference to another law`
      : targets.length
        ? `**${reference.text}** →\n\n${targets.map((t) => clauseBlock(a, t)).join('\n\n')}`
        : `**${reference.text}**: 参照先がありません / Unexpected reference without a target`;
    return { contents: { kind: 'markdown', value }, range: toRange(reference.loc) };
  }
  const term = termAt(a, point);
  if (term) {
    const { definition } = term;
    const meaning = definition.meaning ? `${definition.meaning}\n\n` : '';
    const scope = definition.scope === 'article' ? '（本条の定義 / defined for its article）' : '';
    return {
      contents: { kind: 'markdown', value: `**「${definition.term}」**${scope}\n\n${meaning}定義: ${clauseBlock(a, definition.clause)}` },
      range: toRange(term.place),
    };
  }
  return null;
}
