/**
 * Issue 15 for notices: 民法548条の4第1項 stated in every form (the basis, and the terms' own change clause
 * read from the change-notice annotation), a notice date before today refused with --out unless the run
 * is a rehearsal whose files are drafts, and the Date header of a real notice on its notice date.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { renderAtomEntry, renderEmail, renderWebNotice } from '../../src/notice/index.js';
import { BASE_URL, copyTemplates, RECIPIENT, realContext, runCli, tempDir } from './support.js';

const SLOW = 120_000;
const FROM = 'Knet 株式会社 <terms@knet.example>';
const NOTICE = ['notice', 'knet-cloud', '--to', '2027-01-01', '--base-url', BASE_URL];
const ROOT = new URL('../..', import.meta.url).pathname;

function recipients(dir: string): string {
  const path = join(dir, 'recipients.csv');
  writeFileSync(path, 'name,email,contract\n山田 太郎,taro@example.jp,C-0001\n');
  return path;
}

describe('民法548条の4第1項 in the notices', () => {
  it('should state the basis and cite the terms’ own change clause in the email, the web notice and the Atom entry', async () => {
    const context = await realContext();
    expect(context.justification).toMatchObject({ basis: 'reasonable', law: '民法第548条の4第1項第2号', changeClause: '第４条', changeClauseHeading: '第４条（利用規約の変更）' });
    const email = renderEmail(context, RECIPIENT);
    for (const form of [email.text, email.html, renderWebNotice(context), renderAtomEntry(context)]) {
      expect(form).toContain('民法第548条の4第1項第2号');
      expect(form).toContain('現行の利用規約第４条（利用規約の変更）');
      expect(form).toMatch(/の定めに基づき/u);
    }
    expect(email.text).toContain('・変更の必要性：現行の利用規約（2018年（平成30年）4月20日版）には');
    expect(email.text).toContain('・変更後の内容の相当性：');
  });

  it('should refuse (exit 1) a notice whose template drops the statement', async () => {
    const dir = copyTemplates();
    writeFileSync(join(dir, 'partials/html/justification.hbs'), '');
    const result = await runCli([...NOTICE, '--templates', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('変更の根拠（民法第548条の4第1項第2号、第４条）が記載されていません');
  }, SLOW);

  it('should refuse (exit 1) a notice of a content change whose version states no justification', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'terms/knet-cloud'), { recursive: true });
    cpSync(join(ROOT, 'terms/knet-cloud/2018-04-20.md'), join(dir, 'terms/knet-cloud/2018-04-20.md'));
    const next = readFileSync(join(ROOT, 'terms/knet-cloud/2027-01-01.md'), 'utf8').replace(/justification:\n(?: {2}.*\n)+/u, '');
    writeFileSync(join(dir, 'terms/knet-cloud/2027-01-01.md'), next);
    const result = await runCli([...NOTICE, '--terms', join(dir, 'terms')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('変更の根拠（justification）がありません（民法548条の4第1項）');
  }, SLOW);
});

describe('the notice date and drafts', () => {
  it('should refuse --out with a notice date before today, giving the earliest effective date a notice today allows', async () => {
    const out = tempDir();
    const result = await runCli([...NOTICE, '--notice-date', '2026-11-30', '--out', out], { env: { TERMS_TODAY: '2026-12-05' } });
    expect(result.status).toBe(1);
    // 第４条２ of the version in force: one month from 2026-12-05 ends 2027-01-05, so 2027-01-06 at the earliest.
    expect(result.stderr).toContain('本日の通知で遵守できる最も早い効力発生日は 2027年（令和9年）1月6日 です');
    expect(result.stderr).toContain('--rehearsal');
    expect(readdirSync(out)).toEqual([]);
  }, SLOW);

  it('should write a rehearsal’s files as drafts no mail system sends by mistake', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const args = [...NOTICE, '--notice-date', '2026-11-30', '--recipients', recipients(dir), '--from', FROM, '--out', out, '--rehearsal'];
    const result = await runCli(args, { env: { TERMS_TODAY: '2026-12-05' } });
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['C-0001.eml.draft', 'atom-entry.xml.draft', 'web-notice.html.draft']);
    const raw = readFileSync(join(out, 'C-0001.eml.draft'));
    const mail = await simpleParser(raw);
    expect(mail.subject).toMatch(/^【下書き】/u);
    expect(mail.headers.get('x-knet-terms-draft')).toBe('yes');
    expect(mail.text).toMatch(/^【下書き】/u);
    expect(mail.html).toContain('送信しないでください');
    expect(mail.date?.toISOString()).toBe('2026-11-29T15:00:00.000Z');
    expect(readFileSync(join(out, 'web-notice.html.draft'), 'utf8')).toMatch(/^<p class="notice-draft">【下書き】/u);
    expect(readFileSync(join(out, 'atom-entry.xml.draft'), 'utf8')).toContain('<title type="text">【下書き】');
  }, SLOW);

  it('should refuse --rehearsal with --send (exit 2)', async () => {
    const dir = tempDir();
    const result = await runCli([...NOTICE, '--recipients', recipients(dir), '--from', FROM, '--send', 'smtp://127.0.0.1:9', '--rehearsal']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--rehearsal makes drafts and never sends');
  }, SLOW);

  it('should date a real notice written ahead on its notice date, with no draft mark', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const result = await runCli([...NOTICE, '--recipients', recipients(dir), '--from', FROM, '--out', out], { env: { TERMS_TODAY: '2026-11-28' } });
    expect(result.status).toBe(0);
    expect(existsSync(join(out, 'C-0001.eml'))).toBe(true);
    const mail = await simpleParser(readFileSync(join(out, 'C-0001.eml')));
    // The front matter's notice date, 2026-11-30, at 00:00 in Japan.
    expect(mail.date?.toISOString()).toBe('2026-11-29T15:00:00.000Z');
    expect(mail.headers.has('x-knet-terms-draft')).toBe(false);
    expect(mail.subject).not.toContain('下書き');
  }, SLOW);
});
