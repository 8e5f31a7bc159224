/**
 * `terms.config.json`, read and checked: the project's settings (schema in config-schema.ts) with every
 * problem reported at its `file:line:col`. The file is read with the YAML reader (JSON being YAML) for
 * positions, then validated with ajv; ajv's `instancePath` points back into the text.
 *
 *     {
 *       "site": { "url": "https://terms.example.jp/" },
 *       "documents": {
 *         "example-cloud": { "company": "例示株式会社", "sender": "例示株式会社 <terms@example.jp>", "requiredAnnotations": ["change-notice"] }
 *       },
 *       "rules": { "topic-doubled": "off" }
 *     }
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import type { AnnotationKind } from '../annotation/schema.js';
import type { Diagnostic, Place } from '../diagnostics/index.js';
import { describeAjvError, validatorFor } from '../schema/ajv.js';
import { parseLocatedYaml } from '../yaml/located.js';
import { CONFIG_SEVERITIES, ProjectConfigSchema, type ConfigSeverity, type ProjectConfigInput } from './config-schema.js';

/** The name of the file in a project's folder. */
export const CONFIG_FILE = 'terms.config.json';

/** One document's settings, as read. */
export interface DocumentSettings {
  /** The company or brand the site names on the document's pages (else the front matter's `company`). */
  company: string | null;
  /** The sender of change notices (`Name <address>`), or null. */
  sender: string | null;
  /** The annotation kinds the document must carry: none unless configured. */
  requiredAnnotations: AnnotationKind[];
}

/** The project's settings, as read. */
export interface ProjectConfig {
  /** Severity per lint rule id; rules not listed keep their default. */
  rules: Record<string, ConfigSeverity>;
  /** The published site's absolute URL (ending in `/`), or null when not configured. */
  siteUrl: string | null;
  /** The site's name when it is not one company's (else made from the company). */
  siteName: string | null;
  /** Settings by document id. */
  documents: Record<string, DocumentSettings>;
  /** The site search's synonyms: a word readers type → the words of the terms it also finds. */
  synonyms: Record<string, string[]>;
}

/** The settings of a project without a configuration file. */
export const EMPTY_CONFIG: ProjectConfig = Object.freeze({ rules: {}, siteUrl: null, siteName: null, documents: {}, synonyms: {} });

/**
 * A document's settings, the defaults (no company, no sender, nothing required) when it is not configured.
 * @param config the project's settings
 * @param document a document id
 */
export function documentSettings(config: ProjectConfig, document: string): DocumentSettings {
  return config.documents[document] ?? { company: null, sender: null, requiredAnnotations: [] };
}

/**
 * Reads a configuration file's text.
 * @param text the JSON text
 * @param file the path shown in diagnostics
 * @param knownRules every lint rule id there is (an unknown one is a problem); rule ids are not checked without it
 * @returns the settings, and one diagnostic per problem (the settings are unusable if there is any)
 */
export function parseProjectConfig(text: string, file: string, knownRules?: ReadonlySet<string>): { config: ProjectConfig; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const problem = (message: string, place: Place) =>
    diagnostics.push({ file, line: place.line, column: place.column, severity: 'error', ruleId: 'config/invalid', message });
  const yaml = parseLocatedYaml(text, { line: 1, column: 1 });
  for (const e of yaml.errors) problem(`設定ファイルを読めません / invalid JSON: ${e.message}`, e.place);
  if (yaml.errors.length) return { config: EMPTY_CONFIG, diagnostics };
  const value = yaml.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problem('設定は JSON のオブジェクトです / Unexpected configuration, expected a JSON object', { line: 1, column: 1 });
    return { config: EMPTY_CONFIG, diagnostics };
  }
  const input = value as ProjectConfigInput;
  const unknownRules = new Set(Object.keys(input.rules ?? {}).filter((id) => knownRules !== undefined && !knownRules.has(id)));
  for (const id of unknownRules) problem(`不明な規則です: ${id} / Unexpected unknown rule ${id}`, yaml.placeOf(`/rules/${escapePointer(id)}`, { key: true }));

  const validate = validatorFor(ProjectConfigSchema);
  if (!validate(value)) {
    for (const error of usefulErrors(validate.errors ?? [])) {
      const ruleId = /^\/rules\/([^/]+)$/u.exec(error.instancePath)?.[1];
      if (ruleId !== undefined && unknownRules.has(unescapePointer(ruleId))) continue;
      const { message, pointer, key } = describe(error, valueAt(value, error.instancePath));
      problem(message, yaml.placeOf(pointer, { key }));
    }
  }
  const url = input.site?.url;
  if (url !== undefined && /^https?:\/\/[^\s/?#]+/u.test(url) && !isHttpUrl(url)) problem(`site.url は http(s) の URL です / Unexpected site URL ${JSON.stringify(url)}, expected an absolute http(s) URL`, yaml.placeOf('/site/url'));
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  if (diagnostics.length) return { config: EMPTY_CONFIG, diagnostics };

  const documents: Record<string, DocumentSettings> = {};
  for (const [id, doc] of Object.entries(input.documents ?? {})) {
    documents[id] = { company: doc.company ?? null, sender: doc.sender ?? null, requiredAnnotations: [...(doc.requiredAnnotations ?? [])] };
  }
  return {
    config: {
      rules: { ...(input.rules ?? {}) },
      siteUrl: url === undefined ? null : withSlash(url),
      siteName: input.site?.name ?? null,
      documents,
      synonyms: Object.fromEntries(Object.entries(input.search?.synonyms ?? {}).map(([word, targets]) => [word, [...targets]])),
    },
    diagnostics,
  };
}

/**
 * Reads the project's configuration file, if there is one.
 * @param dir the project folder
 * @param file the path shown in diagnostics
 * @param knownRules every lint rule id there is (not checked without it)
 * @returns the settings (EMPTY_CONFIG without a file) and the file's problems
 */
export async function loadProjectConfig(dir: string, file: string, knownRules?: ReadonlySet<string>): Promise<{ config: ProjectConfig; diagnostics: Diagnostic[] }> {
  let text: string;
  try {
    text = await readFile(join(dir, CONFIG_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { config: EMPTY_CONFIG, diagnostics: [] };
    throw error;
  }
  return parseProjectConfig(text, file, knownRules);
}

/** Whether a string is an absolute http(s) URL. */
function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function withSlash(url: string): string {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}

const escapePointer = (key: string): string => key.replace(/~/gu, '~0').replace(/\//gu, '~1');
const unescapePointer = (key: string): string => key.replace(/~1/gu, '/').replace(/~0/gu, '~');

/** Drops ajv's summary errors (`anyOf`, `if`) when a more precise one says the same. */
function usefulErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'if');
}

/** Field names each object of the file may hold, for "did you mean". */
const FIELDS: Record<string, readonly string[]> = {
  '': ['rules', 'site', 'documents', '$schema'],
  site: ['url', 'name'],
  document: ['company', 'sender', 'requiredAnnotations'],
};

/** A message for one ajv error, and where to point. */
function describe(error: ErrorObject, data: unknown): { message: string; pointer: string; key: boolean } {
  const at = error.instancePath;
  if (error.keyword === 'additionalProperties') {
    const field = String(error.params['additionalProperty']);
    const pointer = `${at}/${escapePointer(field)}`;
    if (at.startsWith('/documents') && at.split('/').length === 2) {
      return { message: `文書 ID は英小文字・数字・ハイフンです: ${field} / Unexpected document id "${field}", expected lower-case letters, digits and hyphens`, pointer, key: true };
    }
    const allowed = FIELDS[at === '' ? '' : at === '/site' ? 'site' : 'document'] ?? [];
    return { message: `不明な項目です: ${field} / Unexpected field "${field}", expected ${expected(field, allowed)}`, pointer, key: true };
  }
  if (error.keyword === 'propertyNames') {
    const field = String(error.params['propertyName']);
    return { message: `文書 ID は英小文字・数字・ハイフンです: ${field} / Unexpected document id "${field}", expected lower-case letters, digits and hyphens`, pointer: `${at}/${escapePointer(field)}`, key: true };
  }
  if (error.keyword === 'enum' && at.startsWith('/rules/')) {
    const id = unescapePointer(at.slice('/rules/'.length));
    const value = JSON.stringify(data);
    return { message: `${id} の重大度が正しくありません / Unexpected severity ${value}, expected one of ${CONFIG_SEVERITIES.join(', ')}`, pointer: at, key: false };
  }
  if (error.keyword === 'enum' && /\/requiredAnnotations\/\d+$/u.test(at)) {
    return { message: `不明な注釈の種類です: ${JSON.stringify(data)} / Unexpected annotation kind ${JSON.stringify(data)}, expected a kind from docs/authoring.md`, pointer: at, key: false };
  }
  if (error.keyword === 'pattern' && at.endsWith('/sender')) {
    return { message: `差出人が正しくありません / Unexpected sender ${JSON.stringify(data)}, expected "会社名 <address@example.jp>"`, pointer: at, key: false };
  }
  if (error.keyword === 'pattern' && at === '/site/url') {
    return { message: `site.url は http(s) の URL です / Unexpected site URL ${JSON.stringify(data)}, expected an absolute http(s) URL`, pointer: at, key: false };
  }
  return { message: `設定が正しくありません / Unexpected value at ${describeAjvError(error)}`, pointer: at, key: false };
}

/** The value at a JSON pointer. */
function valueAt(value: unknown, pointer: string): unknown {
  let here = value;
  for (const part of pointer.split('/').slice(1).map(unescapePointer)) {
    here = typeof here === 'object' && here !== null ? (here as Record<string, unknown>)[part] : undefined;
  }
  return here;
}

/** `"rules"` when the field is a near miss of one name, else the list of names. */
function expected(field: string, allowed: readonly string[]): string {
  const near = allowed.filter((name) => distance(name.toLowerCase(), field.toLowerCase()) <= 2);
  return near.length === 1 ? `"${near[0]}"` : `one of ${allowed.filter((a) => a !== '$schema').map((a) => `"${a}"`).join(', ')}`;
}

/** Levenshtein distance (field names are short). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}
