import { parseDuration } from '../period/index.js';
import type { DiagnosticSink, Place } from '../diagnostics/index.js';
import { KIND_FIELDS, type FieldSpec, type DurationValue, type Fraction, type Period, type Rule } from './schema.js';
import type { ParsedAnnotation } from './parse.js';
import { durationBoundProblem } from './bounds.js';

const RULE = 'compile/annotation-duration';

function durationValue(
  written: unknown,
  field: string,
  place: Place,
  sink: DiagnosticSink,
  kind: string,
): DurationValue | null {
  const parsed = typeof written === 'string' ? parseDuration(written) : null;
  if (!parsed) {
    sink.error(
      RULE,
      `${field}: "${String(written)}" は ISO 8601 の期間ではありません / not an ISO 8601 duration (P7D, P2M, P1Y, PT24H)`,
      place,
    );
    return null;
  }
  const bound = durationBoundProblem(kind, field, parsed);
  if (bound) {
    sink.error(RULE, `${field}: "${String(written)}": ${bound}`, place);
    return null;
  }
  return { duration: written as string, n: parsed.n, unit: parsed.unit };
}

function fraction(written: unknown, field: string, place: Place, sink: DiagnosticSink): Fraction | null {
  const match = typeof written === 'string' ? /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(written) : null;
  if (!match || Number(match[1]) === 0 || Number(match[2]) === 0) {
    sink.error('compile/annotation-fraction', `${field}: "${String(written)}" は分数ではありません / expected a fraction like 1/60`, place);
    return null;
  }
  return { numerator: Number(match[1]), denominator: Number(match[2]), written: String(written).trim() };
}

/**
 * Turns a validated annotation into a rule of the rule set: defaults applied, periods expanded with
 * their anchor semantics, bound to its clause.
 * @param annotation the annotation as parsed
 * @param clause id of the clause it describes
 * @param key the clause's stable key (the annotation's own `key` wins)
 * @param sink where malformed durations are reported
 * @returns the rule, or null when a field could not be normalized (already reported)
 */
export function normalizeAnnotation(
  annotation: ParsedAnnotation,
  clause: string,
  key: string,
  sink: DiagnosticSink,
): Rule | null {
  const specs: Record<string, FieldSpec> = KIND_FIELDS[annotation.kind];
  const { fields } = annotation;
  const place = annotation.place;
  const rule: Record<string, unknown> = {
    id: `${clause}/${annotation.kind}`,
    kind: annotation.kind,
    clause,
    key: typeof fields['key'] === 'string' ? fields['key'] : key,
    loc: {
      line: place.line,
      column: place.column,
      endLine: place.endLine ?? place.line,
      endColumn: place.endColumn ?? place.column,
    },
  };
  if (typeof fields['note'] === 'string') rule['note'] = fields['note'];
  let ok = true;
  for (const [name, spec] of Object.entries(specs)) {
    const written = fields[name];
    const where = annotation.placeOf(name);
    switch (spec.type) {
      case 'value':
        rule[name] = written === undefined ? spec.default : written;
        break;
      case 'duration': {
        const value = durationValue(written, name, where, sink, annotation.kind);
        if (value) rule[name] = value;
        else ok = false;
        break;
      }
      case 'fraction': {
        const value = fraction(written, name, where, sink);
        if (value) rule[name] = value;
        else ok = false;
        break;
      }
      case 'period': {
        if (written === undefined) break;
        const object = typeof written === 'object' && written !== null ? (written as Record<string, unknown>) : null;
        const value = durationValue(object ? object['duration'] : written, name, where, sink, annotation.kind);
        if (!value) {
          ok = false;
          break;
        }
        const period: Period = {
          ...value,
          firstDay: (object?.['firstDay'] as Period['firstDay'] | undefined) ?? spec.firstDay,
          event: (object?.['event'] as Period['event'] | undefined) ?? spec.event,
        };
        rule[name] = period;
        break;
      }
    }
  }
  return ok ? (rule as unknown as Rule) : null;
}
