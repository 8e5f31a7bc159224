import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: its default export arrives wrapped under NodeNext resolution.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

let ajv: Ajv | undefined;
const cache = new Map<object, ValidateFunction>();

/** A validator for a JSON Schema, compiled once per process and shared. */
export function validatorFor(schema: object): ValidateFunction {
  let validate = cache.get(schema);
  if (!validate) {
    ajv ??= addFormats(new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }));
    validate = ajv.compile(schema);
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
