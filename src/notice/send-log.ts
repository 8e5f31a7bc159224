/**
 * The send log: one JSON line per answer of the SMTP server (`accepted`, `rejected`, `deferred`),
 * appended and flushed to disk (fsync) as soon as it comes. Before each message is handed to the server,
 * a `sending` entry is added to `<log>.sending`, which holds one line per message in flight, and that
 * file is replaced atomically (written beside it, flushed, renamed over it), so that the log itself stays
 * a record of answers. Answers may come in any order (several pooled connections): each is appended when
 * it comes, and writes to the two files are made one at a time.
 *
 * What a resumed run promises (SMTP cannot promise exactly once): every message the log records as
 * accepted is skipped; a message logged `sending` without an answer may or may not have arrived (the
 * run stopped between handing it over and logging the answer) and is sent again, with the same
 * Message-ID, so a receiving system can tell the two apart. At most as many messages are in flight as
 * the run sends at once (one by default), so an interruption re-sends at most that many, and no message
 * is ever lost.
 */
import { mkdir, open, readFile, rename, rm, truncate, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { TermsError } from '../errors.js';
import { tempPathFor } from '../io/temp.js';

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
   * Appends an entry and waits until it is on disk; a `sending` entry is added to the messages in flight
   * in `<log>.sending` instead, and an answer takes its message out of them.
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
  // The messages in flight when the last run stopped, unless the log has their answers.
  const sendingPath = `${path}.sending`;
  for (const line of (await readFile(sendingPath, 'utf8').catch(() => '')).split('\n')) {
    const inFlight = parseEntry(line.trim());
    if (inFlight?.status === 'sending' && !answered.has(inFlight.messageId)) unanswered.add(inFlight.messageId);
  }
  await mkdir(dirname(path), { recursive: true });
  const handle: FileHandle = await open(path, 'a');
  const inFlightNow = new Map<string, SendLogEntry>();
  // One write at a time: answers of several connections, and the next message's `sending`, come together.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const done = queue.then(work);
    queue = done.catch(() => undefined);
    return done;
  };
  const writeInFlight = async () => {
    const temp = tempPathFor(sendingPath);
    const file = await open(temp, 'w');
    try {
      await file.writeFile([...inFlightNow.values()].map((e) => `${JSON.stringify(e)}\n`).join(''));
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, sendingPath);
  };
  return {
    path,
    delivered: (messageId) => delivered.has(messageId),
    unanswered: (messageId) => unanswered.has(messageId),
    append: (entry) =>
      serial(async () => {
        if (entry.status === 'sending') {
          inFlightNow.set(entry.messageId, entry);
          await writeInFlight();
          return;
        }
        await handle.appendFile(`${JSON.stringify(entry)}\n`);
        await handle.sync();
        unanswered.delete(entry.messageId);
        // Left in <log>.sending until it is next written: a later run reads the answer from the log.
        inFlightNow.delete(entry.messageId);
        if (entry.status === 'accepted') delivered.add(entry.messageId);
      }),
    close: () =>
      serial(async () => {
        await handle.close();
        // Kept while a message handed over has no answer (the connection failed): a later run re-sends it.
        if (inFlightNow.size === 0) await rm(sendingPath, { force: true });
      }),
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
