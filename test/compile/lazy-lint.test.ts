/**
 * Lazy list numbering (`1.` `1.` `1.`) is ordinary Markdown: it compiles to 項 and 号 numbered by
 * position, and lint finds nothing to say about their labels (issue 12, class 6).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/lint/index.js';

const source = readFileSync(join(import.meta.dirname, 'fixtures', 'lazy-numbering', 'input.md'), 'utf8');

describe('lazy list numbering', () => {
  it('should compile without a problem and give no label-style finding', () => {
    const result = lintSource(source, 'lazy.md');
    expect(result.compile).toEqual([]);
    expect(result.lint?.diagnostics.filter((d) => d.ruleId === 'label-style')).toEqual([]);
  });

  it('should number 項 after an unnumbered first paragraph from 2, whatever the list writes', () => {
    const { ruleSet } = lintSource(source, 'lazy.md');
    expect(ruleSet?.articles[0]?.paragraphs.map((p) => [p.id, p.label])).toEqual([
      ['art-1-p1', null],
      ['art-1-p2', '2．'],
      ['art-1-p3', '3．'],
      ['art-1-p4', '4．'],
    ]);
  });
});
