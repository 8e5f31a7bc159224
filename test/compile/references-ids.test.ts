import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTerms } from '../../src/compile/index.js';
import * as ids from '../../src/ruleset/ids.js';
import type { RuleSet } from '../../src/ruleset/schema.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('clause ids', () => {
  it('should build and read back every id of the Knet terms', () => {
    for (const version of ['2018-04-20', '2027-01-01']) {
      const path = `terms/knet-cloud/${version}.md`;
      const ruleSet = compileTerms(readFileSync(path, 'utf8'), path).ruleSet as RuleSet;
      for (const article of ruleSet.articles) {
        expect(ids.articleId(article.num)).toBe(article.id);
        for (const p of article.paragraphs) {
          expect(ids.parseClauseId(p.id)).toMatchObject({ root: article.id, paragraph: p.num.value, item: null });
          for (const item of p.items) expect(ids.itemId(p.id, item.num.value)).toBe(item.id);
        }
      }
      for (const p of ruleSet.supplProvision?.paragraphs ?? []) expect(ids.paragraphId(ids.SUPPL_ID, p.num.value)).toBe(p.id);
    }
  });

  it('should read back what it builds, for any position', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.option(fc.integer({ min: 2, max: 9 }), { nil: undefined }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 10 }),
        (value, branch, p, i, s) => {
          const art = ids.articleId({ value, branch });
          const id = ids.subitemId(ids.itemId(ids.paragraphId(art, p), i), s);
          expect(ids.parseClauseId(id)).toEqual({ root: art, article: branch ? { value, branch } : { value }, paragraph: p, item: i, subitem: s });
          expect(ids.levelOf(id)).toBe('subitem');
          expect(ids.articleIdOf(id)).toBe(art);
          expect(ids.resolveRelativeId(art, ids.relativeId(id, art) ?? '')).toBe(id);
        },
      ),
      { seed: 219, numRuns: 200 },
    );
  });

  it('should tell what is not an id, and not take art-15-p11 for a clause of art-15-p1', () => {
    for (const bad of ['', 'art-', 'art-1-x', 'art-1-i2', 'suppl-i1', 'art-01x', 'preamble']) expect(ids.parseClauseId(bad), bad).toBeNull();
    expect(ids.isWithin('art-15-p11', 'art-15-p1')).toBe(false);
    expect(ids.isWithin('art-15-p1-i2', 'art-15-p1')).toBe(true);
    expect(ids.articleIdOf('suppl-p2')).toBeNull();
    expect(ids.levelOf('suppl')).toBe('suppl');
    expect(ids.resolveRelativeId('art-3', 'x')).toBeNull();
  });

  it('should be the only module that parses ids by pattern', () => {
    const offenders = files('src').filter((f) => !f.endsWith(join('ruleset', 'ids.ts'))).filter((f) => {
      const text = readFileSync(f, 'utf8');
      return /\/\^art-|-p\(\\d|-p\\d|\$\{[^}]+\}-p\$\{/u.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
