/**
 * One NDJSON line parsed without letting a short contract id into V8's string table
 * (src/check/parse-line.ts): whatever the line, the value (its keys in the same order) or the error is
 * JSON.parse's own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContractLine } from '../../src/check/parse-line.js';

/** What JSON.parse gives: the value with its keys' order, or the error's message. */
function outcome(parse: (text: string) => unknown, text: string): unknown {
  try {
    const value = parse(text);
    return { value, keys: value !== null && typeof value === 'object' ? Object.keys(value) : null };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const ids = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('K-0000001', 'K-1', '', 'a"b', 'a\\b', '契約-01', 'K-00000001234'));
const members = fc.dictionary(fc.constantFrom('events', 'contract', 'x', '__proto__', 'constructor'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });

describe('parseContractLine', () => {
  it('should give what JSON.parse gives for any contract line, the id first', () => {
    fc.assert(
      fc.property(ids, members, fc.boolean(), (id, rest, spaced) => {
        const body = JSON.stringify(rest).slice(1, -1);
        const text = `{"contract":${spaced ? ' ' : ''}${JSON.stringify(id)}${body ? `,${body}` : ''}}`;
        expect(outcome(parseContractLine, text)).toEqual(outcome(JSON.parse, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('should throw JSON.parse’s own error, positions included, for a line cut short or broken', () => {
    fc.assert(
      fc.property(ids, members, fc.nat(), (id, rest, cut) => {
        const whole = `{"contract":${JSON.stringify(id)},${JSON.stringify(rest).slice(1)}`;
        const text = whole.slice(0, cut % (whole.length + 1));
        expect(outcome(parseContractLine, text)).toEqual(outcome(JSON.parse, text));
      }),
      { numRuns: 2000 },
    );
    for (const text of ['{"contract":"K-1","events":[}', '{"contract":"K-1",}', '{"contract":"K-1","contract":"K-2"}', '{"contract":"K-1","__proto__":{"x":1}}', '{"contract":"K-1"}']) {
      expect(outcome(parseContractLine, text)).toEqual(outcome(JSON.parse, text));
    }
  });

  it('should not give back the very string JSON.parse internalizes (the id is cut from the line)', () => {
    const value = parseContractLine('{"contract":"K-0000001","events":[]}') as { contract: string };
    expect(value.contract).toBe('K-0000001');
    expect(Object.keys(value)).toEqual(['contract', 'events']);
  });
});
