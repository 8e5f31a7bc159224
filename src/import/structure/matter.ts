/**
 * Matter around the terms that is not terms text: the 制定・改定履歴 (`【2023年1月25日制定】`,
 * `2017年4月1日 施行`), the end mark 「以上」, separator lines, and a signature block (company, address,
 * contact). Each reader looks at one line; the structure pass decides where such lines may stand.
 */
import { parseNumber } from '../../numbers/index.js';

const D = '[0-9０-９]';
const EVENT = '(?:最終)?(?:制定|改定|改訂|改正|施行|発効|効力発生|更新|変更|策定|実施|公表|公開|作成)';
const ERA: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };
const DATE = `(?:${D}{4}|(?:令和|平成|昭和)(?:${D}{1,2}|元))${'[ 　]*'}[年/／.．\\-－]${'[ 　]*'}${D}{1,2}${'[ 　]*'}[月/／.．\\-－]${'[ 　]*'}${D}{1,2}${'[ 　]*'}日?`;
const DATE_RE = new RegExp(DATE, 'u');
const OPEN = '[【［\\[〔（(＜<]';
const CLOSE = '[】］\\]〕）)＞>]';

/** Reads the first date of a text as YYYY-MM-DD (`2023年1月25日`, `令和5年1月25日`, `2023/1/25`), or null. */
export function readDate(text: string): string | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const parts = /^(令和|平成|昭和)?([0-9０-９]+|元)[^0-9０-９]+([0-9０-９]+)[^0-9０-９]+([0-9０-９]+)/u.exec(m[0].replace(/[ 　]/gu, ''));
  if (!parts) return null;
  const [, era, y = '', mo = '', d = ''] = parts;
  const yearNumber = y === '元' ? 1 : parseNumber(y);
  const month = parseNumber(mo);
  const day = parseNumber(d);
  if (yearNumber === null || month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const year = era ? (ERA[era] ?? 0) + yearNumber : yearNumber;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ENTRY_FORMS = [
  // 【2023年1月25日制定】, （2024年4月1日改定）
  new RegExp(`^${OPEN}[ 　]*(${DATE}[ 　]*(?:付け?)?[ 　]*${EVENT}.*?)[ 　]*${CLOSE}$`, 'u'),
  // 【制定：2023年1月25日】
  new RegExp(`^${OPEN}[ 　]*(${EVENT}日?[ 　]*[:：]?[ 　]*${DATE}.*?)[ 　]*${CLOSE}$`, 'u'),
  // 2017年4月1日 施行, 2022年10月1日：改定（第5条）
  new RegExp(`^(${DATE}[ 　]*(?:付け?)?[ 　:：]*${EVENT}[^。]{0,40})$`, 'u'),
  // 制定日：2023年1月25日, 最終改定 2024年4月1日
  new RegExp(`^(${EVENT}日?[ 　]*[:：]?[ 　]*${DATE}[^。]{0,40})$`, 'u'),
];

/** A history entry as read from a line: the entry's text (brackets left out) and its date. */
export interface EntryLine {
  text: string;
  date: string | null;
  /** The brackets around the entry that its text leaves out (`【】`), or ''. */
  dropped: string;
}

/**
 * Reads a line that is one entry of a 制定・改定履歴, or null: a date with what happened on it (制定,
 * 改定, 施行 …), bracketed or not, never a sentence (本規約は2024年4月1日から施行します。 is 附則 text).
 * @param text the line
 * @param inHistory the line stands under a history heading: a date alone is an entry there
 */
export function readHistoryEntry(text: string, inHistory = false): EntryLine | null {
  for (const form of ENTRY_FORMS) {
    const m = form.exec(text);
    if (m?.[1]) return { text: m[1], date: readDate(m[1]), dropped: text.replace(m[1], '').replace(/[ 　]/gu, '') };
  }
  if (inHistory && new RegExp(`^${DATE}`, 'u').test(text) && !/。$/u.test(text) && text.length <= 60) {
    return { text, date: readDate(text), dropped: '' };
  }
  return null;
}

/** Whether a line heads a history (`改定履歴`, `制定・改定履歴`, `【更新履歴】`). */
export function isHistoryHeading(text: string): boolean {
  return /^[【［[■◆●]?[ 　]*(?:(?:制定|改定|改訂|改正|更新|変更)[・･、]?)*(?:履歴|沿革)[ 　]*[】］\]]?$/u.test(text);
}

/** Whether a line is the end mark 「以上」. */
export function isEndMark(text: string): boolean {
  return /^以[ 　]*上[。.．]?$/u.test(text);
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
