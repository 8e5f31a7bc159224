/**
 * Builds each notice email as a MIME message with nodemailer's MIME tree: UTF-8, multipart/alternative
 * (plain text and HTML), the Japanese subject and names encoded, and a Message-ID derived from the
 * document, version and contract, so that the same notice sent again carries the same id and a mail
 * client or the recipient's server recognises the resend.
 */
import { createHash } from 'node:crypto';
import addressparser from 'nodemailer/lib/addressparser';
import { encode } from 'nodemailer/lib/base64';
import { foldLines } from 'nodemailer/lib/mime-funcs';
import MimeNode from 'nodemailer/lib/mime-node';
import { TermsError } from '../errors.js';
import type { Recipient } from './context.js';
import type { RenderedEmail } from './render.js';
import { isEmailAddress } from './recipients.js';
import { recentValues } from './recent.js';
import { createSharedEnds } from './shared-end.js';

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

/** What a message is built from. */
export interface MessageInput {
  email: RenderedEmail;
  recipient: Recipient;
  messageId: string;
}

/** Builds the message of one recipient's email. */
export type MessageBuilder = (input: MessageInput) => Buffer;

/**
 * Builds the message of one recipient's email as the chunks that, joined, are the message (written to a
 * file with one writev, joined to be sent). Chunks are shared between messages: none may be modified.
 */
export type ChunkedMessageBuilder = (input: MessageInput) => readonly Buffer[];

/** Base64 lines: 76 characters, each 57 bytes of the content. */
const LINE_BYTES = 57;

/** Base64 in lines of 76 characters, as nodemailer's `wrap(encode(content), 76)` (whose regex costs more). */
function wrapBase64(content: string | Uint8Array): string {
  const base64 = typeof content === 'string' ? encode(content) : Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('base64');
  const lines: string[] = [];
  for (let at = 0; at < base64.length; at += 76) lines.push(base64.slice(at, at + 76));
  return lines.join('\r\n');
}

/** The shared end of a part's content: its bytes, and its base64 lines from each offset into its first line. */
interface EncodedEnd {
  bytes: Buffer;
  /** Offset (0–56) → the base64 lines of `bytes` from there. */
  lines: Map<number, Buffer>;
}

/**
 * The base64 body of one part (text or HTML), as chunks. A run's emails differ only in their beginnings
 * (the recipient's fields): the content is cut after a line break before the end it shares with the
 * others (./shared-end.ts), the end is encoded once for each place it can start within a base64 line,
 * and each email's beginning is encoded with as much of the end as fills its last line.
 */
function createPartEncoder(): (content: string) => Buffer[] {
  const cut = createSharedEnds<string, EncodedEnd>({
    readBeginning: (beginning) => beginning,
    readEnd: (end) => ({ bytes: Buffer.from(end), lines: new Map() }),
  });
  return (content) => {
    const pieces = cut(content);
    if (!pieces) return [Buffer.from(wrapBase64(content), 'latin1')];
    const beginning = Buffer.from(pieces.beginning);
    const end = pieces.endValue;
    // The bytes of the end that complete the beginning's last line.
    const fill = (LINE_BYTES - (beginning.length % LINE_BYTES)) % LINE_BYTES;
    let rest = end.lines.get(fill);
    if (!rest) end.lines.set(fill, (rest = Buffer.from(wrapBase64(end.bytes.subarray(fill)), 'latin1')));
    const first = wrapBase64(Buffer.concat([beginning, end.bytes.subarray(0, fill)]));
    return rest.length ? [Buffer.from(`${first}\r\n`, 'latin1'), rest] : [Buffer.from(first, 'latin1')];
  };
}

/** Headers each run sets the same way for most messages: their lines are kept by value. */
const MEMO = 256;

/**
 * The message builder of a run: one nodemailer MIME tree (multipart/alternative, a UTF-8 text part and
 * an HTML part, both base64) made once. Each header is encoded by nodemailer (`encodeHeaderValue`, folded
 * with `foldLines` at 76, as its `buildHeaders` does header by header), and kept by its value: the
 * subject, sender and date are encoded once, the addressee and Message-ID for each message. The parts
 * are framed and base64-wrapped as nodemailer streams them. Streaming a new MailComposer for each
 * message cost several event-loop turns and stream pipes per message, which dominated a run of
 * thousands.
 * @param sender the sender
 */
export function createChunkedMessageBuilder(sender: Sender): ChunkedMessageBuilder {
  const root = new MimeNode('multipart/alternative');
  const part = (type: string): string => root.createChild(`${type}; charset=utf-8`).setHeader('Content-Transfer-Encoding', 'base64').buildHeaders();
  const textHead = part('text/plain');
  const htmlHead = part('text/html');
  root.setHeader('From', sender.header);
  root.setHeader('Date', new Date(0).toUTCString());
  // The root's own Content-Type (with its boundary), which buildHeaders puts last.
  const all = root.buildHeaders();
  const contentType = all.slice(all.indexOf('\r\nContent-Type: ') + 2);
  const boundary = String(root.boundary);
  const encodeValue = (root as unknown as { encodeHeaderValue(key: string, value: unknown): string }).encodeHeaderValue.bind(root);
  // One header line as buildHeaders makes it: nothing when the encoded value is blank.
  const line = (key: string, value: unknown): string => {
    const encoded = encodeValue(key, value);
    return encoded.trim() ? foldLines(`${key}: ${encoded}`, 76) : '';
  };
  const recent = recentValues<string>(MEMO);
  const kept = (key: string, value: string): string => recent(`${key}\0${value}`, () => line(key, value));
  const text = createPartEncoder();
  const html = createPartEncoder();
  return ({ email, recipient, messageId }) => {
    const date = (email.date ? new Date(email.date) : new Date()).toUTCString().replace(/GMT/u, '+0000');
    const head = [
      kept('Auto-Submitted', 'auto-generated'),
      // A draft says so in a header a mail system or a script can test, besides its subject and file name.
      kept('X-Knet-Terms-Draft', email.draft ? 'yes' : ''),
      kept('From', sender.header),
      // An address object, as MailComposer passes it: nodemailer quotes and encodes the name itself.
      line('To', { name: recipient.name, address: recipient.email }),
      kept('Subject', email.subject),
      line('Message-ID', messageId),
      kept('Date', date),
      kept('MIME-Version', '1.0'),
      contentType,
    ]
      .filter((l) => l !== '')
      .join('\r\n');
    return [
      Buffer.from(`${head}\r\n\r\n--${boundary}\r\n${textHead}\r\n\r\n`),
      ...text(email.text),
      Buffer.from(`\r\n--${boundary}\r\n${htmlHead}\r\n\r\n`),
      ...html(email.html),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ];
  };
}

/**
 * The message builder of a run, giving each message whole (see {@link createChunkedMessageBuilder}).
 * @param sender the sender
 */
export function createMessageBuilder(sender: Sender): MessageBuilder {
  const build = createChunkedMessageBuilder(sender);
  return (input) => Buffer.concat(build(input));
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
