/**
 * Matter around the terms that is not terms text: the 制定・改定履歴 (`【2023年1月25日制定】`,
 * `2017年4月1日 施行`), the end mark 「以上」, separator lines, and a signature block (company, address,
 * contact). Each reader looks at one line; the structure pass decides where such lines may stand.
 * History and 以上 are read with the compiler's own grammar (compile/history.ts), so that what the
 * importer writes as history is read back as history.
 */
import { isHistoryHeading as isHistoryHeadingText } from '../../compile/headings.js';
import { isEndMark as isEndMarkText, readHistoryLine } from '../../compile/history.js';

/** A history entry as read from a line: its text as written and the date of its first entry. */
export interface EntryLine {
  text: string;
  date: string;
}

/**
 * Reads a line that is one entry of a 制定・改定履歴 (`【2023年1月25日制定】`, `2017年4月1日 施行`), or
 * null. The compiler's own reader decides, so that what the importer writes as history is history.
 * @param text the line
 * @param inHistory the line stands under a history heading: a date alone is an entry there
 */
export function readHistoryEntry(text: string, inHistory = false): EntryLine | null {
  const entries = readHistoryLine(text, inHistory);
  const first = entries?.[0];
  return first ? { text, date: first.date } : null;
}

/** Whether a line heads a history (`制定・改定の履歴`, `改定履歴`, `沿革`). */
export function isHistoryHeading(text: string): boolean {
  return isHistoryHeadingText(text);
}

/** Whether a line is the end mark 「以上」. */
export function isEndMark(text: string): boolean {
  return isEndMarkText(text);
}

/** Whether a line is only a separator (`---`, `＿＿＿`, `――――`). */
export function isSeparator(text: string): boolean {
  return /^[-－―—─━_＿=＝*＊~〜・･.．\s]{3,}$/u.test(text) && !/[\p{L}\p{N}]/u.test(text);
}

const COMPANY = /^(?:株式会社|合同会社|有限会社|合資会社|合名会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|特定非営利活動法人)[^\s。、]{1,30}(?:[ 　].{0,30})?$|^[^\s。、]{1,30}(?:株式会社|合同会社|有限会社|合資会社|合名会社)(?:[ 　].{0,30})?$/u;
const SIGNATURE = [
  COMPANY,
  /^〒?[ 　]*[0-9０-９]{3}[-－ー‐][0-9０-９]{4}/u,
  /^(?:住所|所在地|本社)?[ 　:：]*(?:東京都|北海道|大阪府|京都府|\S{2,3}県)\S*?[市区町村郡]/u,
  /^(?:TEL|Tel|tel|電話(?:番号)?|FAX|Fax|fax|E-?mail|e-?mail|メール(?:アドレス)?|URL|お問い?合わせ(?:先|窓口)?|連絡先|受付時間|代表者?|代表取締役|事業者名?|運営者|運営会社|会社名|商号)(?:[ 　]*[:：]|[ 　])/u,
  /^代表取締役/u,
  /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u,
  /^https?:\/\/\S+$/u,
];

/** Whether a line is part of a signature block: a company name alone, an address, a contact. */
export function isSignatureLine(text: string): boolean {
  return !/。$/u.test(text) && text.length <= 80 && SIGNATURE.some((p) => p.test(text));
}
