/**
 * `terms notice` without recipients: the effective-date check, urgency, and its usage errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { BASE_URL, runCli, tempDir } from './support.js';

/** Runs the CLI in-process (for argument errors, which never reach the terms). */
async function run(...argv: string[]) {
  return runIn(process.cwd(), ...argv);
}

/** Runs the CLI in-process in a folder (one without terms.config.json gives no default --base-url). */
async function runIn(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { status, stdout, stderr };
}

const NOTICE = ['notice', 'knet-cloud', '--to', '2027-01-01', '--base-url', BASE_URL];

describe('terms notice', () => {
  it('should refuse a notice date too late for the effective date, giving the earliest allowed date (exit 1)', async () => {
    const result = await runCli([...NOTICE, '--notice-date', '2026-12-05']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('通知日 2026-12-05 では効力発生日は 2027年（令和9年）1月6日 以降でなければなりません');
    expect(result.stderr).toContain('allows an effective date of 2027-01-06 or later');
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  }, 120_000);

  it('should accept the front matter’s notice date and write the web notice and Atom entry', async () => {
    const out = tempDir();
    // Today pinned to the notice date: a notice date already past is refused with --out (below).
    const result = await runCli([...NOTICE, '--out', out], { env: { TERMS_TODAY: '2026-11-30' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('通知日 / notice date: 2026年（令和8年）11月30日');
    expect(result.stdout).toContain('最短 / earliest allowed: 2027年（令和9年）1月1日');
    expect(readFileSync(join(out, 'web-notice.html'), 'utf8')).toContain('2027年（令和9年）1月1日');
    expect(readFileSync(join(out, 'atom-entry.xml'), 'utf8')).toContain('<entry>');
  }, 120_000);

  it('should allow a late notice when urgent, and say why in the notice', async () => {
    const out = tempDir();
    const result = await runCli([...NOTICE, '--notice-date', '2026-12-05', '--urgent', '--reason', '重大な脆弱性への対応', '--out', out], { env: { TERMS_TODAY: '2026-12-05' } });
    expect(result.stderr).toBe('TERMS_TODAY=2026-12-05 を本日とします / taking 2026-12-05 as today\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('緊急の変更 / urgent change: 重大な脆弱性への対応');
    expect(readFileSync(join(out, 'web-notice.html'), 'utf8')).toContain('（緊急の理由：重大な脆弱性への対応）');
  }, 120_000);

  it('should report every argument problem together with the usage (exit 2)', async () => {
    const result = await runIn(tempDir(), 'notice', 'knet-cloud', '--notice-date', '2026-13-01', '--urgent', '--send', 'http://x');
    expect(result.status).toBe(2);
    for (const problem of [
      '--to VERSION is required',
      '--base-url needs an http(s) URL',
      '--notice-date must be YYYY-MM-DD: 2026-13-01',
      '--urgent needs --reason',
      '--send needs an smtp:// or smtps:// URL',
      '--send and --log need --recipients',
    ]) {
      expect(result.stderr).toContain(problem);
    }
    expect(result.stderr).toContain('usage: terms notice DOC');
  });

  it('should name the versions there are when --to names none, and refuse the first version', async () => {
    const missing = await run('notice', 'knet-cloud', '--to', '2030-01-01', '--base-url', BASE_URL);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('versions: 2018-04-20, 2027-01-01');
    const first = await run('notice', 'knet-cloud', '--to', '2018-04-20', '--base-url', BASE_URL);
    expect(first.status).toBe(2);
    expect(first.stderr).toContain('the first version changes nothing to notify');
  });

  it('should refuse a sender that is not one address', async () => {
    const result = await run(...NOTICE, '--recipients', 'x.csv', '--from', 'Knet 株式会社');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('invalid sender: Knet 株式会社');
  });
});
