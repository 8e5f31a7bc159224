import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as cite from '../../src/ruleset/cite.js';
import { compileTerms } from '../../src/compile/index.js';
import type { RuleSet } from '../../src/ruleset/schema.js';

const ruleSet = compileTerms(readFileSync('terms/knet-cloud/2027-01-01.md', 'utf8'), 'x.md').ruleSet as RuleSet;

describe('citation', () => {
  it('should export citation only', () => {
    expect(Object.keys(cite)).toEqual(['citation']);
  });

  it.each([
    ['art-4', '第４条'],
    ['art-4-p2', '第４条第２項'],
    ['art-14-p1', '第14条第１項'],
    ['art-15-p1-i8', '第15条第１項第８号'],
    ['art-13-p1', '第13条'],
    ['art-2-p1-i5', '第２条第５号'],
    ['suppl-p2', '付則第２項'],
    ['art-15-p1-i10', '第15条第１項第10号'],
  ])('should cite %s as %s', (id, expected) => {
    expect(cite.citation(ruleSet, id)).toBe(expected);
  });

  it.each([
    ['art-15-p1-i10', '第15条（当社からの利用契約の解約）第１項第10号'],
    ['art-13-p1', '第13条（利用期間）'],
    ['suppl-p2', '付則第２項'],
  ])('should name the article with its caption when asked: %s as %s', (id, expected) => {
    expect(cite.citation(ruleSet, id, { caption: true })).toBe(expected);
  });

  it.each(['art-99', 'art-4-p9', 'art-15-p1-i20', 'nonsense'])('should give null for %s, which the version lacks', (id) => {
    expect(cite.citation(ruleSet, id)).toBeNull();
  });
});
