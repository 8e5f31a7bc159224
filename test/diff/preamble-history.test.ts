/**
 * The 前文 and the history in the diff: each is a row of its own, never an article; a new history line
 * is an editorial change of the history, not a change of the last article (issue 12, class 3).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRuleSets, renderComparisonTableMarkdown } from '../../src/diff/index.js';
import { compileText, ROOT } from './support.js';

const FIXTURE = join(ROOT, 'test', 'compile', 'fixtures');
const history = readFileSync(join(FIXTURE, 'trailing-history', 'input.md'), 'utf8');
const preamble = readFileSync(join(FIXTURE, 'title-preamble', 'input.md'), 'utf8');

describe('diff of the 前文 and the history', () => {
  it('should show a new history line as an editorial change of the history, and no article as changed', async () => {
    const later = history
      .replace(/2023-01-25/gu, '2024-04-01')
      .replace('- 2023年1月25日 改定\n', '- 2023年1月25日 改定\n- 2024年4月1日 改定\n');
    const diff = await diffRuleSets(compileText(history, 'v1.md'), compileText(later, 'v2.md'));
    const changed = diff.clauses.filter((c) => c.status !== 'unchanged');
    expect(changed.map((c) => [c.level, c.status, c.classification])).toEqual([['History', 'modified', 'editorial']]);
    expect(changed[0]?.newText).toContain('2024年4月1日 改定');
    expect(diff.summary.articles).toEqual([]);
    expect(diff.summary.substantive).toBe(0);
    expect(diff.clauses.find((c) => c.newId === 'art-2')?.status).toBe('unchanged');
  });

  it('should show a changed 前文 as its own row, first, and never as an article', async () => {
    const later = preamble.replace('ご利用の前に、本規約をよくお読みください。', 'ご利用の前に、本規約及びプライバシーポリシーをよくお読みください。');
    const diff = await diffRuleSets(compileText(preamble, 'v1.md'), compileText(later, 'v2.md'));
    expect(diff.clauses[0]).toMatchObject({ level: 'Preamble', status: 'modified', classification: 'substantive', newLabel: '前文' });
    expect(diff.clauses.slice(1).every((c) => c.status === 'unchanged')).toBe(true);
    expect(diff.summary.articles).toEqual([]);
    const rows = renderComparisonTableMarkdown(diff).split('\n').filter((l) => l.includes('本規約を'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^\| この利用規約.*<ins>及びプライバシーポリシー<\/ins>.*\| この利用規約.*\|$/u);
  });
});
