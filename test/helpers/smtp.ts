/**
 * A real SMTP server on 127.0.0.1 (a free port), without STARTTLS or authentication, for the tests that
 * send notices. Each test says what happens to a message once it has arrived whole: answered, refused,
 * or held (never answered, so that the client waits until it is killed).
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions, type SMTPServerSession } from 'smtp-server';

/** What a test does at each step of a session. */
export interface SmtpHooks {
  /**
   * A message has arrived whole.
   * @param answer accepts it (250) or, given an error, refuses it; a message never answered holds the client
   */
  message(bytes: Buffer, session: SMTPServerSession, answer: (error?: Error) => void): void;
  /** RCPT TO, as smtp-server's `onRcptTo` (default: every recipient accepted). */
  rcptTo?: SMTPServerOptions['onRcptTo'];
  /** A client connected. */
  connect?(): void;
  /** A connection closed. */
  disconnect?(): void;
}

/** A listening server. */
export interface ListeningSmtp {
  /** `smtp://127.0.0.1:<port>` */
  url: string;
  close(): Promise<void>;
}

/** Starts a server with the test's hooks. */
export async function listenSmtp(hooks: SmtpHooks): Promise<ListeningSmtp> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    ...(hooks.rcptTo ? { onRcptTo: hooks.rcptTo } : {}),
    onConnect(_session, callback) {
      hooks.connect?.();
      callback();
    },
    onClose() {
      hooks.disconnect?.();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => hooks.message(Buffer.concat(chunks), session, (error) => callback(error ?? null)));
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** The Message-ID of a message as it arrived (`?` when it has none). */
export function messageIdOf(bytes: Buffer): string {
  return /^Message-ID:\s*(<[^>]+>)/imu.exec(bytes.toString('utf8'))?.[1] ?? '?';
}
