/**
 * The messages of a run: built in chunks, with the header lines kept by value and the base64 of the end
 * the emails share encoded once, each message is byte for byte the one that nodemailer's buildHeaders of
 * the whole MIME tree and the whole parts encoded afresh give (the builder before it kept anything).
 */
import fc from 'fast-check';
import { encode } from 'nodemailer/lib/base64';
import MimeNode from 'nodemailer/lib/mime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { createChunkedMessageBuilder, createMessageBuilder, parseSender, renderEmail, type NoticeContext, type RenderedEmail, type Recipient } from '../../src/notice/index.js';
import { realContext, RECIPIENT } from './support.js';

let context: NoticeContext;
beforeAll(async () => {
  context = await realContext();
});

/** Every message built from scratch, as the builder did before it kept anything: the reference. */
function referenceBuilder(header: string): { build: (email: RenderedEmail, recipient: Recipient, messageId: string) => string; boundary: () => string } {
  const root = new MimeNode('multipart/alternative');
  for (const key of ['Auto-Submitted', 'X-Knet-Terms-Draft', 'From', 'To', 'Subject', 'Message-ID', 'Date', 'MIME-Version']) root.setHeader(key, '');
  root.setHeader('Auto-Submitted', 'auto-generated');
  root.setHeader('From', header);
  root.setHeader('MIME-Version', '1.0');
  const part = (type: string): string => root.createChild(`${type}; charset=utf-8`).setHeader('Content-Transfer-Encoding', 'base64').buildHeaders();
  const textHead = part('text/plain');
  const htmlHead = part('text/html');
  const wrap = (s: string) => (encode(s).match(/.{1,76}/gu) ?? []).join('\r\n');
  return {
    build(email, recipient, messageId) {
      root.setHeader('X-Knet-Terms-Draft', email.draft ? 'yes' : '');
      root.setHeader('To', { name: recipient.name, address: recipient.email } as unknown as string);
      root.setHeader('Subject', email.subject);
      root.setHeader('Message-ID', messageId);
      root.setHeader('Date', (email.date ? new Date(email.date) : new Date()).toUTCString().replace(/GMT/u, '+0000'));
      const head = root.buildHeaders();
      const b = String(root.boundary);
      return `${head}\r\n\r\n--${b}\r\n${textHead}\r\n\r\n${wrap(email.text)}\r\n--${b}\r\n${htmlHead}\r\n\r\n${wrap(email.html)}\r\n--${b}--\r\n`;
    },
    boundary: () => String(root.boundary),
  };
}

const boundaryOf = (message: string): string => /boundary="([^"]+)"/u.exec(message)?.[1] ?? '';

describe('createChunkedMessageBuilder', () => {
  it('should build each message of a run byte for byte as the whole tree built afresh does', () => {
    const base = renderEmail(context, RECIPIENT, undefined);
    const field = fc.oneof(fc.constantFrom('', '山田 太郎', 'A "B" <c>', 'Ünïcödé', '株式会社サンプル, 総務部'), fc.string({ maxLength: 12 }));
    // Beginnings of every length mod 57 (the bytes of a base64 line), multi-byte or not.
    const beginning = fc.array(fc.constantFrom('a', 'あ', '𠮷', ' ', '\n', '=', 'é'), { maxLength: 70 }).map((a) => a.join(''));
    const message = fc.record({ name: field, contract: fc.string({ maxLength: 8 }), text: beginning, html: beginning, subject: fc.constantFrom(base.subject, `${base.subject}（再送）`, 'Re: お知らせ'), draft: fc.boolean() });
    const sender = parseSender('Knet 株式会社 <terms@knet.example>');
    let compared = 0;
    fc.assert(
      fc.property(fc.array(message, { minLength: 1, maxLength: 8 }), fc.constantFrom('2026-11-30T00:00:00+09:00', '2026-12-01T09:30:00+09:00'), (messages, date) => {
        const build = createChunkedMessageBuilder(sender);
        const reference = referenceBuilder(sender.header);
        for (const m of messages) {
          const email: RenderedEmail = { subject: m.subject, text: `${m.text}\n${base.text}`, html: `${m.html}\n${base.html}`, date, ...(m.draft ? { draft: true } : {}) };
          const recipient = { name: m.name, email: 'r@example.jp', contract: m.contract };
          const messageId = `<terms-notice.${m.contract.length}@knet.example>`;
          const built = Buffer.concat(build({ email, recipient, messageId })).toString('latin1');
          const expected = Buffer.from(reference.build(email, recipient, messageId)).toString('latin1');
          expect(built.replaceAll(boundaryOf(built), reference.boundary())).toBe(expected);
          compared++;
        }
      }),
      { numRuns: 60 },
    );
    expect(compared).toBeGreaterThan(100);
  });

  it('should give the whole message from createMessageBuilder, the chunks joined', () => {
    const sender = parseSender('terms@knet.example');
    const email = { ...renderEmail(context, RECIPIENT, undefined), date: '2026-11-30T00:00:00+09:00' };
    const message = createMessageBuilder(sender)({ email, recipient: RECIPIENT, messageId: '<a@knet.example>' }).toString();
    expect(message).toMatch(/^Auto-Submitted: auto-generated\r\nFrom: terms@knet.example\r\nTo: /u);
    expect(message).toContain('Date: Sun, 29 Nov 2026 15:00:00 +0000\r\n');
    expect(message.endsWith(`--${boundaryOf(message)}--\r\n`)).toBe(true);
  });
});
