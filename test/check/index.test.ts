/**
 * The checker's public API and its published schemas (the lead writes them to
 * schema/checker-input.schema.json and schema/checker-output.schema.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/check/index.js';
import { createAjv } from '../../src/schema/ajv.js';
import { EXAMPLE, FIXTURES } from './support.js';

describe('src/check public index', () => {
  it('should export exactly the documented runtime API', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'CHECKER_INPUT_SCHEMA_ID',
        'CHECKER_OUTPUT_SCHEMA_ID',
        'CheckerInput',
        'CheckerOutput',
        'EVENT_SCHEMAS',
        'EVENT_TYPES',
        'FINDING_SEVERITIES',
        'checkLine',
        'checkValue',
        'dateProblem',
        'evaluateContract',
        'hasViolation',
        'prepareTerms',
        'readContract',
        'renderText',
      ].sort(),
    );
  });

  it('should keep the finding vocabulary and severities of checker.md (codes are added, never renamed)', () => {
    expect(api.FINDING_SEVERITIES).toEqual({
      'notice-too-late': 'violation',
      'termination-without-ground': 'violation',
      'suspension-without-ground': 'violation',
      'optout-too-late': 'warning',
      'credit-claim-late': 'warning',
      'cancellation-date-adjusted': 'info',
      'ground-asserted': 'info',
      'event-after-end': 'info',
      'same-day-order': 'info',
      'fees-continue': 'info',
    });
  });

  it('should describe every event type of checker.md', () => {
    expect(api.EVENT_TYPES).toEqual([
      'contract.formed',
      'renewal.optout',
      'cancellation.notice',
      'payment.due',
      'payment.made',
      'outage',
      'credit.claim',
      'violation',
      'violation.cured',
      'terms.change.notice',
      'discontinuation.notice',
      'company.suspension',
      'company.termination',
    ]);
  });

  it('should publish an input schema that accepts the checker.md example and an array, and rejects unknown fields', () => {
    const validate = createAjv().compile(api.CheckerInput);
    expect(validate(EXAMPLE)).toBe(true);
    const batch = readFileSync(join(FIXTURES, 'batch.ndjson'), 'utf8').split('\n').slice(0, 2).map((l) => JSON.parse(l) as unknown);
    expect(validate(batch)).toBe(true);
    expect(validate({ ...EXAMPLE, events: [{ ...EXAMPLE.events[0], extra: true }] })).toBe(false);
    expect(validate({ contract: 'K', events: [{ type: 'unknown', date: '2026-01-01' }] })).toBe(false);
  });

  it('should publish an output schema with the documented $ids', () => {
    expect(api.CheckerInput.$id).toBe(api.CHECKER_INPUT_SCHEMA_ID);
    expect(api.CheckerOutput.$id).toBe(api.CHECKER_OUTPUT_SCHEMA_ID);
    expect(() => createAjv().compile(api.CheckerOutput)).not.toThrow();
  });
});
