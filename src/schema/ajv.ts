import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

/**
 * Validators precompiled at build time (scripts/build-validators.js writes them next to this module in
 * lib/, a file per group of schemas): compiling the schemas with ajv costs more than compiling a whole
 * document, so a CLI run should not pay it, and a group's file is only loaded when one of its schemas is
 * first used. From sources (tests), or for a schema not precompiled, ajv compiles at first use.
 */
function precompiled(id: string): ValidateFunction | undefined {
  try {
    const index = require('./validators.index.generated.cjs') as Record<string, [string, string] | undefined>;
    const [group, name] = index[id] ?? [];
    return group && name ? (require(`./validators.${group}.generated.cjs`) as Record<string, ValidateFunction>)[name] : undefined;
  } catch {
    return undefined;
  }
}

let ajv: Ajv | undefined;
const cache = new Map<object, ValidateFunction>();

/**
 * An ajv instance as the project compiles with (also used by the build to precompile).
 * @param options.source keep generated source (for standalone code)
 * @param options.allErrors report every violation (inputs people wrote) rather than stop at the first
 *   (outputs the program wrote, where any violation is a bug)
 */
export function createAjv(options: { source?: boolean; allErrors?: boolean } = {}): Ajv {
  const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
  return new AjvClass({
    allErrors: options.allErrors ?? true,
    strict: true,
    allowUnionTypes: true,
    code: { source: options.source ?? false },
  });
}

/** A validator for a JSON Schema, precompiled or compiled once per process, and shared. */
export function validatorFor(schema: object): ValidateFunction {
  let validate = cache.get(schema);
  if (!validate) {
    const id = (schema as { $id?: unknown }).$id;
    validate = typeof id === 'string' ? precompiled(id) : undefined;
    if (!validate) {
      ajv ??= createAjv();
      validate = (typeof id === 'string' && ajv.getSchema(id)) || ajv.compile(schema);
    }
    cache.set(schema, validate);
  }
  return validate;
}

/** One readable line per ajv error: `/notice/duration: must match pattern …`. */
export function describeAjvError(error: ErrorObject): string {
  const where = error.instancePath || '(root)';
  if (error.keyword === 'additionalProperties') {
    return `${where}: unknown field "${String(error.params['additionalProperty'])}"`;
  }
  if (error.keyword === 'enum' || error.keyword === 'const') {
    const allowed = error.params['allowedValues'] ?? error.params['allowedValue'];
    return `${where}: must be ${JSON.stringify(allowed)}`;
  }
  return `${where}: ${error.message ?? error.keyword}`;
}
