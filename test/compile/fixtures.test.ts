/**
 * Structured Markdown as other companies write it (fixtures/<class>/input.md), each compiled and
 * compared with the shape of the rule set it must give (fixtures/<class>/expected.json): the title,
 * the 前文, chapters and the articles in them, each article's 項 and 号, the 附則, the history and the
 * signature, and every diagnostic with its place. Written against the old compiler, every one failed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileTerms } from '../../src/compile/index.js';
import type { Item, Paragraph, RuleSet } from '../../src/ruleset/schema.js';

const DIR = join(import.meta.dirname, 'fixtures');

/** The parts of a rule set a fixture pins. */
export function shapeOf(ruleSet: RuleSet | null) {
  if (!ruleSet) return null;
  const item = (i: Item): unknown => (i.subitems.length ? { text: i.text.split('\n')[0], subitems: i.subitems.map((s) => s.text) } : i.text);
  const paragraph = (p: Paragraph): unknown => (p.items.length ? { text: p.text.split('\n')[0], items: p.items.map(item) } : p.text);
  return {
    title: ruleSet.title?.text ?? null,
    preamble: ruleSet.preamble?.paragraphs.map((p) => p.sentence) ?? null,
    chapters: ruleSet.chapters.map((c) => ({ id: c.id, title: c.title, articles: c.articles })),
    articles: ruleSet.articles.map((a) => ({ id: a.id, heading: a.title + (a.caption?.written ?? ''), caption: a.caption?.text ?? null, paragraphs: a.paragraphs.map(paragraph) })),
    supplProvision: ruleSet.supplProvision ? { label: ruleSet.supplProvision.label, text: ruleSet.supplProvision.text } : null,
    history: ruleSet.history ? { heading: ruleSet.history.heading, endMark: ruleSet.history.endMark, entries: ruleSet.history.entries.map((e) => `${e.date} ${e.event ?? '-'} ${e.text} @${e.loc.line}`) } : null,
    signature: ruleSet.signature?.lines ?? null,
  };
}

const fixtures = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('structured Markdown in other companies’ styles', () => {
  it('should have fixtures for every class of input', () => {
    expect(fixtures).toEqual(['cjk-emphasis', 'headings-captions', 'lazy-numbering', 'suppl-spellings', 'title-preamble', 'trailing-history']);
  });

  for (const name of fixtures) {
    it(`should compile ${name} to the expected rule set`, () => {
      const source = readFileSync(join(DIR, name, 'input.md'), 'utf8');
      const expected = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8')) as { diagnostics: string[]; ruleSet: unknown };
      const result = compileTerms(source, `${name}/input.md`);
      const diagnostics = result.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`);
      expect({ diagnostics, ruleSet: shapeOf(result.ruleSet) }).toEqual(expected);
    });
  }
});
