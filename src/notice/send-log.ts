/**
 * The send log: one JSON line per answer of the SMTP server (`accepted`, `rejected`, `deferred`),
 * appended and flushed to disk (fsync) as soon as it comes, before the next message. Before each message
 * is handed to the server, a `sending` entry is written and flushed to `<log>.sending` (one entry, the
 * message in flight), so that the log itself stays a record of answers.
 *
 * What a resumed run promises (SMTP cannot promise exactly once): every message the log records as
 * accepted is skipped; a message logged `sending` without an answer may or may not have arrived (the
 * run stopped between handing it over and logging the answer) and is sent again, with the same
 * Message-ID, so a receiving system can tell the two apart. Only one message is in flight at a time, so
 * an interruption re-sends at most one message, and no message is ever lost.
 */
import { mkdir, open, readFile, rm, truncate, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { TermsError } from '../errors.js';

/** One entry of the send log. */
export interface SendLogEntry {
  /** When the server answered (ISO 8601, UTC). */
  time: string;
  document: string;
  version: string;
  contract: string;
  email: string;
  messageId: string;
  /**
   * `sending` (logged before the message is handed over), then the answer: `accepted` (250), `rejected`
   * (5xx: the server refused the recipient) or `deferred` (4xx: try again later).
   */
  status: 'sending' | 'accepted' | 'rejected' | 'deferred';
  /** The server's answer. */
  response: string;
}

/** An open send log. */
export interface SendLog {
  path: string;
  /** Whether the log records the message as accepted by the server. */
  delivered(messageId: string): boolean;
  /** Whether the log records the message as being sent with no answer after it: it may have arrived. */
  unanswered(messageId: string): boolean;
  /**
   * Appends an entry and waits until it is on disk; a `sending` entry replaces the content of
   * `<log>.sending` instead.
   */
  append(entry: SendLogEntry): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens (or creates) a send log. A last line cut off by a kill is removed (its message was not recorded
 * as accepted, so it is sent again); any other line that is not an entry is an error.
 * @param path the log file
 * @throws TermsError (exit 2) naming the line when the log is damaged
 */
export async function openSendLog(path: string): Promise<SendLog> {
  let existing = '';
  try {
    existing = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const delivered = new Set<string>();
  const unanswered = new Set<string>();
  const answered = new Set<string>();
  const lines = existing.split('\n');
  // Whatever follows the last line break was being written when the run stopped.
  const torn = lines.pop() ?? '';
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const entry = parseEntry(line);
    if (!entry) throw new TermsError(`${path}:${index + 1}: 送信ログの行が読めません / damaged send log line`, 2);
    answered.add(entry.messageId);
    if (entry.status === 'accepted') delivered.add(entry.messageId);
  });
  if (torn !== '') await truncate(path, Buffer.byteLength(existing) - Buffer.byteLength(torn));
  // The message in flight when the last run stopped, unless the log has its answer.
  const inFlight = parseEntry((await readFile(`${path}.sending`, 'utf8').catch(() => '')).trim());
  if (inFlight?.status === 'sending' && !answered.has(inFlight.messageId)) unanswered.add(inFlight.messageId);
  await mkdir(dirname(path), { recursive: true });
  const handle: FileHandle = await open(path, 'a');
  let inFlightNow: string | null = null;
  return {
    path,
    delivered: (messageId) => delivered.has(messageId),
    unanswered: (messageId) => unanswered.has(messageId),
    async append(entry) {
      if (entry.status === 'sending') {
        inFlightNow = entry.messageId;
        const sending = await open(`${path}.sending`, 'w');
        try {
          await sending.writeFile(`${JSON.stringify(entry)}\n`);
          await sending.sync();
        } finally {
          await sending.close();
        }
        return;
      }
      await handle.appendFile(`${JSON.stringify(entry)}\n`);
      await handle.sync();
      unanswered.delete(entry.messageId);
      if (inFlightNow === entry.messageId) inFlightNow = null;
      if (entry.status === 'accepted') delivered.add(entry.messageId);
    },
    async close() {
      await handle.close();
      // Kept while a message handed over has no answer (the connection failed): a later run re-sends it.
      if (inFlightNow === null) await rm(`${path}.sending`, { force: true });
    },
  };
}

function parseEntry(line: string): SendLogEntry | null {
  try {
    const value = JSON.parse(line) as Partial<SendLogEntry> | null;
    return value && typeof value.messageId === 'string' && typeof value.status === 'string' ? (value as SendLogEntry) : null;
  } catch {
    return null;
  }
}
