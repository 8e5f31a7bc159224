/**
 * The send log: one JSON line per delivery attempt that got an answer from the SMTP server, appended and
 * flushed to disk (fsync) before the next message goes out. A run that is killed loses at most the entry
 * of the message in flight; started again, it skips every message the log records as accepted.
 */
import { mkdir, open, readFile, truncate, type FileHandle } from 'node:fs/promises';
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
  /** `accepted` (250), `rejected` (5xx: the server refused the recipient) or `deferred` (4xx: try again later). */
  status: 'accepted' | 'rejected' | 'deferred';
  /** The server's answer. */
  response: string;
}

/** An open send log. */
export interface SendLog {
  path: string;
  /** Whether the log records the message as accepted by the server. */
  delivered(messageId: string): boolean;
  /** Appends an entry and waits until it is on disk. */
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
  const lines = existing.split('\n');
  // Whatever follows the last line break was being written when the run stopped.
  const torn = lines.pop() ?? '';
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const entry = parseEntry(line);
    if (!entry) throw new TermsError(`${path}:${index + 1}: 送信ログの行が読めません / damaged send log line`, 2);
    if (entry.status === 'accepted') delivered.add(entry.messageId);
  });
  if (torn !== '') await truncate(path, Buffer.byteLength(existing) - Buffer.byteLength(torn));
  await mkdir(dirname(path), { recursive: true });
  const handle: FileHandle = await open(path, 'a');
  return {
    path,
    delivered: (messageId) => delivered.has(messageId),
    async append(entry) {
      await handle.appendFile(`${JSON.stringify(entry)}\n`);
      await handle.sync();
      if (entry.status === 'accepted') delivered.add(entry.messageId);
    },
    close: () => handle.close(),
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
