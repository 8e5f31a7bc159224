/**
 * Trailing matter, read by its text: history lines (`【2023年1月25日制定】`, `2017年4月1日 施行`,
 * `令和2年4月1日改定`, `最終改定日：2024年3月1日`), the end mark 以上, and signature lines (company,
 * address, contact). Pure functions over one line each.
 */
import { isIsoDate, warekiToGregorianYear } from '../period/index.js';
import { toHalfwidthDigits } from '../numbers/index.js';
import type { HistoryEvent } from '../ruleset/schema.js';

/** One history entry read from a line. */
export interface HistoryLine {
  date: string;
  event: HistoryEvent | null;
}

const EVENTS: readonly HistoryEvent[] = ['制定', '改定', '改正', '改訂', '施行', '公布', '変更', '廃止', '策定', '発効', '実施'];
const EVENT = `(?:一部|全部|全面|最終)?(${EVENTS.join('|')})`;
const DATE = '(?:西暦)?(?:(\\d{4})|(明治|大正|昭和|平成|令和)[ 　]*(元|\\d{1,2}))[ 　]*年[ 　]*(\\d{1,2})[ 　]*月[ 　]*(\\d{1,2})[ 　]*日';
/** `2017年4月1日 施行`, `2017年4月1日（施行）`, `2017年4月1日`. */
const DATE_FIRST = new RegExp(`^${DATE}[ 　]*(?:[:：][ 　]*)?(?:[（(]?${EVENT}(?:日)?[）)]?)?[ 　]*(?:[（(][^（）()]*[）)])?$`, 'u');
/** `制定日：2023年1月25日`, `最終改定 2024年3月1日`. */
const EVENT_FIRST = new RegExp(`^${EVENT}(?:日|年月日)?[ 　]*[:：]?[ 　]*${DATE}$`, 'u');
const BRACKETS = /^[【［\[〔(（]\s*(.*?)\s*[】］\]〕)）]$/u;

function isoOf(m: RegExpExecArray, at: number): string | null {
  const [gregorian, era, eraYear, month, day] = [m[at], m[at + 1], m[at + 2], m[at + 3], m[at + 4]];
  const year = gregorian
    ? Number(gregorian)
    : era && eraYear
      ? warekiToGregorianYear(era, eraYear === '元' ? '元' : Number(eraYear))
      : null;
  if (year === null) return null;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * Reads one history entry, or null when the text is not one. A line may hold several entries
 * separated by 、 or spaces (`2020年4月1日制定、2023年1月25日改定`).
 * @param text one line, as written
 * @param bare whether a date alone (no 制定/改定 word) counts: only under a history heading
 */
export function readHistoryLine(text: string, bare: boolean): HistoryLine[] | null {
  let t = toHalfwidthDigits(text.trim()).replace(/^[-・*][ 　]*/u, '');
  const bracketed = BRACKETS.exec(t);
  if (bracketed) t = bracketed[1] ?? '';
  if (t === '') return null;
  const parts = t.split(/[ 　]*[、，,／/][ 　]*|[ 　]{2,}/u).filter((p) => p !== '');
  const out: HistoryLine[] = [];
  for (const part of parts) {
    const first = DATE_FIRST.exec(part);
    if (first) {
      const date = isoOf(first, 1);
      const event = (first[6] as HistoryEvent | undefined) ?? null;
      if (!date || (event === null && !bare)) return null;
      out.push({ date, event });
      continue;
    }
    const second = EVENT_FIRST.exec(part);
    const date = second ? isoOf(second, 2) : null;
    if (!second || !date) return null;
    out.push({ date, event: (second[1] as HistoryEvent | undefined) ?? null });
  }
  return out.length ? out : null;
}

/** Whether a line is the end mark 以上. */
export function isEndMark(text: string): boolean {
  return /^[ 　]*以[ 　]*上[ 　]*$/u.test(text);
}

const SIGNATURE = /株式会社|有限会社|合同会社|合資会社|一般社団法人|一般財団法人|〒|都|道|府|県|市|区|TEL|Tel|電話|FAX|E-?mail|メール|@|お問い?合わ?せ|窓口|代表取締役|所在地|住所/u;

/** Whether a paragraph's lines read as a signature block: short lines naming a company, address or contact, no sentence. */
export function isSignature(lines: readonly string[]): boolean {
  const nonEmpty = lines.map((l) => l.trim()).filter((l) => l !== '');
  if (nonEmpty.length === 0 || nonEmpty.some((l) => l.length > 80 || /。/u.test(l))) return false;
  return /株式会社|有限会社|合同会社|合資会社|一般社団法人|一般財団法人|〒|代表取締役|所在地|住所|お問い?合わ?せ/u.test(nonEmpty.join('\n'))
    && nonEmpty.every((l) => SIGNATURE.test(l) || l.length <= 30);
}
