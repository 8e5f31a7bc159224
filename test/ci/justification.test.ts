/**
 * 民法548条の4第1項 in `terms ci` (src/ci/justification.ts): a version that changes the content of the
 * articles states its basis, and a `reasonable` one its necessity and appropriateness.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const PUBLISHED = readFileSync('terms/knet-cloud/2018-04-20.md', 'utf8');
/** The 2018 text as a version notified 2026-11-30, with more front matter and edits. */
function next(frontMatter: string, edit: (s: string) => string = (s) => s.replace('日本語でのお問い合わせにのみ対応いたします。', '日本語と英語でのお問い合わせに対応いたします。')): string {
  return edit(PUBLISHED.replace('version: 2018-04-20\neffective: 2018-04-20\n', `version: 2027-01-01\neffective: 2027-01-01\nnoticeDate: 2026-11-30\n${frontMatter}`));
}

async function ci(version: string) {
  const dir = mkdtempSync(join(tmpdir(), 'terms-ci-j-'));
  mkdirSync(join(dir, 'terms/knet-cloud'), { recursive: true });
  writeFileSync(join(dir, 'terms/knet-cloud/2018-04-20.md'), PUBLISHED);
  writeFileSync(join(dir, 'terms/knet-cloud/2027-01-01.md'), version);
  const { status, stdout } = await runInProcess(['ci', '--format', 'json', '--update-lock', '--today', '2026-12-01'], dir);
  const findings = (stdout ? JSON.parse(stdout) : []) as Array<{ ruleId: string; message: string; line: number }>;
  return { status, findings: findings.filter((f) => f.ruleId === 'ci/justification') };
}

describe('terms ci: 民法548条の4第1項', () => {
  it('should fail (exit 1) a version that changes an article’s wording without a justification, naming the law and the article', async () => {
    const { status, findings } = await ci(next(''));
    expect(status).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('民法548条の4第1項');
    expect(findings[0]?.message).toContain('art-19');
    // At the effective date, the line that makes the change binding.
    expect(findings[0]?.line).toBe(next('').split('\n').indexOf('effective: 2027-01-01') + 1);
  });

  it('should fail a reasonable change that lacks its necessity or appropriateness, one problem each', async () => {
    const { status, findings } = await ci(next('justification:\n  basis: reasonable\n  necessity: 英語での問い合わせが増えたため\n'));
    expect(status).toBe(1);
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('変更後の内容の相当性（justification.appropriateness）')]);
    expect(findings[0]?.message).toContain('民法548条の4第1項第2号');
    expect((await ci(next('justification:\n  basis: reasonable\n'))).findings).toHaveLength(2);
  });

  it('should pass a general-interest change, a complete reasonable one, and a version that changes only notation', async () => {
    expect(await ci(next('justification:\n  basis: general-interest\n  interest: 英語でも問い合わせができるようになるため\n'))).toEqual({ status: 0, findings: [] });
    expect(await ci(next('justification:\n  basis: reasonable\n  necessity: 必要性\n  appropriateness: 相当性\n'))).toEqual({ status: 0, findings: [] });
    // Half-width digits for full-width ones: 表記の修正のみ, no content changes.
    const notation = await ci(next('', (s) => s.replace('日本語でのお問い合わせにのみ対応いたします。', '日本語でのお問い合わせにのみ対応いたします.')));
    expect(notation.findings).toEqual([]);
  });

  it('should refuse a basis that is neither of the two items (exit 2: the front matter is invalid)', async () => {
    const { status } = await ci(next('justification:\n  basis: convenient\n'));
    expect(status).toBe(2);
  });
});
