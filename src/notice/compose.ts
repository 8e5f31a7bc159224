/**
 * Builds each notice email as a MIME message with nodemailer's MIME tree: UTF-8, multipart/alternative
 * (plain text and HTML), the Japanese subject and names encoded, and a Message-ID derived from the
 * document, version and contract, so that the same notice sent again carries the same id and a mail
 * client or the recipient's server recognises the resend.
 */
import { createHash } from 'node:crypto';
import addressparser from 'nodemailer/lib/addressparser';
import { encode } from 'nodemailer/lib/base64';
import MimeNode from 'nodemailer/lib/mime-node';
import { TermsError } from '../errors.js';
import type { Recipient } from './context.js';
import type { RenderedEmail } from './render.js';
import { isEmailAddress } from './recipients.js';

/** The sender of the notices, parsed from `--from`. */
export interface Sender {
  /** As given: `Knet 株式会社 <terms@knet.example>`. */
  header: string;
  /** The bare address, for the SMTP envelope. */
  address: string;
  /** Its domain, for Message-IDs. */
  domain: string;
}

/**
 * Reads the sender (`Name <address>` or a bare address).
 * @throws TermsError (exit 2) when it is not exactly one valid address
 */
export function parseSender(from: string): Sender {
  const parsed = addressparser(from, { flatten: true });
  const mailbox = parsed.length === 1 ? parsed[0] : undefined;
  const address = mailbox && 'address' in mailbox ? (mailbox.address ?? '') : '';
  if (!isEmailAddress(address)) {
    throw new TermsError(`--from の差出人が正しくありません / invalid sender: ${from} (例 / e.g. "Knet 株式会社 <terms@knet.example>")`, 2);
  }
  return { header: from, address, domain: address.slice(address.lastIndexOf('@') + 1) };
}

/**
 * The Message-ID of a notice to one contract: the same for every send of the same notice.
 * @returns `<terms-notice.knet-cloud.2027-01-01.<32 hex>@knet.example>`; the contract id is hashed, since
 *   it may hold characters a Message-ID cannot
 */
export function noticeMessageId(document: string, version: string, contract: string, domain: string): string {
  const hash = createHash('sha256').update(`${document}\0${version}\0${contract}`).digest('hex').slice(0, 32);
  return `<terms-notice.${document}.${version}.${hash}@${domain}>`;
}

/** Builds the message of one recipient's email. */
export type MessageBuilder = (input: { email: RenderedEmail; recipient: Recipient; messageId: string }) => Buffer;

/** Base64 in lines of 76 characters, as nodemailer's `wrap(encode(content), 76)` (whose regex costs more). */
function wrapBase64(content: string): string {
  const base64 = encode(content);
  const lines: string[] = [];
  for (let at = 0; at < base64.length; at += 76) lines.push(base64.slice(at, at + 76));
  return lines.join('\r\n');
}

/**
 * The message builder of a run: one nodemailer MIME tree (multipart/alternative, a UTF-8 text part and
 * an HTML part, both base64) made once, whose headers are set for each message and encoded by nodemailer
 * (`buildHeaders`, synchronous), with the parts framed and base64-wrapped as nodemailer streams them.
 * Streaming a new MailComposer for each message cost several event-loop turns and stream pipes per
 * message, which dominated a run of thousands.
 * @param sender the sender
 */
export function createMessageBuilder(sender: Sender): MessageBuilder {
  const root = new MimeNode('multipart/alternative');
  // Every header once, in the order of the message; each message sets their values.
  for (const key of ['Auto-Submitted', 'X-Knet-Terms-Draft', 'From', 'To', 'Subject', 'Message-ID', 'Date', 'MIME-Version']) root.setHeader(key, '');
  root.setHeader('Auto-Submitted', 'auto-generated');
  root.setHeader('From', sender.header);
  root.setHeader('MIME-Version', '1.0');
  const part = (type: string): string => root.createChild(`${type}; charset=utf-8`).setHeader('Content-Transfer-Encoding', 'base64').buildHeaders();
  const textHead = part('text/plain');
  const htmlHead = part('text/html');
  let boundary: string | null = null;
  return ({ email, recipient, messageId }) => {
    // A draft says so in a header a mail system or a script can test, besides its subject and file name.
    root.setHeader('X-Knet-Terms-Draft', email.draft ? 'yes' : '');
    // An address object, as MailComposer passes it: nodemailer quotes and encodes the name itself.
    const to: unknown = { name: recipient.name, address: recipient.email };
    root.setHeader('To', to as string);
    root.setHeader('Subject', email.subject);
    root.setHeader('Message-ID', messageId);
    root.setHeader('Date', (email.date ? new Date(email.date) : new Date()).toUTCString().replace(/GMT/u, '+0000'));
    const head = root.buildHeaders();
    boundary ??= String(root.boundary);
    return Buffer.from(
      `${head}\r\n\r\n--${boundary}\r\n${textHead}\r\n\r\n${wrapBase64(email.text)}` +
        `\r\n--${boundary}\r\n${htmlHead}\r\n\r\n${wrapBase64(email.html)}\r\n--${boundary}--\r\n`,
    );
  };
}

/**
 * Builds one notice email (a builder of its own: a run builds many with one {@link createMessageBuilder}).
 * @param input the rendered email, its recipient, the sender and the Message-ID
 * @returns the message as it is written to a .eml file and sent
 */
export async function composeNoticeEmail(input: {
  email: RenderedEmail;
  recipient: Recipient;
  sender: Sender;
  messageId: string;
}): Promise<Buffer> {
  return Promise.resolve(createMessageBuilder(input.sender)(input));
}
