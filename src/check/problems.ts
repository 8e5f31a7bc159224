/**
 * Problems in an input contract, each positioned as `<contract> events[3].date: <日本語> / <English>`,
 * and ajv's schema errors translated into that form.
 */
import type { ErrorObject } from 'ajv';
import type { InputProblem } from './schema.js';

/**
 * One problem of a contract.
 * @param label the contract id, or the contract's place in the batch when it has no readable id
 * @param event index of the event in `events`, or null for the contract itself
 * @param field the field (`date`, `events`, `contract`), or null for the event or contract as a whole
 * @param text `日本語 / English`
 * @returns the problem with its path and full message
 */
export function inputProblem(label: string, event: number | null, field: string | null, text: string): InputProblem {
  const path = event === null ? (field ?? '') : field === null ? `events[${event}]` : `events[${event}].${field}`;
  return { path, event, field, message: `${label}${path ? ` ${path}` : ''}: ${text}` };
}

/** Where a contract sits in the batch: its NDJSON line, or (in a JSON array) its index. */
export type Place = { line: number } | { line: null; index: number };

/**
 * How a message names a contract by its place, when it has no readable id or a message is about the place.
 * @param place its line, or its index in a JSON array
 * @param language the half of a bilingual message
 * @returns `行 12` or `契約[3]`; in English `line 12` or `contract [3]`
 */
export function placeName(place: Place, language: 'ja' | 'en' = 'ja'): string {
  if (place.line !== null) return language === 'ja' ? `行 ${place.line}` : `line ${place.line}`;
  return language === 'ja' ? `契約[${place.index}]` : `contract [${place.index}]`;
}

/** A value as quoted in a message: JSON, cut short so that a huge value cannot flood the report. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字列',
  integer: '整数',
  number: '数値',
  boolean: 'true か false',
  object: 'オブジェクト',
  array: '配列',
  null: 'null',
};

const PATTERN_TEXT: Record<string, string> = {
  knownAt: 'オフセット付きの ISO 8601 日時（2026-03-08T09:00:00+09:00）ではありません / not an ISO 8601 timestamp with an offset',
  restoredAt: 'オフセット付きの ISO 8601 日時（2026-03-08T09:00:00+09:00）ではありません / not an ISO 8601 timestamp with an offset',
  ground: '条項の id（art-12-p3 など）ではありません / not a clause id',
  at: 'オフセット付きの ISO 8601 日時（2026-03-08T09:00:00+09:00）ではありません / not an ISO 8601 timestamp with an offset',
};
const DATE_PATTERN_TEXT = 'YYYY-MM-DD 形式の日付ではありません / not a YYYY-MM-DD date';

/**
 * Translates one ajv error of an object validated against its schema.
 * @param error the ajv error (`instancePath` relative to the object)
 * @param value the object that was validated (to quote the offending value)
 * @returns the field it is about (null for the object itself) and `日本語 / English`
 */
export function describeSchemaError(error: ErrorObject, value: unknown): { field: string | null; text: string } {
  const segments = error.instancePath.split('/').slice(1);
  const field = segments.length ? segments.join('.') : null;
  const params = error.params as Record<string, unknown>;
  const offending = segments.length && isRecord(value) ? value[segments[0] as string] : value;
  switch (error.keyword) {
    case 'required':
      return { field: String(params['missingProperty']), text: 'がありません / missing' };
    case 'additionalProperties':
      return { field: String(params['additionalProperty']), text: '不明なフィールドです / unknown field' };
    case 'type': {
      const type = String(params['type']);
      return { field, text: `${quote(offending)} は${TYPE_NAMES[type] ?? type}でなければなりません / must be ${type}` };
    }
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).map((v) => String(v)).join(', ');
      return { field, text: `${quote(offending)} は次のいずれかでなければなりません: ${allowed} / must be one of ${allowed}` };
    }
    case 'const':
      return { field, text: `${quote(offending)} は ${quote(params['allowedValue'])} でなければなりません / must be ${quote(params['allowedValue'])}` };
    case 'pattern':
      return { field, text: `${quote(offending)} は${PATTERN_TEXT[field ?? ''] ?? DATE_PATTERN_TEXT}` };
    case 'minimum':
      return { field, text: `${quote(offending)} は ${String(params['limit'])} 以上でなければなりません / must be >= ${String(params['limit'])}` };
    case 'maximum':
      return { field, text: `${quote(offending)} は ${String(params['limit'])} 以下でなければなりません / must be <= ${String(params['limit'])}` };
    case 'minLength':
    case 'minItems':
      return { field, text: '空にはできません / must not be empty' };
    default:
      return { field, text: `形式が正しくありません / ${error.message ?? error.keyword}` };
  }
}

/** Whether a value is a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
