/**
 * Sane bounds of the durations annotations state, checked at compile time: nothing in terms of service
 * lasts more than a century (`P1000000000Y` would compile, then overflow the checker's date arithmetic),
 * and a zero period means nothing where the field is a notice, a term, or a unit to divide by.
 */
import { durationToJapanese, type Duration } from '../period/index.js';

/** The longest duration in each unit: 100 years. */
const MAX: Record<Duration['unit'], number> = {
  years: 100,
  months: 1200,
  weeks: 5218,
  days: 36525,
  hours: 876600,
  minutes: 52596000,
};

/** Fields where zero has a meaning (`kind.field`): an SLA credit from the first minute of an outage. */
const ZERO_ALLOWED = new Set(['sla-credit.threshold']);

/**
 * The problem of a duration out of bounds, or null.
 * @param kind the annotation's kind
 * @param field the field
 * @param duration the duration as parsed
 * @returns `日本語 / English` without the field's name
 */
export function durationBoundProblem(kind: string, field: string, duration: Duration): string | null {
  const max = MAX[duration.unit];
  if (duration.n > max) return `100年（${durationToJapanese({ n: max, unit: duration.unit })}）を超える期間です / longer than 100 years (at most ${max} ${duration.unit})`;
  if (duration.n === 0 && !ZERO_ALLOWED.has(`${kind}.${field}`)) return 'ゼロの期間はこの項目では意味を持ちません / a zero duration means nothing here';
  return null;
}
