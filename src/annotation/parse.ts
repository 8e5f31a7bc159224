import type { Code } from 'mdast';
import { Value } from '@sinclair/typebox/value';
import { parseLocatedYaml } from '../yaml/located.js';
import { DiagnosticSink, type Place } from '../diagnostics/index.js';
import { validatorFor, describeAjvError } from '../schema/ajv.js';
import { ANNOTATION_KINDS, annotationInputSchemas, type AnnotationKind } from './schema.js';

/** An annotation as written, validated against its kind's input schema, with its place. */
export interface ParsedAnnotation {
  kind: AnnotationKind;
  fields: Record<string, unknown>;
  place: Place;
  /** Place of a field's value, for messages about it. */
  placeOf(field: string): Place;
}

const RULE = 'compile/annotation';

/**
 * Reads a ```rule block: YAML holding one annotation or a list of them. Every problem (YAML syntax,
 * unknown kind, schema violation) is reported to `sink` at its place; valid annotations are returned.
 */
export function parseAnnotationBlock(node: Code, sink: DiagnosticSink): ParsedAnnotation[] {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const end = node.position?.end ?? start;
  const blockPlace: Place = { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  // The YAML starts on the line after the opening fence, at the fence's indentation.
  const yaml = parseLocatedYaml(node.value, { line: start.line + 1, column: start.column });
  for (const error of yaml.errors) sink.error(RULE, `注釈の YAML を読めません / annotation is not valid YAML: ${error.message}`, error.place);
  if (yaml.errors.length) return [];
  if (yaml.value === null || yaml.value === undefined) {
    sink.error(RULE, '注釈が空です / empty annotation', blockPlace);
    return [];
  }
  const list = Array.isArray(yaml.value) ? yaml.value : [yaml.value];
  const prefix = Array.isArray(yaml.value) ? (i: number) => `/${i}` : () => '';
  const result: ParsedAnnotation[] = [];
  list.forEach((entry: unknown, i) => {
    const base = prefix(i);
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      sink.error(RULE, '注釈は「項目: 値」の対応表で書いてください / an annotation must be a mapping', yaml.placeOf(base));
      return;
    }
    const kind = (entry as Record<string, unknown>)['kind'];
    if (typeof kind !== 'string' || !(ANNOTATION_KINDS as string[]).includes(kind)) {
      sink.error(
        'compile/annotation-kind',
        kind === undefined
          ? '注釈に kind がありません / annotation has no kind'
          : `未知の注釈の種類 "${String(kind)}" / unknown annotation kind (expected one of: ${ANNOTATION_KINDS.join(', ')})`,
        yaml.placeOf(`${base}/kind`),
      );
      return;
    }
    const schema = annotationInputSchemas[kind as AnnotationKind];
    const validate = validatorFor(schema);
    if (!validate(entry)) {
      for (const error of validate.errors ?? []) {
        const pointer =
          error.keyword === 'additionalProperties'
            ? `${error.instancePath}/${String(error.params['additionalProperty'])}`
            : error.instancePath;
        const place = yaml.placeOf(base + pointer, { key: error.keyword === 'additionalProperties' });
        sink.error('compile/annotation-schema', `注釈 ${kind}: ${describeAjvError(error)}`, place);
      }
      return;
    }
    result.push({
      kind: kind as AnnotationKind,
      fields: Value.Clone(entry) as Record<string, unknown>,
      place: yaml.placeOf(base),
      placeOf: (field: string) => yaml.placeOf(`${base}/${field}`),
    });
  });
  return result;
}
