/**
 * `terms notice --send` against a real SMTP server on loopback, the CLI run as a child process, and what
 * arrived read back with mailparser.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { noticeMessageId, type SendLogEntry } from '../../src/notice/index.js';
import { BASE_URL, runCli, startSmtpServer, tempDir, type TestSmtpServer } from './support.js';

const FROM = 'Knet 株式会社 <terms@knet.example>';
// The notice date of 2027-01-01 is 2026-11-30: sending is allowed up to that day.
const ENV = { TERMS_TODAY: '2026-11-30' };
const TODAY_NOTE = 'TERMS_TODAY=2026-11-30 を本日とします / taking 2026-11-30 as today\n';
// Each case runs the real CLI (compile, diff, send) once or twice on a shared two-core machine.
const SLOW = 180_000;

let servers: TestSmtpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
async function server(options?: Parameters<typeof startSmtpServer>[0]): Promise<TestSmtpServer> {
  const s = await startSmtpServer(options);
  servers.push(s);
  return s;
}

/** Writes a recipients CSV the way Excel does (BOM, CRLF, quotes where needed). */
function recipientsCsv(dir: string, rows: string[][], header = ['name', 'email', 'contract']): string {
  const quote = (f: string) => (/[",\r\n]/u.test(f) ? `"${f.replace(/"/gu, '""')}"` : f);
  const path = join(dir, 'recipients.csv');
  writeFileSync(path, '\uFEFF' + [header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n');
  return path;
}

const noticeArgs = (csv: string, url: string, log: string) => [
  'notice', 'knet-cloud', '--to', '2027-01-01', '--base-url', BASE_URL,
  '--recipients', csv, '--from', FROM, '--send', url, '--log', log,
];

function readLog(path: string): SendLogEntry[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as SendLogEntry);
}

beforeAll(() => {
  if (!existsSync(join(import.meta.dirname, '../../lib/cli/commands/notice.js'))) throw new Error('run `npm run build:ts` first');
});

describe('terms notice --send', () => {
  it('should deliver one Japanese notice per recipient with the dates, the links and a stable Message-ID', async () => {
    const smtp = await server();
    const dir = tempDir();
    const csv = recipientsCsv(dir, [
      ['山田 太郎', 'taro@example.jp', 'C-0001'],
      ['株式会社サンプル, 総務部', 'soumu@sample.example', 'C-0002'],
      ['', 'nameless@example.jp', 'C-0003'],
    ]);
    const log = join(dir, 'send.ndjson');
    const result = await runCli(noticeArgs(csv, smtp.url, log), { env: ENV });
    expect(result.stderr).toBe(TODAY_NOTE);
    expect(result.status).toBe(0);
    expect(smtp.received.map((r) => r.envelopeTo)).toEqual([['taro@example.jp'], ['soumu@sample.example'], ['nameless@example.jp']]);

    const [first, second, third] = smtp.received.map((r) => r.mail);
    expect(first?.subject).toBe('【重要】Knetクラウドサービス利用規約の変更のお知らせ（2027年（令和9年）1月1日から適用）');
    expect(first?.from?.text).toBe('"Knet 株式会社" <terms@knet.example>');
    expect(first?.to && !Array.isArray(first.to) ? first.to.value : []).toEqual([{ address: 'taro@example.jp', name: '山田 太郎' }]);
    expect(first?.text).toContain('山田 太郎 様');
    expect(first?.text).toContain('（契約番号：C-0001）');
    expect(first?.text).toContain('2027年（令和9年）1月1日から効力を生じます');
    expect(first?.text).toContain('利用規約第４条第２項の定めに基づき、変更の効力発生日の1ヶ月前までに');
    expect(first?.text).toContain(`${BASE_URL}knet-cloud/2027-01-01/`);
    expect(first?.text).toContain(`${BASE_URL}knet-cloud/diff/2018-04-20...2027-01-01/`);
    expect(first?.text).toContain('第18条第２項第１号：参照先の条番号の誤りを訂正（免責は第35条）');
    expect(first?.html).toContain(`<a href="${BASE_URL}knet-cloud/2027-01-01/">`);
    expect(first?.html).toContain(`<a href="${BASE_URL}knet-cloud/diff/2018-04-20...2027-01-01/">`);
    expect(first?.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    expect(second?.text).toContain('株式会社サンプル, 総務部 様');
    expect(third?.text).toContain('ご契約者様');
    expect(first?.messageId).toBe(noticeMessageId('knet-cloud', '2027-01-01', 'C-0001', 'knet.example'));
    expect(new Set(smtp.received.map((r) => r.mail.messageId)).size).toBe(3);

    expect(readLog(log).map((e) => [e.contract, e.email, e.status, e.messageId])).toEqual([
      ['C-0001', 'taro@example.jp', 'accepted', first?.messageId],
      ['C-0002', 'soumu@sample.example', 'accepted', second?.messageId],
      ['C-0003', 'nameless@example.jp', 'accepted', third?.messageId],
    ]);

    // Run again: the log says everyone has it, so nothing is sent twice.
    const again = await runCli(noticeArgs(csv, smtp.url, log), { env: ENV });
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('送信済みのため省略 / already sent  C-0001');
    expect(smtp.received).toHaveLength(3);
  }, SLOW);

  it('should, when killed mid-batch and run again, send to everyone exactly once', async () => {
    const recipients = Array.from({ length: 8 }, (_, i) => [`契約者 ${i + 1}`, `r${i + 1}@example.jp`, `K-${i + 1}`]);
    const dir = tempDir();
    const csv = recipientsCsv(dir, recipients);
    const log = join(dir, 'send.ndjson');

    // The server never answers the 4th message: the run is killed while it waits, after 3 deliveries.
    const slow = await server({ hold: ['r4@example.jp'] });
    const killed = await runCli(noticeArgs(csv, slow.url, log), {
      env: ENV,
      onSpawn: (kill) => {
        void slow.held.then(async () => {
          while (!existsSync(log) || readLog(log).length < 3) await new Promise((r) => setTimeout(r, 20));
          kill();
        });
      },
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(slow.received.map((r) => r.envelopeTo[0])).toEqual(['r1@example.jp', 'r2@example.jp', 'r3@example.jp']);
    expect(readLog(log).map((e) => e.contract)).toEqual(['K-1', 'K-2', 'K-3']);

    const resumed = await runCli(noticeArgs(csv, slow.url, log), { env: { ...ENV } });
    expect(resumed.status).toBe(0);
    expect(resumed.stdout.match(/already sent {2}K-\d/gu)).toEqual(['already sent  K-1', 'already sent  K-2', 'already sent  K-3']);
    const delivered = slow.received.map((r) => r.envelopeTo[0]);
    expect(delivered.sort()).toEqual(recipients.map((r) => r[1]).sort());
    const entries = readLog(log);
    expect(entries.map((e) => e.contract).sort()).toEqual(recipients.map((r) => r[2]).sort());
    expect(entries.every((e) => e.status === 'accepted')).toBe(true);
  }, SLOW);

  it('should log a recipient the server refuses, go on with the rest, and exit 1', async () => {
    const smtp = await server({ refuse: ['gone@example.jp'] });
    const dir = tempDir();
    const csv = recipientsCsv(dir, [
      ['一郎', 'ichiro@example.jp', 'C-1'],
      ['退職者', 'gone@example.jp', 'C-2'],
      ['三郎', 'saburo@example.jp', 'C-3'],
    ]);
    const log = join(dir, 'send.ndjson');
    const result = await runCli(noticeArgs(csv, smtp.url, log), { env: ENV });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/拒否 \/ rejected {2}C-2 <gone@example\.jp>: 550 5\.1\.1 mailbox unavailable/u);
    expect(smtp.received.map((r) => r.envelopeTo[0])).toEqual(['ichiro@example.jp', 'saburo@example.jp']);
    expect(readLog(log).map((e) => [e.contract, e.status])).toEqual([
      ['C-1', 'accepted'],
      ['C-2', 'rejected'],
      ['C-3', 'accepted'],
    ]);
    expect(readLog(log)[1]?.response).toContain('550');
  }, SLOW);

  it('should report and skip invalid rows, send to the others, and exit 1', async () => {
    const smtp = await server();
    const dir = tempDir();
    const csv = recipientsCsv(
      dir,
      [
        ['一郎', 'ichiro@example.jp', 'C-1'],
        ['二郎', 'jiro＠example.jp', 'C-2'],
        ['三郎', '', 'C-3'],
        ['四郎', 'shiro@example.jp', 'C-4'],
      ],
      ['氏名', 'メールアドレス', '契約番号'],
    );
    const result = await runCli(noticeArgs(csv, smtp.url, join(dir, 'log.ndjson')), { env: ENV });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('3行目 / row 3: メールアドレスが正しくありません（全角の＠） / invalid email address: jiro＠example.jp');
    expect(result.stderr).toContain('4行目 / row 4: メールアドレスがありません / missing email');
    expect(smtp.received.map((r) => r.envelopeTo[0])).toEqual(['ichiro@example.jp', 'shiro@example.jp']);
  }, SLOW);

  it('should refuse to send after the notice date, since a notice sent today is given today', async () => {
    const smtp = await server();
    const dir = tempDir();
    const csv = recipientsCsv(dir, [['一郎', 'ichiro@example.jp', 'C-1']]);
    const result = await runCli(noticeArgs(csv, smtp.url, join(dir, 'log.ndjson')), { env: { TERMS_TODAY: '2026-12-05' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('通知日 2026-11-30 は過ぎています');
    expect(smtp.received).toHaveLength(0);
  }, SLOW);
});

describe('terms notice --out', () => {
  it('should write one .eml per recipient, the web notice and the Atom entry, with the same Message-ID every time', async () => {
    const dir = tempDir();
    const csv = recipientsCsv(dir, [
      ['山田 太郎', 'taro@example.jp', 'C-0001'],
      ['佐藤 花子', 'hanako@example.jp', 'C/0002'],
    ]);
    const out = join(dir, 'out');
    const args = ['notice', 'knet-cloud', '--to', '2027-01-01', '--base-url', BASE_URL, '--recipients', csv, '--from', FROM, '--out', out];
    // Written on the notice date itself (a notice date already past is refused: cli.test.ts).
    const first = await runCli(args, { env: ENV });
    expect(first.stderr).toBe(TODAY_NOTE);
    expect(first.status).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['C-0001.eml', expect.stringMatching(/^C_0002-[0-9a-f]{8}\.eml$/u), 'atom-entry.xml', 'web-notice.html'].sort());
    const mail = await simpleParser(readFileSync(join(out, 'C-0001.eml')));
    expect(mail.subject).toContain('2027年（令和9年）1月1日');
    expect(mail.text).toContain('山田 太郎 様');
    expect(readFileSync(join(out, 'web-notice.html'), 'utf8')).toContain('<table class="shinkyu"');
    expect(readFileSync(join(out, 'atom-entry.xml'), 'utf8')).toMatch(/^<entry>/u);

    await runCli(args, { env: ENV });
    const again = await simpleParser(readFileSync(join(out, 'C-0001.eml')));
    expect(again.messageId).toBe(mail.messageId);
    expect(files.some((f) => f.includes('sendlog'))).toBe(false);
  }, SLOW);
});
