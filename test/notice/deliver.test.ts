/**
 * Delivery as a library: recipients read lazily, one .eml each, per-recipient statutory check; and the send
 * log's behaviour after a kill (a cut-off last line) or damage.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { isTermsError } from '../../src/errors.js';
import { createEmlWriter } from '../../src/notice/eml-writer.js';
import {
  deliverNotices,
  emlFileName,
  loadNoticeTemplates,
  openSendLog,
  parseSender,
  type DeliveryEvent,
  type NoticeContext,
  type Recipient,
  type SendLogEntry,
} from '../../src/notice/index.js';
import { copyTemplates, realContext, tempDir } from './support.js';

let context: NoticeContext;
beforeAll(async () => {
  context = await realContext();
});

const sender = parseSender('Knet 株式会社 <terms@knet.example>');

function* people(n: number, taken: number[]): Generator<Recipient> {
  for (let i = 1; i <= n; i++) {
    taken.push(i);
    yield { name: `契約者 ${i}`, email: `r${i}@example.jp`, contract: `K-${i}` };
  }
}

describe('deliverNotices', () => {
  it('should write one .eml per recipient, taking recipients one at a time', async () => {
    const out = tempDir();
    const taken: number[] = [];
    const events: DeliveryEvent[] = [];
    const report = await deliverNotices({
      context,
      sender,
      recipients: people(3, taken),
      outDir: out,
      onEvent: (e) => {
        events.push(e);
        // Lazily: the generator has not been asked for the next recipient before this one is done.
        expect(taken.at(-1)).toBe(Number(e.recipient.contract.slice(2)));
      },
    });
    expect(report).toEqual({ written: 3, accepted: 0, skipped: 0, failed: 0 });
    expect(readdirSync(out).sort()).toEqual(['K-1.eml', 'K-2.eml', 'K-3.eml']);
    const mail = await simpleParser(readFileSync(join(out, 'K-2.eml')));
    expect(mail.text).toContain('契約者 2 様');
    expect(mail.messageId).toBe(events[1]?.messageId);
  });

  it('should refuse, recipient by recipient, an email that lacks a statutory element, and write nothing for it', async () => {
    const dir = copyTemplates();
    for (const file of ['email-subject.hbs', 'email-text.hbs']) {
      const path = join(dir, file);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('{{effectiveDateJa}}', '近日中'));
    }
    const out = tempDir();
    const events: DeliveryEvent[] = [];
    const report = await deliverNotices({
      context,
      sender,
      recipients: people(2, []),
      outDir: out,
      templates: loadNoticeTemplates(dir, dir),
      onEvent: (e) => events.push(e),
    });
    expect(report).toEqual({ written: 0, accepted: 0, skipped: 0, failed: 2 });
    expect(events.map((e) => e.kind)).toEqual(['incomplete', 'incomplete']);
    expect(events[0]?.detail).toContain('email (subject + text)');
    expect(events[0]?.detail).not.toContain('HTML');
    expect(readdirSync(out)).toEqual([]);
  });
  it('should check each recipient’s email as rendered, though the emails share their end: an element printed for some recipients only is missed for the others', async () => {
    const dir = copyTemplates();
    for (const file of ['email-subject.hbs', 'email-text.hbs']) {
      const path = join(dir, file);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('{{effectiveDateJa}}', '{{#if recipient.name}}{{effectiveDateJa}}{{/if}}'));
    }
    // A name printed as is in the HTML can open a comment that hides the rest of it.
    const html = join(dir, 'email-html.hbs');
    writeFileSync(html, readFileSync(html, 'utf8').replaceAll('{{recipient.name}}', '{{{recipient.name}}}').replace('</body>', '<!-- end -->\n</body>'));
    const templates = loadNoticeTemplates(dir, dir);
    expect(templates.recipientSlots).toBe(true);
    const names = ['契約者 1', '契約者 2', '', '契約者 4', '<!--', '契約者 6', ''];
    const recipients = names.map((name, i) => ({ name, email: `r${i + 1}@example.jp`, contract: `K-${i + 1}` }));
    const out = tempDir();
    const events: DeliveryEvent[] = [];
    const report = await deliverNotices({ context, sender, recipients, outDir: out, templates, onEvent: (e) => events.push(e) });
    expect(events.map((e) => e.kind)).toEqual(['written', 'written', 'incomplete', 'written', 'incomplete', 'written', 'incomplete']);
    expect(report).toEqual({ written: 4, accepted: 0, skipped: 0, failed: 3 });
    for (const i of [2, 6]) {
      expect(events[i]?.detail).toContain('email (subject + text)');
      expect(events[i]?.detail).not.toContain('HTML');
    }
    expect(events[4]?.detail).toContain('email (subject + HTML)');
    expect(events[4]?.detail).not.toContain('text');
    expect(readdirSync(out).sort()).toEqual(['K-1.eml', 'K-2.eml', 'K-4.eml', 'K-6.eml']);
  });
});

describe('emlFileName', () => {
  it('should keep safe contract ids and make others safe and distinct', () => {
    expect(emlFileName('C-0001')).toBe('C-0001.eml');
    expect(emlFileName('C/0001')).toMatch(/^C_0001-[0-9a-f]{8}\.eml$/u);
    expect(emlFileName('C/0001')).not.toBe(emlFileName('C:0001'));
    expect(emlFileName('..')).toMatch(/^_-[0-9a-f]{8}\.eml$/u);
  });
});

describe('createEmlWriter', () => {
  it('should put each file in place whole, from its chunks, and leave no temporary file, even when the write fails', async () => {
    const out = tempDir();
    const write = await createEmlWriter(out);
    write(join(out, 'K-1.eml'), [Buffer.from('Subject: a\r\n\r\n'), Buffer.from('body'), Buffer.alloc(0), Buffer.from('\r\n')]);
    write(join(out, 'K-1.eml'), [Buffer.from('Subject: b\r\n\r\nbody\r\n')]);
    expect(readFileSync(join(out, 'K-1.eml'), 'utf8')).toBe('Subject: b\r\n\r\nbody\r\n');
    // A folder where the file should go: the rename fails, with one line naming the file.
    mkdirSync(join(out, 'K-2.eml'));
    let error: unknown;
    try {
      write(join(out, 'K-2.eml'), [Buffer.from('x')]);
    } catch (e) {
      error = e;
    }
    expect(isTermsError(error) && error.exitCode).toBe(2);
    expect(String((error as Error).message)).toContain('K-2.eml');
    expect(readdirSync(out).sort()).toEqual(['K-1.eml', 'K-2.eml']);
  });
});

describe('openSendLog', () => {
  const entry = (contract: string, status: SendLogEntry['status'] = 'accepted'): SendLogEntry => ({
    time: '2026-11-30T00:00:00.000Z',
    document: 'knet-cloud',
    version: '2027-01-01',
    contract,
    email: `${contract}@example.jp`,
    messageId: `<${contract}@knet.example>`,
    status,
    response: status === 'accepted' ? '250 OK' : '550 no',
  });

  it('should know what was accepted, not what was rejected, and append lines', async () => {
    const path = join(tempDir(), 'sub', 'log.ndjson');
    const log = await openSendLog(path);
    await log.append(entry('A'));
    await log.append(entry('B', 'rejected'));
    await log.close();
    const again = await openSendLog(path);
    expect([again.delivered('<A@knet.example>'), again.delivered('<B@knet.example>')]).toEqual([true, false]);
    await again.close();
    expect(readFileSync(path, 'utf8').split('\n')).toHaveLength(3);
  });

  it('should drop a last line cut off by a kill, so that the next entry starts on its own line', async () => {
    const path = join(tempDir(), 'log.ndjson');
    writeFileSync(path, `${JSON.stringify(entry('A'))}\n${JSON.stringify(entry('B')).slice(0, 40)}`);
    const log = await openSendLog(path);
    expect(log.delivered('<B@knet.example>')).toBe(false);
    await log.append(entry('C'));
    await log.close();
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as SendLogEntry).contract)).toEqual(['A', 'C']);
  });

  it('should refuse a damaged line before the last, naming it', async () => {
    const path = join(tempDir(), 'log.ndjson');
    writeFileSync(path, `garbage\n${JSON.stringify(entry('A'))}\n`);
    const error = await openSendLog(path).catch((e: unknown) => e);
    expect(isTermsError(error) && error.message).toContain(`${path}:1:`);
  });
});
