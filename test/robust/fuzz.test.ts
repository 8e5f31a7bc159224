/**
 * Fuzzers of hostile input, in CI with a fixed seed (test/setup/fast-check.ts) and a few hundred cases;
 * `FUZZ_RUNS=5000` for a long run (scripts/soak.sh). Whatever the input: the compiler returns
 * diagnostics with places and never throws; the checker answers every NDJSON line in order.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareTerms } from '../../src/check/index.js';
import { checkChunk } from '../../src/check/stream/index.js';
import { compileTerms } from '../../src/compile/index.js';
import { PUBLISHED_2018, ROOT } from './support.js';

/** Cases of the checker's fuzzer; the compiler's takes half as many (each compiles a whole document). */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
const FILE = 'terms/knet-cloud/2018-04-20.md';

/** Pieces of Markdown and YAML that have broken parsers before: markers, fences, aliases, controls. */
const PIECE = fc.constantFrom(
  '*', '_', '**', '[', ']', '(', ')', '`', '```', '```rule\n', '\n```\n', '- ', '  - ', '1. ', '> ', '#', '## 第9条（x） {#k}\n', '\n', '\n\n',
  '    ', '\t', '\0', '\r', '\u3000', '条', '第１項', '&a ', '*a', 'kind: ', 'notice: P2M', 'notice: P99999999Y', '{', '}', ': ', '---\n', '<!-- ', ' -->', '\\',
);
const hostileMarkdown = fc.array(PIECE, { maxLength: 200 }).map((pieces) => pieces.join(''));

describe('the compiler, fuzzed', () => {
  it('should return diagnostics with places, never throw, for hostile text inside a real document', () => {
    const cut = PUBLISHED_2018.indexOf('## 第５条');
    fc.assert(
      fc.property(hostileMarkdown, fc.nat({ max: 3 }), (text, repeat) => {
        const source = PUBLISHED_2018.slice(0, cut) + text.repeat(repeat + 1) + '\n\n' + PUBLISHED_2018.slice(cut);
        const { diagnostics } = compileTerms(source, FILE);
        for (const d of diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.message).not.toContain('\n');
        }
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  }, 600_000);
});

describe('the checker, fuzzed', () => {
  const ruleSet = compileTerms(PUBLISHED_2018, FILE).ruleSet;
  if (!ruleSet) throw new Error('the 2018 terms do not compile');
  const catalog = prepareTerms([ruleSet]);
  const example = readFileSync(join(ROOT, 'test/check/fixtures/example.json'), 'utf8').trim();
  const line = fc.oneof(
    fc.json({ depthSize: 'medium' }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.nat({ max: 300 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
    fc.constant(example),
    fc.nat({ max: example.length }).map((n) => example.slice(0, n)),
  );

  it('should answer every line that holds a contract, in order, and never throw', () => {
    fc.assert(
      fc.property(fc.array(line.map((l) => l.replace(/[\r\n]/gu, ' ')), { maxLength: 30 }), (lines) => {
        const input = Buffer.from(lines.join('\n'), 'utf8');
        const out = checkChunk(input, { line: 1, index: 0 }, catalog, '2026-12-01', 'json');
        const results = Buffer.from(out.bytes).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
        expect(results).toHaveLength(lines.filter((l) => l.trim() !== '').length);
        expect(out.contracts).toBe(results.length);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
