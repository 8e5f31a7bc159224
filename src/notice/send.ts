/**
 * Sends notice messages over SMTP with nodemailer's pool: one recipient per message, over at most
 * `connections` connections (each reused for up to 100 messages), at most `rate` messages in any period
 * (`--rate 10/s`). The caller hands over no more messages than there are connections, so each answer is
 * logged while at most that many messages are in flight.
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

/** At most `messages` messages per `perMs` milliseconds. */
export interface SendRate {
  messages: number;
  perMs: number;
}

const RATE_UNITS: Readonly<Record<string, number>> = { s: 1000, sec: 1000, min: 60_000, m: 60_000, h: 3_600_000 };

/**
 * Reads a sending rate: `N/s`, `N/min` or `N/h` (N a whole number from 1).
 * @returns null when it is not one
 */
export function parseRate(value: string): SendRate | null {
  const m = /^\s*(\d+)\s*\/\s*(s|sec|min|m|h)\s*$/u.exec(value);
  const messages = Number(m?.[1]);
  const perMs = RATE_UNITS[m?.[2] ?? ''];
  return m && perMs !== undefined && Number.isSafeInteger(messages) && messages >= 1 ? { messages, perMs } : null;
}

/** How to send. */
export interface SmtpOptions {
  /** Connections open at once (default 1). */
  connections?: number;
  /** At most so many messages per period (default: as fast as the server answers). */
  rate?: SendRate | null;
}

/**
 * Opens an SMTP transport.
 * @param url `smtp://host:port` (STARTTLS when the server offers it) or `smtps://host:port` (TLS)
 * @param options connections and rate
 */
export function createSmtpTransport(url: string, options: SmtpOptions = {}): NoticeTransport {
  const transport = createTransport({
    url,
    pool: true,
    maxConnections: Math.max(1, Math.floor(options.connections ?? 1)),
    // nodemailer's default: a connection is closed and replaced after 100 messages.
    maxMessages: 100,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 120_000,
  });
  const slot = options.rate ? rateLimiter(options.rate) : null;
  return {
    async send(message, envelope) {
      await slot?.();
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

/**
 * Spaces the hand-overs so that no period (a sliding window of `perMs`) holds more than `messages`: each
 * waits until the one `messages` before it is a period old. nodemailer's own limiter (`rateLimit`) is not
 * used: it counts only when a connection is released, so new connections and connections released
 * together send in bursts above the rate.
 * @returns a function that resolves when the next message may be handed over
 */
function rateLimiter(rate: SendRate): () => Promise<void> {
  const handedOver: number[] = [];
  let turn: Promise<void> = Promise.resolve();
  return () => {
    turn = turn.then(async () => {
      const oldest = handedOver.length >= rate.messages ? (handedOver[handedOver.length - rate.messages] as number) : null;
      const wait = oldest === null ? 0 : oldest + rate.perMs - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      handedOver.push(Date.now());
      if (handedOver.length > rate.messages) handedOver.shift();
    });
    return turn;
  };
}
