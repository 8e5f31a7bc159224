/**
 * Every JSON Schema the project publishes (schema/*.json, written by scripts/write-schemas.js and checked
 * by test/schema) and every schema precompiled into a standalone validator at build time. A catalogue
 * above the modules whose schemas it lists; the low-level ajv helper they use is src/schema/ajv.ts.
 */
import type { TSchema } from '@sinclair/typebox';
import { RuleSet } from '../ruleset/schema.js';
import { AnnotationBlock, ANNOTATION_KINDS, annotationInputSchemas } from '../annotation/schema.js';
import { FrontMatter } from '../compile/frontmatter.js';
import { TermsDiffSchema } from '../diff/schema.js';
import { CheckerInput, CheckerOutput, ContractEnvelope, EVENT_TYPES, EVENT_VALIDATION_SCHEMAS } from '../check/schema.js';
import { ProjectConfigSchema } from '../project/config-schema.js';

/** File name under schema/ → schema. */
export const SCHEMA_FILES: Record<string, TSchema> = {
  'ruleset.schema.json': RuleSet,
  'annotation.schema.json': AnnotationBlock,
  'frontmatter.schema.json': FrontMatter,
  'diff.schema.json': TermsDiffSchema,
  'checker-input.schema.json': CheckerInput,
  'checker-output.schema.json': CheckerOutput,
  'terms-config.schema.json': ProjectConfigSchema,
};

/** Input schemas on the compile path, precompiled at build time with every error reported (each has an `$id`). */
export const INPUT_SCHEMAS: TSchema[] = [
  FrontMatter,
  ProjectConfigSchema,
  ...ANNOTATION_KINDS.map((k) => annotationInputSchemas[k]),
  ContractEnvelope,
  ...EVENT_TYPES.map((t) => EVENT_VALIDATION_SCHEMAS[t]),
];

/** Output schemas precompiled at build time, stopping at the first error (a violation is a bug). */
export const OUTPUT_SCHEMAS: TSchema[] = [RuleSet];

/**
 * A schema as the published JSON file: plain JSON (TypeBox's symbol keys drop out), declaring the
 * draft it is written in (TypeBox writes tuples the draft-07 way).
 */
export function schemaJson(schema: TSchema): string {
  return JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...schema }, null, 2) + '\n';
}
