import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as helpers from './helpers.js';
import { importTerms, type InputFormat } from '../../src/import/index.js';

const { accountedCharacters, inputCharacters, unaccounted } = helpers;
const seedLines = readFileSync('terms/knet-cloud/2018-04-20.published.txt', 'utf8').split('\n');

/** Imports without throwing and checks that every input character is accounted for. */
function holds(source: string, format: InputFormat): void {
  const result = importTerms(source, { path: `fuzz.${format === 'text' ? 'txt' : 'md'}`, document: 'fuzz', effective: '2024-04-01' });
  expect(unaccounted(inputCharacters(source, format), accountedCharacters(result))).toEqual([]);
}

// Pieces of Japanese terms and of their damage, so that random input reaches every construct.
const PIECES = [
  '第１条（目的）', '第十二条', '第1条(定義)', '第2条　総則', '（定義）', '第一章　総則', '第２章 雑則', '第一節　通則',
  '付則', '附　則 この規約は施行する。', '本規約は、当社が定める。', '次の各号に掲げる', 'ものとします。', '第３条第２項',
  '２．', '2.', '２　', '（１）', '(2)', '⑴', '①', '一　', 'イ　', '（ア）', 'ア　', '・', '- 3 -', '3/12', '12', '_',
  '**', '**（目的）**', '# ', '### ', '1. ', '- ', '    - ', '<br>', '<b>', '[リンク](http://x)', '&amp;', '\\', '`', '---', '>',
  ' ', '　', '',
];
const termsLike = fc
  .array(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 5 }).map((p) => p.join('')), { maxLength: 30 })
  .map((lines) => lines.join('\n'));

describe('the character accounting (fuzzed)', () => {
  it('should export the accounting helpers', () => {
    expect(Object.keys(helpers).sort()).toEqual(['accountedCharacters', 'inputCharacters', 'runCli', 'unaccounted']);
  });

  it('should be able to fail: a dropped character is found', () => {
    expect(unaccounted([...'第１条'], [...'第条'])).toEqual(['１']);
  });

  it.each(['text', 'markdown'] as const)('should hold for arbitrary Unicode imported as %s, without a crash', (format) => {
    const text = fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 8 }).map((lines) => lines.join('\n'));
    fc.assert(fc.property(text, (s) => holds(s, format)), { numRuns: 150 });
  });

  it.each(['text', 'markdown'] as const)('should keep an item whose text starts like a label, imported as %s', (format) => {
    // Found by the fuzzer (seed 1790660096): the second （１） was read back as the item's label.
    holds('第１条（目的）\n!\n（１）（１）', format);
  });

  it.each(['text', 'markdown'] as const)('should keep an item whose label is replaced and whose text starts like a label, imported as %s', (format) => {
    // The second item is written （１）: that label is replaced by the derived （２）, and the text after it
    // starts like a label too.
    holds('第１条（目的）\n!\n（１）あ\n（１）（１）い', format);
  });

  it.each(['text', 'markdown'] as const)('should hold for terms-like text imported as %s', (format) => {
    fc.assert(fc.property(termsLike, (s) => holds(s, format)), { numRuns: 300 });
  });

  it('should hold for the seed with lines dropped, duplicated and split', () => {
    const mutation = fc.record({
      at: fc.nat({ max: seedLines.length - 1 }),
      kind: fc.constantFrom('drop', 'duplicate', 'split'),
      cut: fc.nat({ max: 60 }),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (mutations) => {
        const lines = [...seedLines];
        for (const { at, kind, cut } of mutations) {
          const i = at % Math.max(lines.length, 1);
          const line = lines[i] ?? '';
          if (kind === 'drop') lines.splice(i, 1);
          else if (kind === 'duplicate') lines.splice(i, 0, line);
          else lines.splice(i, 1, line.slice(0, cut), line.slice(cut));
        }
        holds(lines.join('\n'), 'text');
      }),
      { numRuns: 40 },
    );
    // Each run imports and compiles the whole seed: on a loaded machine forty of them take a while.
  }, 120_000);
});
