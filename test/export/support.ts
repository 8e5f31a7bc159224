/**
 * Shared by the export tests: the versions exported (both Knet versions and a fixture in another
 * company's style), and the shape of a rule set that a round trip must keep (structure and text).
 */
import { readFileSync } from 'node:fs';
import { compileTerms } from '../../src/compile/index.js';
import type { Item, Paragraph, RuleSet, Subitem1 } from '../../src/ruleset/schema.js';

/** The sources exported and imported back. */
export const SOURCES = ['terms/knet-cloud/2018-04-20.md', 'terms/knet-cloud/2027-01-01.md', 'test/export/fixtures/aozora.md'] as const;

/** Compiles a terms Markdown file (the test fails on a compile error). */
export function compileFile(path: string): RuleSet {
  const result = compileTerms(readFileSync(path, 'utf8'), path);
  if (!result.ruleSet) throw new Error(`${path} does not compile: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.ruleSet;
}

const clause = (c: Paragraph | Item | Subitem1): unknown[] => [c.label?.trim() ?? null, c.sentence];

/** What a round trip keeps: title, company, chapters, articles with 項・号・号の細分 (labels and text), 附則. */
export function shape(ruleSet: RuleSet): unknown {
  const paragraphs = (list: readonly Paragraph[]) => list.map((p) => [...clause(p), p.items.map((i) => [...clause(i), i.subitems.map(clause)])]);
  return {
    title: ruleSet.meta.title,
    company: ruleSet.meta.company,
    chapters: ruleSet.chapters.map((c) => [c.id, c.title]),
    articles: ruleSet.articles.map((a) => [a.id, a.title, a.caption?.written ?? null, a.chapter, paragraphs(a.paragraphs)]),
    suppl: ruleSet.supplProvision ? [ruleSet.supplProvision.label, paragraphs(ruleSet.supplProvision.paragraphs)] : null,
  };
}
