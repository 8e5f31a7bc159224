import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as ci from '../../src/ci/index.js';
import * as command from '../../src/cli/commands/ci.js';
import { runInProcess } from '../helpers/cli.js';

const PUBLISHED = readFileSync('terms/knet-cloud/2018-04-20.md', 'utf8');

/** A later version of the 2018 text: the same articles, new front matter. */
function nextVersion(version: string, fields: string): string {
  return PUBLISHED.replace('version: 2018-04-20\neffective: 2018-04-20\n', `version: ${version}\n${fields}\n`);
}

/** A temporary project holding terms/knet-cloud/<file> for each entry. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'terms-ci-'));
  mkdirSync(join(dir, 'terms/knet-cloud'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'terms/knet-cloud', name), text);
  return dir;
}

/** Runs `terms ci …` in-process in `cwd`, with JSON output. */
async function run(cwd: string, ...args: string[]) {
  const { status, stdout, stderr } = await runInProcess(['ci', '--format', 'json', ...args], cwd);
  const findings = stdout ? (JSON.parse(stdout) as Array<{ ruleId: string; severity: string; file: string; line: number; message: string }>) : [];
  return { status, stderr, findings, ids: findings.map((f) => f.ruleId) };
}

const lockOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'terms/terms.lock.json'), 'utf8')) as ci.Lock;
// A version that changes content states its basis under 民法548条の4第1項 (src/ci/justification.ts).
const NEXT = nextVersion('2027-01-01', 'effective: 2027-01-01\nnoticeDate: 2026-11-30\njustification:\n  basis: general-interest');

/** A project with the 2018 version pinned in the lock, and the 2027 version notified on 2026-11-30. */
async function pinned(extra: Record<string, string> = { '2027-01-01.md': NEXT }) {
  const dir = project({ '2018-04-20.md': PUBLISHED, ...extra });
  const { status } = await run(dir, '--update-lock', '--today', '2026-12-01');
  expect(status).toBe(0);
  return dir;
}

describe('terms ci', () => {
  it('should export runCi and the lock file functions; the command exports ciCommand', () => {
    expect(Object.keys(ci).sort()).toEqual(['LOCK_FILE', 'parseLock', 'runCi', 'serializeLock']);
    expect(Object.keys(command)).toEqual(['ciCommand']);
  });

  it('should pass a valid project, pin every version with --update-lock and pass again against the lock', async () => {
    const dir = await pinned();
    const lock = lockOf(dir);
    expect(Object.keys(lock.versions)).toEqual(['knet-cloud/2018-04-20', 'knet-cloud/2027-01-01']);
    expect(lock.versions['knet-cloud/2018-04-20']).toMatchObject({ effective: '2018-04-20', hash: expect.stringMatching(/^[0-9a-f]{64}$/u) });
    expect(Object.keys(lock.versions['knet-cloud/2018-04-20']?.articles ?? {})).toHaveLength(37);
    const again = await run(dir, '--today', '2027-06-01');
    expect(again.findings).toEqual([]);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('checked 2 version(s) as of 2027-06-01');
  });

  it('should refuse a changed text of a version in force, name the article, and not rewrite the lock', async () => {
    const dir = await pinned();
    const before = readFileSync(join(dir, 'terms/terms.lock.json'), 'utf8');
    const path = join(dir, 'terms/knet-cloud/2018-04-20.md');
    writeFileSync(path, PUBLISHED.replace('日本語でのお問い合わせにのみ対応いたします。', '日本語と英語でのお問い合わせに対応いたします。'));
    const { status, findings } = await run(dir, '--update-lock', '--today', '2026-12-01');
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'ci/published-changed', severity: 'error', file: 'terms/knet-cloud/2018-04-20.md', line: PUBLISHED.split('\n').indexOf('## 第19条（本サービスの提供区域） {#service-area}') + 1 }),
    ]);
    expect(findings[0]?.message).toContain('公開済みの版（2018-04-20 施行）の本文が変更されています（第19条）');
    expect(status).toBe(1);
    expect(readFileSync(join(dir, 'terms/terms.lock.json'), 'utf8')).toBe(before);
  });

  it('should refuse a changed effective date of a version in force', async () => {
    const dir = await pinned();
    writeFileSync(join(dir, 'terms/knet-cloud/2018-04-20.md'), PUBLISHED.replace('effective: 2018-04-20', 'effective: 2018-05-01'));
    const { status, findings } = await run(dir, '--today', '2026-12-01');
    expect(findings.map((f) => f.ruleId)).toEqual(['ci/published-changed']);
    expect(findings[0]?.message).toContain('効力発生日が 2018-04-20 から 2018-05-01 に変更されています');
    expect(status).toBe(1);
  });

  it('should let a version not yet in force change, warn that the lock is stale, and update its hash with --update-lock', async () => {
    const dir = await pinned();
    const pinnedHash = lockOf(dir).versions['knet-cloud/2027-01-01']?.hash;
    writeFileSync(join(dir, 'terms/knet-cloud/2027-01-01.md'), NEXT.replace('日本語でのお問い合わせにのみ対応いたします。', '日本語と英語でのお問い合わせに対応いたします。'));
    const stale = await run(dir, '--today', '2026-12-31');
    expect(stale.findings.map((f) => [f.ruleId, f.severity])).toEqual([['ci/lock-stale', 'warning']]);
    expect(stale.status).toBe(0);
    // Once in force, the same change is refused.
    expect((await run(dir, '--today', '2027-01-01')).ids).toEqual(['ci/published-changed']);
    const updated = await run(dir, '--update-lock', '--today', '2026-12-31');
    expect(updated.status).toBe(0);
    expect(lockOf(dir).versions['knet-cloud/2027-01-01']?.hash).not.toBe(pinnedHash);
    expect((await run(dir, '--today', '2027-01-01')).findings).toEqual([]);
  });

  it('should require a version in force to be pinned, and a pinned published version to keep its file', async () => {
    const dir = project({ '2018-04-20.md': PUBLISHED });
    expect((await run(dir, '--today', '2026-12-01')).ids).toEqual(['ci/lock-missing']);
    await run(dir, '--update-lock', '--today', '2026-12-01');
    writeFileSync(join(dir, 'terms/knet-cloud/2019-04-01.md'), nextVersion('2019-04-01', 'effective: 2019-04-01\nnoticeDate: 2019-01-31'));
    rmSync(join(dir, 'terms/knet-cloud/2018-04-20.md'));
    const removed = await run(dir, '--update-lock', '--today', '2026-12-01');
    expect(removed.findings.map((f) => [f.ruleId, f.file])).toEqual([['ci/published-removed', 'terms/terms.lock.json']]);
    expect(removed.status).toBe(1);
  });

  it('should require a notice date on every version after the first', async () => {
    const dir = project({ '2018-04-20.md': PUBLISHED, '2027-01-01.md': nextVersion('2027-01-01', 'effective: 2027-01-01') });
    const { status, findings } = await run(dir, '--update-lock', '--today', '2026-12-01');
    // Without a notice date the version reads as a first version, whose プロバイダ責任制限法 title was former by 2027 (statute-name).
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'ci/notice-date', file: 'terms/knet-cloud/2027-01-01.md', line: 6 }),
      expect.objectContaining({ ruleId: 'statute-name', severity: 'warning', clause: 'art-32-p2-i2' }),
    ]);
    expect(findings[0]?.message).toContain('Missing noticeDate');
    expect(status).toBe(1);
  });

  it('should refuse an effective date that does not leave the previous version’s notice period (第４条２: one month, 00:00)', async () => {
    // Notified 2026-11-30: the month runs 12-01 … 12-31, so 2027-01-01 is the earliest effective date.
    const edge = project({ '2018-04-20.md': PUBLISHED, '2026-12-31.md': nextVersion('2026-12-31', 'effective: 2026-12-31\nnoticeDate: 2026-11-30') });
    const early = await run(edge, '--update-lock', '--today', '2026-12-01');
    expect(early.ids).toEqual(['ci/notice-period']);
    expect(early.findings[0]?.message).toContain('最も早い効力発生日は 2027-01-01 です');
    expect(early.status).toBe(1);
    const late = project({ '2018-04-20.md': PUBLISHED, '2027-01-01.md': nextVersion('2027-01-01', 'effective: 2027-01-01\nnoticeDate: 2026-12-15') });
    const short = await run(late, '--update-lock', '--today', '2026-12-16');
    expect(short.findings).toEqual([expect.objectContaining({ ruleId: 'ci/notice-period', line: 6 })]);
    expect(short.findings[0]?.message).toContain(
      '効力発生日 2027-01-01 は、通知日 2026-12-15 からの予告期間 1ヶ月（P1M、2018-04-20 版の第４条第２項）を満たしません: 最も早い効力発生日は 2027-01-16 です / Unexpected effective date 2027-01-01, expected 2027-01-16 or later',
    );
  });

  it('should accept a short notice for an urgent change with a reason, and report it as information', async () => {
    const dir = project({
      '2018-04-20.md': PUBLISHED,
      '2027-01-01.md': nextVersion('2027-01-01', 'effective: 2027-01-01\nnoticeDate: 2026-12-28\nurgent: true\nurgentReason: 脆弱性への緊急対応'),
    });
    const { status, findings } = await run(dir, '--update-lock', '--today', '2026-12-28');
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['ci/urgent', 'info']]);
    expect(findings[0]?.message).toContain('理由: 脆弱性への緊急対応');
    expect(status).toBe(0);
  });

  it('should refuse an urgent change not made known before it takes effect, as terms notice does (民法548条の4第3項)', async () => {
    const dir = project({
      '2018-04-20.md': PUBLISHED,
      '2027-01-01.md': nextVersion('2027-01-01', 'effective: 2027-01-01\nnoticeDate: 2027-01-01\nurgent: true\nurgentReason: 脆弱性への緊急対応'),
    });
    const { status, ids, findings } = await run(dir, '--update-lock', '--today', '2027-01-01');
    expect(ids).toEqual(['ci/notice-period']);
    expect(findings[0]?.message).toContain('民法548条の4第3項');
    expect(status).toBe(1);
  });

  it('should refuse an urgent change when the previous version allows none, and any change when it states no notice period', async () => {
    const urgent = nextVersion('2027-01-01', 'effective: 2027-01-01\nnoticeDate: 2026-12-28\nurgent: true\nurgentReason: 脆弱性への緊急対応');
    const strict = PUBLISHED.replace('urgentException: true', 'urgentException: false');
    const refused = await run(project({ '2018-04-20.md': strict, '2027-01-01.md': urgent }), '--update-lock', '--today', '2026-12-28');
    expect(refused.ids).toEqual(['ci/notice-period']);
    expect(refused.findings[0]?.message).toContain('2018-04-20 版の第４条第２項は緊急の例外を定めていません');
    const silent = PUBLISHED.replace(/ {3}```rule\n {3}kind: change-notice\n(?: {3}.*\n)*? {3}```\n/u, '');
    expect(silent).not.toBe(PUBLISHED);
    const unknownDir = project({ '2018-04-20.md': silent, '2027-01-01.md': NEXT });
    // The project's configuration requires the change-notice annotation, as Knet's does.
    writeFileSync(join(unknownDir, 'terms.config.json'), JSON.stringify({ documents: { 'knet-cloud': { requiredAnnotations: ['change-notice'] } } }));
    const unknown = await run(unknownDir, '--update-lock', '--today', '2026-12-01');
    expect(unknown.ids).toEqual(expect.arrayContaining(['annotation-required', 'ci/notice-period']));
    expect(unknown.findings.find((f) => f.ruleId === 'ci/notice-period')?.message).toContain('Missing change-notice annotation in 2018-04-20');
  });

  it('should refuse two versions with one effective date, and versions out of order', async () => {
    const same = project({ '2018-04-20.md': PUBLISHED, '2027-01-01.md': NEXT, '2027-02-01.md': nextVersion('2027-02-01', 'effective: 2027-01-01\nnoticeDate: 2026-11-30') });
    const shared = await run(same, '--update-lock', '--today', '2026-12-01');
    expect(shared.ids).toEqual(['ci/version-order']);
    expect(shared.findings[0]).toMatchObject({ file: 'terms/knet-cloud/2027-02-01.md', line: 6 });
    expect(shared.findings[0]?.message).toContain('二つの版の効力発生日が同じです: 2027-01-01');
    const reversed = project({ '2018-04-20.md': PUBLISHED, '2027-01-01.md': NEXT, '2027-02-01.md': nextVersion('2027-02-01', 'effective: 2026-12-20\nnoticeDate: 2026-10-01') });
    expect((await run(reversed, '--update-lock', '--today', '2026-12-01')).ids).toEqual(['ci/version-order']);
  });

  it('should fail on a lint error and pass on warnings', async () => {
    const broken = NEXT.replace('第９条所定の利用申込書', '第90条所定の利用申込書');
    const { status, ids } = await run(project({ '2018-04-20.md': PUBLISHED, '2027-01-01.md': broken }), '--update-lock', '--today', '2026-12-01');
    expect(ids).toEqual(['ref-target']);
    expect(status).toBe(1);
  });

  it('should exit 2 with the compile diagnostics when a version does not compile, and for a bad --today or --terms', async () => {
    const dir = project({ '2018-04-20.md': PUBLISHED, '2027-01-01.md': NEXT.replace('## 第２条（定義）', '## 第３条（定義）') });
    const compile = await run(dir, '--today', '2026-12-01');
    expect(compile.status).toBe(2);
    expect(compile.ids).toContain('compile/article-sequence');
    expect(existsSync(join(dir, 'terms/terms.lock.json'))).toBe(false);
    const today = await run(dir, '--today', '2026-02-30');
    expect(today.status).toBe(2);
    expect(today.stderr).toContain('--today must be a real date: 2026-02-30');
    const folder = await run(dir, '--terms', 'nowhere');
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain('no terms folder: nowhere');
  });

  it('should exit 2 for a lock file that is not a lock', async () => {
    const dir = project({ '2018-04-20.md': PUBLISHED });
    writeFileSync(join(dir, 'terms/terms.lock.json'), '{"versions": []}');
    const { status, ids } = await run(dir, '--today', '2026-12-01');
    expect(ids).toEqual(['ci/lock-invalid']);
    expect(status).toBe(2);
  });
});
