/**
 * date-consistent: every date in the text is a real date, and a date written with both 西暦 and 和暦
 * agrees (the 2018 付則's `2018 年（平成 28 年）4 月 20 日`: 2018 is 平成30). The era of a date comes from
 * the Japanese calendar (src/period's wareki helpers over Intl.DateTimeFormat), so 平成31年4月30日 and
 * 令和元年5月1日 are right and 平成31年5月1日 is not.
 */
import { formatWareki, isIsoDate, toWareki, warekiToGregorianYear, type Wareki } from '../../period/index.js';
import { exampleDocument } from '../example.js';
import type { Finding, LintRule } from '../types.js';
import { findDates } from '../text/dates.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The era of a date, or null before the Gregorian calendar reached Japan (1873). */
function eraOf(iso: string): Wareki | null {
  try {
    return toWareki(iso);
  } catch {
    return null;
  }
}

export const dateConsistent: LintRule = {
  id: 'date-consistent',
  severity: 'error',
  description: '日付が実在し、西暦と和暦が一致する / dates are real and their 西暦 and 和暦 agree',
  check(_ruleSet, context) {
    const findings: Finding[] = [];
    for (const clause of context.sentences) {
      for (const date of findDates(clause.sentence)) {
        const written = date.era === null ? null : formatWareki({ era: date.era as Wareki['era'], year: date.eraYear ?? 0 });
        const year = date.year ?? (date.era === null || date.eraYear === null ? null : warekiToGregorianYear(date.era, date.eraYear));
        let message: string | null = null;
        const iso = year === null ? '' : `${pad(year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
        if (year === null) {
          message = `${written ?? date.written}はありません / Unexpected ${written ?? date.written}, expected a year of that era`;
        } else if (!isIsoDate(iso)) {
          message = `実在しない日付です: ${date.written} / Unexpected ${date.written}, expected a real date`;
        } else if (written !== null) {
          const actual = eraOf(iso);
          if (actual && formatWareki(actual) !== written) {
            const expected = formatWareki(actual);
            message =
              date.year !== null
                ? `西暦と和暦が一致しません: ${year}年${date.month}月${date.day}日は${expected}です / Unexpected ${written}, expected ${expected}`
                : `${written}${date.month}月${date.day}日は${expected}${date.month}月${date.day}日です / Unexpected ${written}, expected ${expected}`;
          }
        }
        if (message) findings.push({ message, place: context.place(clause, date.offset, date.length), clause: clause.id });
      }
    }
    return findings;
  },
  examples: {
    ok: [
      exampleDocument(`
## 第１条（適用） {#a}

本サービスは、2019年（令和元年）5月1日から、平成31年４月30日までの申込みにも適用します。

# 付則

利用規約は、2018年（平成30年）4月20日から有効とします。
`),
    ],
    notOk: [
      {
        markdown: exampleDocument(`
## 第１条（適用） {#a}

本サービスは、平成31年5月1日から提供し、2026年2月30日まで受け付けます。

# 付則

利用規約は、2018 年（平成 28 年）4 月 20 日から有効とします。
`),
        findings: [
          { clause: 'art-1-p1', line: 14, column: 8, message: '平成31年5月1日は令和元年5月1日です / Unexpected 平成31年, expected 令和元年' },
          { clause: 'art-1-p1', line: 14, column: 23, message: '実在しない日付です: 2026年2月30日 / Unexpected 2026年2月30日, expected a real date' },
          { clause: 'suppl-p1', line: 18, column: 7, message: '西暦と和暦が一致しません: 2018年4月20日は平成30年です / Unexpected 平成28年, expected 平成30年' },
        ],
      },
    ],
  },
};
