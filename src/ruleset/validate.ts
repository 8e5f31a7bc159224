import { describeAjvError, validatorFor } from '../schema/ajv.js';
import { RuleSet } from './schema.js';

/**
 * Checks a value against the rule set schema.
 * @returns one message per violation (empty when valid)
 */
export function validateRuleSet(value: unknown): string[] {
  const validate = validatorFor(RuleSet);
  return validate(value) ? [] : (validate.errors ?? []).map(describeAjvError);
}
