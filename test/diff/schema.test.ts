import type { Static } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { diffRuleSets, TermsDiffSchema, type TermsDiff } from '../../src/diff/index.js';
import { describeAjvError, validatorFor } from '../../src/schema/ajv.js';
import { fixture, knet } from './support.js';

// Compile-time check (npm test type-checks first): the schema and the hand-written types describe the
// same value, in both directions. A field added to one and not the other makes this line an error.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<Static<typeof TermsDiffSchema>, TermsDiff> = true;

const validate = validatorFor(TermsDiffSchema);
const problems = (value: unknown): string[] => (validate(value) ? [] : (validate.errors ?? []).map(describeAjvError));

describe('TermsDiffSchema', () => {
  it('should describe the same value as the TermsDiff type', () => {
    expect(schemaMatchesTypes).toBe(true);
  });

  it('should accept the real diff of the Knet terms as written to JSON', async () => {
    const diff = await diffRuleSets(knet('2018-04-20'), knet('2027-01-01'));
    expect(problems(JSON.parse(JSON.stringify(diff)))).toEqual([]);
  });

  it.each(['inserted-article.md', 'stale-reference.md', 'deleted-item.md', 'moved-paragraph.md', 'parameter.md'])(
    'should accept the diff of base.md → %s',
    async (name) => {
      const diff = await diffRuleSets(fixture('base.md'), fixture(name));
      expect(problems(JSON.parse(JSON.stringify(diff)))).toEqual([]);
    },
  );

  it('should reject a diff with an unknown status or a missing field', async () => {
    const diff = JSON.parse(JSON.stringify(await diffRuleSets(fixture('base.md'), fixture('caption.md')))) as Record<string, unknown>;
    const clauses = diff['clauses'] as Array<Record<string, unknown>>;
    (clauses[0] as Record<string, unknown>)['status'] = 'rewritten';
    delete diff['summary'];
    const found = problems(diff);
    expect(found.some((p) => p.startsWith('/clauses/0/status'))).toBe(true);
    expect(found.some((p) => p.includes('summary'))).toBe(true);
  });
});
