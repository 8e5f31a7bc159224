/**
 * Builds each notice email as a MIME message with nodemailer's MailComposer: UTF-8, multipart/alternative
 * (plain text and HTML), the Japanese subject and names encoded, and a Message-ID derived from the
 * document, version and contract, so that the same notice sent again carries the same id and a mail
 * client or the recipient's server recognises the resend.
 */
import { createHash } from 'node:crypto';
import addressparser from 'nodemailer/lib/addressparser';
import MailComposer from 'nodemailer/lib/mail-composer';
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

/**
 * Builds one notice email.
 * @param input the rendered email, its recipient, the sender and the Message-ID
 * @returns the message as it is written to a .eml file and sent
 */
export async function composeNoticeEmail(input: {
  email: RenderedEmail;
  recipient: Recipient;
  sender: Sender;
  messageId: string;
}): Promise<Buffer> {
  const { email, recipient, sender, messageId } = input;
  const composer = new MailComposer({
    from: sender.header,
    to: recipient.name ? { name: recipient.name, address: recipient.email } : recipient.email,
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId,
    // A draft says so in a header a mail system or a script can test, besides its subject and file name.
    headers: email.draft ? { 'Auto-Submitted': 'auto-generated', 'X-Knet-Terms-Draft': 'yes' } : { 'Auto-Submitted': 'auto-generated' },
    ...(email.date ? { date: new Date(email.date) } : {}),
  });
  return composer.compile().build();
}
