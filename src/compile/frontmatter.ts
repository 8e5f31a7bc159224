import type { Root, Yaml } from 'mdast';
import { Type } from '@sinclair/typebox';
import { isIsoDate } from '../period/index.js';
import type { DiagnosticSink } from '../diagnostics/index.js';
import { describeAjvError, validatorFor } from '../schema/ajv.js';
import { parseLocatedYaml } from '../yaml/located.js';
import { Correction, NumberingStyle, type Meta } from '../ruleset/schema.js';
import { Justification } from '../ruleset/justification.js';

/** What the front matter may hold (the Meta of the rule set, before defaults). */
export const FrontMatter = Type.Object(
  {
    document: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }),
    title: Type.String({ minLength: 1 }),
    company: Type.String({ minLength: 1 }),
    version: Type.String({ minLength: 1 }),
    effective: Type.String(),
    noticeDate: Type.Optional(Type.String()),
    urgent: Type.Optional(Type.Boolean()),
    urgentReason: Type.Optional(Type.String({ minLength: 1 })),
    numbering: Type.Optional(
      Type.Object(
        { paragraph: Type.Optional(NumberingStyle), item: Type.Optional(NumberingStyle) },
        { additionalProperties: false },
      ),
    ),
    changes: Type.Optional(Type.Array(Correction)),
    justification: Type.Optional(Justification),
  },
  { $id: 'https://knet-terms.dev/schema/frontmatter-1.schema.json', title: 'knet-terms front matter', additionalProperties: false },
);

const RULE = 'compile/front-matter';

/**
 * Reads and checks the YAML front matter.
 * @param root the parsed document
 * @param sourcePath the path recorded in `meta.source`
 * @returns the metadata, or null when it is missing or invalid (every problem reported)
 */
export function readFrontMatter(root: Root, sourcePath: string, sink: DiagnosticSink): Meta | null {
  const node = root.children.find((n): n is Yaml => n.type === 'yaml');
  if (!node) {
    sink.error(RULE, 'フロントマター（--- で囲んだ YAML）がありません / missing front matter', { line: 1, column: 1 });
    return null;
  }
  const yaml = parseLocatedYaml(node.value, { line: (node.position?.start.line ?? 1) + 1, column: 1 });
  for (const e of yaml.errors) sink.error(RULE, `フロントマターの YAML を読めません / invalid YAML: ${e.message}`, e.place);
  if (yaml.errors.length) return null;
  const value = yaml.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    sink.error(RULE, 'フロントマターは「項目: 値」の対応表です / front matter must be a mapping', { line: 1, column: 1 });
    return null;
  }
  const validate = validatorFor(FrontMatter);
  let ok = true;
  if (!validate(value)) {
    ok = false;
    for (const error of validate.errors ?? []) {
      const missing = error.keyword === 'required' ? String(error.params['missingProperty']) : null;
      sink.error(
        RULE,
        missing
          ? `フロントマターに ${missing} がありません / front matter is missing "${missing}"`
          : `フロントマター: ${describeAjvError(error)}`,
        yaml.placeOf(error.instancePath),
      );
    }
  }
  const fm = value as Record<string, unknown>;
  for (const field of ['effective', 'noticeDate'] as const) {
    const date = fm[field];
    if (typeof date === 'string' && !isIsoDate(date)) {
      ok = false;
      sink.error(RULE, `${field}: "${date}" は実在する日付（YYYY-MM-DD）ではありません / not a valid date`, yaml.placeOf(`/${field}`));
    }
    // YAML reads an unquoted 2018-04-20 as a timestamp; accept it as the date it spells.
    if (date instanceof Date) fm[field] = date.toISOString().slice(0, 10);
  }
  if (fm['urgent'] === true && fm['urgentReason'] === undefined) {
    ok = false;
    sink.error(RULE, 'urgent: true には urgentReason（緊急の理由）が必要です / urgent needs urgentReason', yaml.placeOf('/urgent'));
  }
  if (!ok) return null;
  const numbering = (fm['numbering'] ?? {}) as { paragraph?: Meta['numbering']['paragraph']; item?: Meta['numbering']['item'] };
  return {
    document: fm['document'] as string,
    title: fm['title'] as string,
    company: fm['company'] as string,
    version: String(fm['version']),
    effective: fm['effective'] as string,
    noticeDate: (fm['noticeDate'] as string | undefined) ?? null,
    urgent: (fm['urgent'] as boolean | undefined) ?? false,
    urgentReason: (fm['urgentReason'] as string | undefined) ?? null,
    numbering: { paragraph: numbering.paragraph ?? 'fullwidth', item: numbering.item ?? 'mixed' },
    changes: (fm['changes'] as Meta['changes'] | undefined) ?? [],
    ...(fm['justification'] === undefined ? {} : { justification: fm['justification'] as NonNullable<Meta['justification']> }),
    source: sourcePath,
  };
}
