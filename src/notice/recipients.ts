/**
 * The recipients list: a CSV with a header row naming the columns name, email and contract (or 氏名/名前,
 * メールアドレス, 契約番号), as the legal team exports it from Excel ("CSV UTF-8"). Every bad row is
 * reported with its row number and skipped; the rest are notified. A file that cannot be read as a whole
 * (not UTF-8, no usable header, an unterminated quote) is refused.
 */
import { TermsError } from '../errors.js';
import type { Recipient } from './context.js';
import { parseCsv } from './csv.js';

/** A recipient and the spreadsheet row it came from. */
export interface RecipientRow extends Recipient {
  row: number;
}

/** The recipients read, and one message per row that was skipped. */
export interface RecipientList {
  recipients: RecipientRow[];
  problems: string[];
}

type Column = 'name' | 'email' | 'contract';

// Header names compared after NFKC, lower case and without spaces, hyphens and underscores.
const HEADERS: Readonly<Record<string, Column>> = {
  name: 'name',
  氏名: 'name',
  名前: 'name',
  お名前: 'name',
  email: 'email',
  mail: 'email',
  emailaddress: 'email',
  メールアドレス: 'email',
  メール: 'email',
  contract: 'contract',
  contractid: 'contract',
  契約番号: 'contract',
  契約id: 'contract',
};

const headerKey = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\s_-]/gu, '');

// One address, no display name: what an SMTP envelope can take. Non-ASCII is allowed (EAI).
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(?:\.[^\s@<>()[\]\\,;:".]+)+$/u;

/** Whether a string is one plain email address (`taro@example.jp`). */
export function isEmailAddress(value: string): boolean {
  return ADDRESS.test(value);
}

/**
 * Reads a recipients CSV.
 * @param content the file's bytes (must be UTF-8; a byte order mark is allowed)
 * @param file the file name shown in messages
 * @returns the recipients, and a message for each row skipped (missing or invalid email, missing or
 *   duplicate contract id)
 * @throws TermsError (exit 2) when the file as a whole cannot be read, listing every such problem
 */
export function readRecipients(content: Uint8Array, file: string): RecipientList {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new TermsError(
      `${file}: UTF-8 ではありません（Excel では「CSV UTF-8（コンマ区切り）」で保存してください）/ not UTF-8 (save as "CSV UTF-8" in Excel)`,
      2,
    );
  }
  const { records, unterminated } = parseCsv(text);
  const at = (row: number, line?: number) =>
    `${file} ${row}行目 / row ${row}${line !== undefined && line !== row ? ` (line ${line})` : ''}`;
  const fatal: Array<{ row: number; message: string }> = [];
  if (unterminated) {
    fatal.push({
      row: unterminated.row,
      message: `${at(unterminated.row, unterminated.line)}: 引用符 " が閉じられていません / unterminated quoted field`,
    });
  }
  const [header, ...rows] = records;
  const columns = new Map<Column, number>();
  header?.fields.forEach((name, index) => {
    const column = HEADERS[headerKey(name)];
    if (!column) return;
    if (columns.has(column)) fatal.push({ row: 1, message: `${at(1)}: 列 ${column} が2つあります / duplicate column: ${name}` });
    else columns.set(column, index);
  });
  const absent = (['name', 'email', 'contract'] as const).filter((c) => !columns.has(c));
  if (absent.length) {
    fatal.push({
      row: 1,
      message: `${at(1)}: 見出しに ${absent.join(', ')} の列がありません（name,email,contract または 氏名,メールアドレス,契約番号）/ header lacks ${absent.join(', ')}`,
    });
  }

  const recipients: RecipientRow[] = [];
  const problems: Array<{ row: number; message: string }> = [];
  const contracts = new Map<string, number>();
  const cell = (fields: string[], column: Column) => (fields[columns.get(column) as number] ?? '').trim();
  for (const { fields, row, line } of absent.length ? [] : rows) {
    if (fields.every((f) => f.trim() === '')) continue;
    const name = cell(fields, 'name');
    const email = cell(fields, 'email');
    const contract = cell(fields, 'contract');
    const own: string[] = [];
    if (email === '') own.push('メールアドレスがありません / missing email');
    else if (!isEmailAddress(email)) {
      const hint = email.includes('＠') ? '（全角の＠）' : '';
      own.push(`メールアドレスが正しくありません${hint} / invalid email address: ${email}`);
    }
    if (contract === '') own.push('契約番号がありません / missing contract id');
    else if (contracts.has(contract)) {
      const first = contracts.get(contract);
      own.push(`契約番号 ${contract} は ${first}行目と重複しています / duplicate contract id (row ${first})`);
    }
    if (own.length) {
      problems.push({ row, message: `${at(row, line)}: ${own.join('; ')}` });
      continue;
    }
    contracts.set(contract, row);
    recipients.push({ name, email, contract, row });
  }
  if (fatal.length) {
    // The rows read before the broken one are reported too, so that one run shows everything to fix.
    const all = [...fatal, ...problems].sort((a, b) => a.row - b.row).map((p) => p.message);
    throw new TermsError(`宛先リストを読めません / cannot read the recipients list:\n${all.join('\n')}`, 2);
  }
  return { recipients, problems: problems.map((p) => p.message) };
}
