/**
 * Delivers a notice to a list of recipients, taking them lazily so that memory stays flat however long
 * the list: render the email, check the three statutory elements, build the message, write it as a .eml
 * file and/or send it, and record the server's answer in the send log. A recipient the log records as
 * accepted is skipped, so a run started again after an interruption sends only what is left.
 *
 * The notice is rendered once and each message is the recipient's fields put into it
 * (./email-renderer.ts), built on one MIME tree (./compose.ts). Files are written one after the other;
 * messages are sent over at most `concurrency` pooled connections, each message logged as in flight
 * before it is handed over and its answer logged as it comes, in whatever order the answers come.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createChunkedMessageBuilder, noticeMessageId, type Sender } from './compose.js';
import type { NoticeContext, Recipient } from './context.js';
import { createEmailRenderer } from './email-renderer.js';
import { createEmlWriter } from './eml-writer.js';
import { resolveTemplates, type TemplatesOption } from './render.js';
import type { SendLog, SendLogEntry } from './send-log.js';
import type { NoticeTransport } from './send.js';
import { createStatutoryChecker, emailForms } from './statutory.js';

/** What happened to one recipient. */
export interface DeliveryEvent {
  /**
   * `written` (.eml file), `accepted` / `rejected` / `deferred` (the SMTP server's answer), `skipped`
   * (the send log records it as accepted), `incomplete` (the rendered email lacks a statutory element).
   */
  kind: 'written' | 'accepted' | 'rejected' | 'deferred' | 'skipped' | 'incomplete';
  recipient: Recipient;
  messageId: string;
  /** The file written, the server's answer, or what is missing. */
  detail: string;
}

/** What {@link deliverNotices} needs. */
export interface DeliveryOptions {
  context: NoticeContext;
  /** Read lazily, one at a time. */
  recipients: Iterable<Recipient> | AsyncIterable<Recipient>;
  sender: Sender;
  templates?: TemplatesOption;
  /** Write one `.eml` file per recipient here. */
  outDir?: string;
  /**
   * Send each message here; needs `log`. `concurrency`: how many messages may be in flight at once (the
   * transport's connections; default 1, one message at a time in the list's order).
   */
  transport?: { send: NoticeTransport['send']; log: SendLog; concurrency?: number };
  /** Called once per recipient and outcome: in the list's order, but as answers come when sending concurrently. */
  onEvent?: (event: DeliveryEvent) => void;
}

/** Counts of what was done. */
export interface DeliveryReport {
  written: number;
  accepted: number;
  skipped: number;
  /** Rejected or deferred by the server, or incomplete: the recipient has not been notified. */
  failed: number;
}

const RESENT = '中断時に送信中だったため同じ Message-ID で再送 / re-sent with the same Message-ID: in flight when a run was interrupted';

/**
 * The .eml file name of a contract: the contract id where it is a safe file name, else made safe and
 * followed by a short hash so that two contracts never share a file.
 */
export function emlFileName(contract: string): string {
  const safe = contract.replace(/[^A-Za-z0-9._-]/gu, '_').replace(/^\.+/u, '_');
  if (safe === contract && safe !== '') return `${safe}.eml`;
  return `${safe}-${createHash('sha256').update(contract).digest('hex').slice(0, 8)}.eml`;
}

/**
 * Delivers the notice to every recipient.
 * @param options the notice, the recipients, the sender, and where the messages go
 * @throws TermsError on a template error (exit 2) or when the SMTP server cannot be reached (exit 1); the
 *   send log then holds everything sent so far
 */
export async function deliverNotices(options: DeliveryOptions): Promise<DeliveryReport> {
  const { context, sender, outDir, transport } = options;
  const templates = resolveTemplates(options.templates);
  const render = createEmailRenderer(context, templates);
  const build = createChunkedMessageBuilder(sender);
  const check = createStatutoryChecker(context);
  const write = outDir === undefined ? undefined : await createEmlWriter(outDir);
  const report: DeliveryReport = { written: 0, accepted: 0, skipped: 0, failed: 0 };
  const concurrency = Math.max(1, Math.floor(transport?.concurrency ?? 1));
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | null = null;

  const send = async (recipient: Recipient, messageId: string, message: Buffer, log: SendLog, event: (kind: DeliveryEvent['kind'], detail: string) => void) => {
    const entry = (status: SendLogEntry['status'], response: string): SendLogEntry => ({
      time: new Date().toISOString(),
      document: context.document.id,
      version: context.next.version,
      contract: recipient.contract,
      email: recipient.email,
      messageId,
      status,
      response,
    });
    // A message logged as sending with no answer after it was in flight when a run stopped: it may
    // have arrived, and goes again with the same Message-ID (the promise of src/notice/send-log.ts).
    const again = log.unanswered(messageId);
    // On disk before the message is handed over, so that a run killed from here on knows it may have arrived.
    await log.append(entry('sending', again ? RESENT : ''));
    const outcome = await (transport as NonNullable<DeliveryOptions['transport']>).send(message, { from: sender.address, to: recipient.email });
    // The answer goes to disk first: the time between the server's 250 and this fsync is the only
    // window in which an interruption makes a message arrive twice.
    await log.append(entry(outcome.status, outcome.response));
    if (outcome.status === 'accepted') report.accepted++;
    else report.failed++;
    event(outcome.status, again ? `${outcome.response} (${RESENT})` : outcome.response);
  };

  for await (const recipient of options.recipients) {
    const messageId = noticeMessageId(context.document.id, context.next.version, recipient.contract, sender.domain);
    const event = (kind: DeliveryEvent['kind'], detail: string) => options.onEvent?.({ kind, recipient, messageId, detail });
    if (transport?.log.delivered(messageId)) {
      report.skipped++;
      event('skipped', transport.log.path);
      continue;
    }
    const email = render(recipient);
    const problems = check(emailForms(email));
    if (problems.length) {
      report.failed++;
      event('incomplete', problems.join('\n'));
      continue;
    }
    const chunks = build({ email, recipient, messageId });
    if (write && outDir !== undefined) {
      const path = join(outDir, emlFileName(recipient.contract) + (email.draft ? '.draft' : ''));
      write(path, chunks);
      report.written++;
      event('written', path);
    }
    if (transport) {
      const task = send(recipient, messageId, Buffer.concat(chunks), transport.log, event).catch((error: unknown) => {
        failure ??= { error };
      });
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
      // No more than `concurrency` messages in flight: each interruption re-sends at most that many.
      while (inFlight.size >= concurrency && !failure) await Promise.race(inFlight);
      if (failure) break;
    }
  }
  // The messages still in flight get their answers logged before the run ends or stops.
  await Promise.all(inFlight);
  if (failure) throw (failure as { error: unknown }).error;
  return report;
}
