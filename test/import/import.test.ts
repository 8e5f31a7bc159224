import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/import/index.js';
import { compileTerms } from '../../src/compile/index.js';
import type { RuleSet } from '../../src/ruleset/schema.js';
import { accountedCharacters, inputCharacters, unaccounted } from './helpers.js';

const { importTerms, detectFormat, PLACEHOLDER } = api;
const SEED = 'terms/knet-cloud/2018-04-20.published.txt';
const FIXTURES = 'test/import/fixtures';

/** What the acceptance compares: structure and text of a rule set, annotations and keys aside. */
function shape(ruleSet: RuleSet) {
  return {
    chapters: ruleSet.chapters.map((c) => ({ id: c.id, title: c.title, articles: c.articles })),
    articles: ruleSet.articles.map((a) => ({
      id: a.id,
      title: a.title,
      caption: a.caption,
      chapter: a.chapter,
      text: a.text,
      paragraphs: a.paragraphs.map((p) => ({
        id: p.id,
        label: p.label,
        sentence: p.sentence,
        items: p.items.map((i) => ({
          id: i.id,
          label: i.label,
          sentence: i.sentence,
          subitems: i.subitems.map((s) => ({ id: s.id, label: s.label, sentence: s.sentence })),
        })),
      })),
    })),
    suppl: ruleSet.supplProvision && {
      label: ruleSet.supplProvision.label,
      text: ruleSet.supplProvision.text,
      paragraphs: ruleSet.supplProvision.paragraphs.map((p) => ({ id: p.id, label: p.label, sentence: p.sentence })),
    },
  };
}

/** Lints a rule set when the linter exists (another engineer writes src/lint/index.ts). */
async function lintIfPresent(ruleSet: RuleSet): Promise<void> {
  const path = '../../src/lint/index.js';
  if (!existsSync(join('src', 'lint', 'index.ts'))) return;
  const lint = (await import(/* @vite-ignore */ path)) as { lintRuleSet?: (r: RuleSet) => unknown };
  expect(typeof lint.lintRuleSet).toBe('function');
  expect(lint.lintRuleSet?.(ruleSet)).toBeTruthy();
}

describe('importTerms', () => {
  it('should export detectFormat, importTerms, importLines and the placeholders', () => {
    expect(Object.keys(api).sort()).toEqual(['PLACEHOLDER', 'detectFormat', 'importLines', 'importTerms']);
  });

  describe('on the published 2018 text (the seed)', () => {
    const seed = readFileSync(SEED, 'utf8');
    const result = importTerms(seed, { path: SEED, document: 'knet-cloud', effective: '2018-04-20' });
    const reference = compileTerms(readFileSync('terms/knet-cloud/2018-04-20.md', 'utf8'), 'terms/knet-cloud/2018-04-20.md');

    it('should read it as text, compile without errors and lint without crashing', async () => {
      expect(result.format).toBe('text');
      expect(result.ruleSet).not.toBeNull();
      expect(result.report.filter((m) => m.severity === 'error')).toEqual([]);
      await lintIfPresent(result.ruleSet as RuleSet);
    });

    it('should give the chapters, articles, paragraphs, items and 付則 of the hand-made Markdown exactly', () => {
      expect(reference.ruleSet).not.toBeNull();
      expect(shape(result.ruleSet as RuleSet)).toEqual(shape(reference.ruleSet as RuleSet));
    });

    it('should detect the numbering style the published labels follow', () => {
      expect(result.ruleSet?.meta.numbering).toEqual({ paragraph: 'fullwidth', item: 'mixed' });
      expect(result.markdown).toContain('- （9）利用契約等に違反し');
      expect(result.markdown).toContain('2. 2．前各項の定めにかかわらず');
    });

    it('should report the three sentences broken at a real line end and the stray underscore, with their lines', () => {
      const joined = result.report.filter((m) => m.ruleId === 'import/joined-break').map((m) => m.line);
      expect(joined).toEqual([180, 484, 512]);
      const unplaced = result.report.filter((m) => m.ruleId === 'import/unplaced');
      expect(unplaced.map((m) => [m.line, m.text])).toEqual([[692, '_']]);
    });

    it('should guess the company from the text and report the title placeholder', () => {
      expect(result.ruleSet?.meta.company).toBe('Knet 株式会社');
      expect(result.ruleSet?.meta.title).toBe(PLACEHOLDER.title);
      expect(result.report.find((m) => m.ruleId === 'import/title')?.severity).toBe('warning');
    });

    it('should report the cross-reference that no longer resolves at its input line', () => {
      const refs = result.report.filter((m) => m.ruleId.startsWith('import/reference'));
      expect(refs.map((m) => [m.ruleId, m.line])).toEqual([
        ['import/reference-unresolved', 292],
        ['import/reference-caption', 336],
      ]);
    });

    it('should account for every character of the input', () => {
      expect(unaccounted(inputCharacters(seed, 'text'), accountedCharacters(result))).toEqual([]);
    });

    it('should take the title and company from the options when given', () => {
      const named = importTerms(seed, { path: SEED, document: 'knet-cloud', effective: '2018-04-20', title: 'Knetクラウドサービス利用規約', company: 'Knet 株式会社' });
      expect(named.ruleSet?.meta).toMatchObject({ title: 'Knetクラウドサービス利用規約', company: 'Knet 株式会社', version: '2018-04-20' });
      expect(named.report.some((m) => m.ruleId === 'import/title')).toBe(false);
    });
  });

  describe.each(readdirSync(FIXTURES).sort())('on the %s fixture', (style) => {
    const dir = join(FIXTURES, style);
    const inputName = readdirSync(dir).find((f) => f.startsWith('input.')) ?? 'input.txt';
    const source = readFileSync(join(dir, inputName), 'utf8');
    const result = importTerms(source, { path: inputName, document: 'sample', effective: '2024-04-01' });

    it('should write the expected Markdown', () => {
      expect(result.markdown).toBe(readFileSync(join(dir, 'expected.md'), 'utf8'));
    });

    it('should compile without errors and lint without crashing', async () => {
      const compiled = compileTerms(result.markdown, `${style}.md`);
      expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(compiled.ruleSet).not.toBeNull();
      await lintIfPresent(compiled.ruleSet as RuleSet);
    });

    it('should account for every character of the input', () => {
      expect(unaccounted(inputCharacters(source, result.format), accountedCharacters(result))).toEqual([]);
    });
  });
});

describe('detectFormat', () => {
  it('should go by the extension first', () => {
    expect(detectFormat('terms.md', '第１条（目的）')).toBe('markdown');
    expect(detectFormat('terms.TXT', '# 第１条')).toBe('text');
  });

  it('should recognise Markdown by its headings, bold or front matter when the extension says nothing', () => {
    expect(detectFormat('-', '## 第1条　総則\n')).toBe('markdown');
    expect(detectFormat('-', '1. **（目的）**\n')).toBe('markdown');
    expect(detectFormat('-', '第１条（目的）\n1. 本規約は…\n')).toBe('text');
  });
});
