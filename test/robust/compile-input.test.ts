/**
 * Hostile terms sources are bad input, reported with their place, quickly (issue 16 items 5, 6, 8, 10):
 * YAML alias bombs, Markdown nested past any real terms, durations past a century or zero where zero
 * means nothing, NUL bytes.
 */
import { describe, expect, it } from 'vitest';
import { compileTerms } from '../../src/compile/index.js';
import { importTerms } from '../../src/import/index.js';
import { MAX_MARKS, MAX_NESTING, withinMarkdownLimits } from '../../src/compile/limits.js';
import { project, PUBLISHED_2018, terms } from './support.js';

const FILE = 'terms/knet-cloud/2018-04-20.md';
const BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]'];

/** The published source with one edit (which must apply). */
function edited(from: string, to: string): string {
  const text = PUBLISHED_2018.replace(from, to);
  if (text === PUBLISHED_2018) throw new Error(`edit did not apply: ${from}`);
  return text;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const errors = (text: string) => compileTerms(text, FILE).diagnostics.filter((d) => d.severity === 'error');

describe('YAML alias bombs', () => {
  it('should be a problem at the first alias, in front matter and in a rule block', () => {
    const front = edited('effective: 2018-04-20\n', `effective: 2018-04-20\n${BOMB.join('\n')}\n`);
    const [inFront] = errors(front);
    expect(inFront).toMatchObject({ line: lineOf(front, 'b: &b'), column: 8, ruleId: 'compile/front-matter' });
    expect(inFront?.message).toContain('too many YAML alias expansions');
    const rule = edited('kind: cancellation\n', `kind: cancellation\n${BOMB.join('\n')}\n`);
    const [inRule] = errors(rule);
    expect(inRule?.line).toBe(lineOf(rule, 'b: &b'));
    expect(inRule?.message).toContain('too many YAML alias expansions');
  });

  it('should make terms compile exit 2 with file:line:col, not an internal error', () => {
    const dir = project({ 'knet-cloud/2018-04-20.md': edited('effective: 2018-04-20\n', `effective: 2018-04-20\n${BOMB.join('\n')}\n`) });
    const run = terms(['compile', '--out', '-'], { cwd: dir });
    expect(run.stderr).toMatch(/^terms\/knet-cloud\/2018-04-20\.md:\d+:8: .*too many YAML alias expansions/mu);
    expect(run.stderr).not.toContain('internal error');
    expect(run.status).toBe(2);
  }, 60_000);
});

describe('Markdown past the limits of real terms', () => {
  const deepList = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- a`).join('\n');
  const marks = '*a'.repeat(50_000);

  it('should report a 1,000-level list and 100 KB of *a with their lines, without waiting on remark', () => {
    const text = edited('## 第１条', `${deepList}\n\n${marks}\n\n> ${'> '.repeat(100)}quote\n\n## 第１条`);
    const limits = errors(text).filter((d) => d.ruleId === 'compile/limit');
    expect(limits.map((d) => d.line)).toEqual([lineOf(text, `${'  '.repeat(MAX_NESTING)}- a`), lineOf(text, '*a*a*a'), lineOf(text, '> > > >')]);
    expect(limits[0]?.message).toContain(`nested too deep (at most ${MAX_NESTING} levels)`);
    expect(limits[1]?.message).toContain(`at most ${MAX_MARKS} in a paragraph`);
  });

  it('should hold for terms import of Markdown too, reported in its report', () => {
    const markdown = `# 利用規約\n\n## 第１条（目的）\n\nこの規約は目的を定めます。\n\n${deepList}\n`;
    const result = importTerms(markdown, { path: 'in.md', document: 'x', effective: '2026-01-01', format: 'markdown' });
    expect(result.report.filter((d) => d.ruleId === 'compile/limit').map((d) => d.line)).toEqual([lineOf(markdown, `${'  '.repeat(MAX_NESTING)}- a`)]);
  });

  it('should leave real terms alone', () => {
    expect(withinMarkdownLimits(PUBLISHED_2018)).toBe(PUBLISHED_2018);
    const problems: unknown[] = [];
    withinMarkdownLimits(PUBLISHED_2018, { error: (...args) => problems.push(args) });
    expect(problems).toEqual([]);
  });

  it('should refuse NUL bytes in the text with their place', () => {
    const text = edited('日本語でのお問い合わせにのみ', '日本語での\0お問い合わせにのみ');
    const nul = errors(text).filter((d) => d.ruleId === 'compile/nul');
    const line = lineOf(text, '\0');
    expect(nul).toEqual([expect.objectContaining({ line, column: (text.split('\n')[line - 1] ?? '').indexOf('\0') + 1 })]);
  });
});

describe('durations in annotations', () => {
  it('should refuse one longer than 100 years, and zero where zero means nothing', () => {
    const huge = edited('kind: cancellation\nnotice: P2M', 'kind: cancellation\nnotice: P1000000000Y');
    expect(errors(huge).map((d) => [d.ruleId, d.line])).toEqual([['compile/annotation-duration', lineOf(huge, 'P1000000000Y')]]);
    expect(errors(huge)[0]?.message).toContain('longer than 100 years');
    const zero = edited('kind: cancellation\nnotice: P2M', 'kind: cancellation\nnotice: P0D');
    expect(errors(zero)[0]?.message).toContain('a zero duration means nothing here');
    expect(errors(edited('kind: cancellation\nnotice: P2M', 'kind: cancellation\nnotice: P100Y'))).toEqual([]);
  });

  it('should make terms compile exit 2 (terms check then never meets such a duration)', () => {
    const dir = project({ 'knet-cloud/2018-04-20.md': edited('kind: cancellation\nnotice: P2M', 'kind: cancellation\nnotice: P1000000000Y') });
    const run = terms(['compile', '--out', '-'], { cwd: dir });
    expect(run.stderr).toContain('P1000000000Y');
    expect(run.status).toBe(2);
  }, 60_000);
});
