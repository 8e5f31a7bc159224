import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileTerms } from '../../src/compile/index.js';
import { articleBlocks, unwrapPublished } from '../helpers/published.js';

const source = readFileSync('terms/knet-cloud/2018-04-20.md', 'utf8');
const published = readFileSync('terms/knet-cloud/2018-04-20.published.txt', 'utf8');

describe('the 2018 terms as structured Markdown', () => {
  const { ruleSet, diagnostics } = compileTerms(source, 'terms/knet-cloud/2018-04-20.md');
  const blocks = articleBlocks(unwrapPublished(published));

  it('should compile without any diagnostic', () => {
    expect(diagnostics).toEqual([]);
    expect(ruleSet).not.toBeNull();
  });

  it('should keep the published copy identical to the seed', () => {
    // The seed (knet-cloud-terms-2018-04-20.txt) by its hash: a clone holds what its tests need.
    expect(createHash('sha256').update(published, 'utf8').digest('hex')).toBe('20e1d163fc6d6dd57600fb96f003e234c735555db751abd94a3b03f3535c7e51');
  });

  it('should hold all 36 articles and the 付則 of the published text', () => {
    expect(blocks.size).toBe(37);
    expect(ruleSet?.articles).toHaveLength(36);
  });

  it.each([...Array(36).keys()].map((i) => i + 1))('should give 第%i条 the published text word for word', (n) => {
    const article = ruleSet?.articles[n - 1];
    const expected = [...blocks.entries()].find(([, text]) => text.startsWith(article?.title ?? '?'))?.[1];
    expect(article?.num.value).toBe(n);
    expect(article?.text).toBe(expected);
  });

  it('should give the 付則 the published text word for word', () => {
    expect(ruleSet?.supplProvision?.text).toBe(blocks.get('付則'));
  });

  it('should keep the chapter headings as published', () => {
    const headings = unwrapPublished(published).filter((l) => /^第[0-9０-９]+章/u.test(l));
    expect(ruleSet?.chapters.map((c) => c.title)).toEqual(headings.map((h) => h.trim()));
  });
});
