import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it, expectTypeOf } from 'vitest';
import type { Static } from '@sinclair/typebox';
import * as registry from '../../src/registry/schemas.js';
import { compileTerms } from '../../src/compile/index.js';
import { ANNOTATION_KINDS, KIND_FIELDS, Rule as RuleSchema, type Rule, type RuleOf, type AnnotationKind } from '../../src/annotation/schema.js';
import type { RuleSet as RuleSetSchema, RuleSet } from '../../src/ruleset/schema.js';

const compiled = compileTerms(readFileSync('terms/knet-cloud/2018-04-20.md', 'utf8'), 'terms/knet-cloud/2018-04-20.md').ruleSet as RuleSet;

describe('schema/', () => {
  it('should export the schema files and the precompiled lists', () => {
    expect(Object.keys(registry).sort()).toEqual(['INPUT_SCHEMAS', 'OUTPUT_SCHEMAS', 'SCHEMA_FILES', 'schemaJson']);
  });

  it.each(Object.entries(registry.SCHEMA_FILES))('should keep schema/%s up to date (npm run schemas)', (file, schema) => {
    expect(readFileSync(`schema/${file}`, 'utf8')).toBe(registry.schemaJson(schema));
  });

  it('should validate the compiled 2018 rule set against the published schema file, with a plain ajv', () => {
    const schema = JSON.parse(readFileSync('schema/ruleset.schema.json', 'utf8')) as object;
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(JSON.stringify(compiled)))).toBe(true);
    const broken = JSON.parse(JSON.stringify(compiled)) as { rules: Array<Record<string, unknown>> };
    (broken.rules[0] as Record<string, unknown>)['kind'] = 'no-such-kind';
    expect(validate(broken)).toBe(false);
  });

  it.each(Object.keys(registry.SCHEMA_FILES))('should publish schema/%s as a valid draft-07 JSON Schema', (file) => {
    const schema = JSON.parse(readFileSync(`schema/${file}`, 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv({ strict: false });
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(ajv.validateSchema(schema)).toBe(true);
  });
});

describe('the TypeScript types and the schemas', () => {
  it('should agree on the rule set shape (Static of the schema is the RuleSet type, rules aside)', () => {
    expectTypeOf<Omit<Static<typeof RuleSetSchema>, 'rules'>>().toEqualTypeOf<Omit<RuleSet, 'rules'>>();
  });

  it('should name the same kinds in the types, the field table and the rule union', () => {
    expectTypeOf<keyof RuleOf>().toEqualTypeOf<AnnotationKind>();
    const unionKinds = (RuleSchema as unknown as { anyOf: Array<{ properties: { kind: { const: string } } }> }).anyOf.map(
      (s) => s.properties.kind.const,
    );
    expect(unionKinds).toEqual(ANNOTATION_KINDS);
  });

  it.each(ANNOTATION_KINDS)('should give rule kind %s the same fields in its type and its schema', (kind) => {
    const schema = (RuleSchema as unknown as { anyOf: Array<{ properties: Record<string, unknown>; required: string[] }> }).anyOf.find(
      (s) => (s.properties['kind'] as { const: string }).const === kind,
    );
    const fields = Object.keys(KIND_FIELDS[kind]);
    expect(Object.keys(schema?.properties ?? {}).sort()).toEqual(['clause', 'id', 'key', 'kind', 'loc', 'note', ...fields].sort());
    // Every compiled rule of this kind has exactly the typed fields (note is optional).
    for (const rule of compiled.rules.filter((r): r is Rule => r.kind === kind)) {
      const typed: RuleOf[typeof kind] = rule as RuleOf[typeof kind];
      expect(Object.keys(typed).filter((k) => k !== 'note').sort()).toEqual(schema?.required.slice().sort());
    }
  });
});
