/**
 * Sends notice messages over SMTP with nodemailer, one message and one recipient at a time over one
 * pooled connection, so that each answer can be logged before the next message goes out.
 */
import { createTransport } from 'nodemailer';
import { TermsError } from '../errors.js';
import type { SendLogEntry } from './send-log.js';

/** The server's answer to one message. */
export interface SmtpOutcome {
  status: Exclude<SendLogEntry['status'], 'sending'>;
  response: string;
}

/** Where notices are sent. */
export interface NoticeTransport {
  /**
   * Sends one message to one recipient.
   * @throws TermsError (exit 1) when the server cannot be reached or the connection fails: nothing can be
   *   said about this recipient, and the batch stops
   */
  send(message: Buffer, envelope: { from: string; to: string }): Promise<SmtpOutcome>;
  close(): void;
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.href;
  } catch {
    return url;
  }
}

/**
 * Whether a string is an SMTP URL (`smtp://host:port`, `smtps://user:pass@host:465`).
 */
export function isSmtpUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'smtp:' || u.protocol === 'smtps:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Opens an SMTP transport.
 * @param url `smtp://host:port` (STARTTLS when the server offers it) or `smtps://host:port` (TLS)
 */
export function createSmtpTransport(url: string): NoticeTransport {
  const transport = createTransport({
    url,
    pool: true,
    maxConnections: 1,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 120_000,
  });
  return {
    async send(message, envelope) {
      try {
        const info = await transport.sendMail({ envelope, raw: message });
        return { status: 'accepted', response: info.response };
      } catch (error) {
        const e = error as { responseCode?: unknown; response?: unknown; message?: unknown };
        if (typeof e.responseCode === 'number' && e.responseCode >= 400) {
          return {
            status: e.responseCode >= 500 ? 'rejected' : 'deferred',
            response: typeof e.response === 'string' ? e.response : String(e.message),
          };
        }
        throw new TermsError(
          `SMTP サーバーとの通信に失敗しました / SMTP failed (${redactUrl(url)}): ${String(e.message ?? error)}`,
          1,
        );
      }
    },
    close: () => transport.close(),
  };
}
