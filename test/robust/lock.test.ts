/**
 * The lock covers everything that changes the compiled rule set or the published page: front matter,
 * annotations, keys and text, reported by field and article; a change that compiles to the same rule
 * set passes (issue 16 item 4). Version 1 locks are read and migrated.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { project, PUBLISHED_2018 } from './support.js';

const FILE = 'terms/knet-cloud/2018-04-20.md';

async function ci(cwd: string, ...args: string[]) {
  const { status, stdout, stderr } = await runInProcess(['ci', '--format', 'json', '--today', '2026-12-01', ...args], cwd);
  const findings = JSON.parse(stdout || '[]') as Array<{ ruleId: string; severity: string; file: string; line: number; message: string }>;
  return { status, stderr, findings, changed: findings.filter((f) => f.ruleId === 'ci/published-changed') };
}

/** A project with the 2018 version alone, pinned. */
async function pinned(): Promise<string> {
  const dir = project({ 'knet-cloud/2018-04-20.md': PUBLISHED_2018 });
  expect((await ci(dir, '--update-lock')).status).toBe(0);
  return dir;
}

function edit(dir: string, from: string, to: string): string {
  const text = PUBLISHED_2018.replace(from, to);
  if (text === PUBLISHED_2018) throw new Error(`edit did not apply: ${from}`);
  writeFileSync(join(dir, FILE), text);
  return text;
}
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('terms ci and the lock of a version in force', () => {
  it.each([
    ['the title', 'title: Knetクラウドサービス利用規約', 'title: Knetクラウド利用規約', 'title:', 'front matter: title'],
    ['the company', 'company: Knet 株式会社', 'company: Knet 合同会社', 'company:', 'front matter: company'],
    ['urgentException', 'urgentException: true', 'urgentException: false', 'kind: change-notice', 'art-4: annotations'],
    ['a heading key', '{#terms-change}', '{#terms-changes}', '{#terms-changes}', 'art-4: keys, caption or numbers'],
  ])('should refuse a change of %s, and say where it is', async (_, from, to, at, says) => {
    const dir = await pinned();
    const text = edit(dir, from, to);
    const { status, changed } = await ci(dir);
    // A heading key is also the key of the rules under it: one change may show in two places.
    const finding = changed.find((f) => f.message.includes(says));
    expect(finding).toMatchObject({ file: FILE, severity: 'error' });
    expect(Math.abs((finding?.line ?? 0) - lineOf(text, at))).toBeLessThanOrEqual(2);
    expect(status).toBe(1);
  });

  it('should pass a change that compiles to the same rule set', async () => {
    const dir = await pinned();
    edit(dir, '## 第４条（利用規約の変更） {#terms-change}\n', '## 第４条（利用規約の変更） {#terms-change}\n\n\n');
    const { status, findings } = await ci(dir);
    expect(findings).toEqual([]);
    expect(status).toBe(0);
  });

  it('should read a version 1 lock, pass it with a warning, and migrate it with --update-lock', async () => {
    const dir = project({ 'knet-cloud/2018-04-20.md': PUBLISHED_2018 });
    const lockPath = join(dir, 'terms/terms.lock.json');
    const v1 = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/terms.lock.v1.json'), 'utf8')) as { lockfileVersion: number; versions: Record<string, unknown> };
    writeFileSync(lockPath, JSON.stringify({ lockfileVersion: 1, versions: { 'knet-cloud/2018-04-20': v1.versions['knet-cloud/2018-04-20'] } }));
    const read = await ci(dir);
    expect(read.findings.map((f) => [f.ruleId, f.severity])).toEqual([['ci/lock-stale', 'warning']]);
    expect(read.status).toBe(0);
    // A version 1 lock still pins the text.
    copyFileSync(lockPath, `${lockPath}.v1`);
    edit(dir, '日本語でのお問い合わせにのみ対応いたします。', '日本語と英語でのお問い合わせに対応いたします。');
    expect((await ci(dir)).changed).toHaveLength(1);
    writeFileSync(join(dir, FILE), PUBLISHED_2018);
    expect((await ci(dir, '--update-lock')).status).toBe(0);
    const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { lockfileVersion: number; versions: Record<string, { ruleSet: string; meta: Record<string, string> }> };
    expect(lock.lockfileVersion).toBe(2);
    expect(lock.versions['knet-cloud/2018-04-20']?.ruleSet).toMatch(/^[0-9a-f]{64}$/u);
    expect(Object.keys(lock.versions['knet-cloud/2018-04-20']?.meta ?? {})).toContain('title');
  });

  it('should keep the project’s own lock current (format 2, every version pinned)', () => {
    const lock = JSON.parse(readFileSync('terms/terms.lock.json', 'utf8')) as { lockfileVersion: number; versions: Record<string, { ruleSet?: string }> };
    expect(lock.lockfileVersion).toBe(2);
    expect(Object.values(lock.versions).every((v) => typeof v.ruleSet === 'string')).toBe(true);
  });
});
