/**
 * The statutes terms of service cite, with their e-Gov 法令検索 law ids (法令ID). A law is listed only
 * when its id was checked against a public source (`source`); a name not listed is reported by lint
 * (`statute-name`) and never linked. The id of an Act (法律) is its number: era (1 明治, 2 大正, 3 昭和,
 * 4 平成, 5 令和), two-digit year, `AC0000000`, three-digit number; test/compile/references-statutes
 * checks every entry's id against its `lawNum`.
 *
 * Adding a law: its title as in force, its number, the abbreviations people write, any former title with
 * the last day it was the title (`until`), and where the id was verified.
 */

/** A name a law goes by in running text. */
export interface LawName {
  name: string;
  /** `title` the law's title in force; `abbreviation` a short name; `former` a title it no longer has. */
  kind: 'title' | 'abbreviation' | 'former';
  /** For a former name: the last day (YYYY-MM-DD) it was the title. */
  until?: string;
}

/** One law. */
export interface Law {
  /** e-Gov 法令ID: https://laws.e-gov.go.jp/law/<lawId>. */
  lawId: string;
  /** The title in force. */
  title: string;
  /** 法令番号 as written: 明治29年法律第89号. */
  lawNum: string;
  names: readonly LawName[];
  /** Where the id (and, for a rename, its date) was verified. */
  source: string;
}

const CODE_INDEX = 'laws.e-gov.go.jp/law/<id> links in public repositories (search index, checked 2026-12-04)';

/** The table. Order does not matter; the finder reads the longest name first. */
export const LAWS: readonly Law[] = [
  {
    lawId: '129AC0000000089',
    title: '民法',
    lawNum: '明治29年法律第89号',
    names: [{ name: '民法', kind: 'title' }],
    source: CODE_INDEX,
  },
  {
    lawId: '132AC0000000048',
    title: '商法',
    lawNum: '明治32年法律第48号',
    names: [{ name: '商法', kind: 'title' }],
    source: CODE_INDEX,
  },
  {
    lawId: '363AC0000000108',
    title: '消費税法',
    lawNum: '昭和63年法律第108号',
    names: [{ name: '消費税法', kind: 'title' }],
    source: `${CODE_INDEX}; 昭和六十三年法律第百八号 in the e-Gov API responses quoted there`,
  },
  {
    lawId: '325AC0000000226',
    title: '地方税法',
    lawNum: '昭和25年法律第226号',
    names: [{ name: '地方税法', kind: 'title' }],
    source: CODE_INDEX,
  },
  {
    lawId: '351AC0000000057',
    title: '特定商取引に関する法律',
    lawNum: '昭和51年法律第57号',
    names: [
      { name: '特定商取引に関する法律', kind: 'title' },
      { name: '特定商取引法', kind: 'abbreviation' },
      { name: '特商法', kind: 'abbreviation' },
    ],
    source: `${CODE_INDEX}; law number and abbreviations: ja.wikipedia.org/wiki/特定商取引法`,
  },
  {
    lawId: '415AC0000000057',
    title: '個人情報の保護に関する法律',
    lawNum: '平成15年法律第57号',
    names: [
      { name: '個人情報の保護に関する法律', kind: 'title' },
      { name: '個人情報保護法', kind: 'abbreviation' },
    ],
    source: CODE_INDEX,
  },
  {
    lawId: '359AC0000000086',
    title: '電気通信事業法',
    lawNum: '昭和59年法律第86号',
    names: [{ name: '電気通信事業法', kind: 'title' }],
    source: `${CODE_INDEX}; 昭和五十九年法律第八十六号: iuris.jp 電気通信事業法`,
  },
  {
    lawId: '414AC0000000026',
    title: '特定電子メールの送信の適正化等に関する法律',
    lawNum: '平成14年法律第26号',
    names: [
      { name: '特定電子メールの送信の適正化等に関する法律', kind: 'title' },
      { name: '特定電子メール法', kind: 'abbreviation' },
    ],
    source: CODE_INDEX,
  },
  {
    lawId: '413AC0000000137',
    title: '特定電気通信による情報の流通によって発生する権利侵害等への対処に関する法律',
    lawNum: '平成13年法律第137号',
    names: [
      { name: '特定電気通信による情報の流通によって発生する権利侵害等への対処に関する法律', kind: 'title' },
      { name: '情報流通プラットフォーム対処法', kind: 'abbreviation' },
      { name: '特定電気通信役務提供者の損害賠償責任の制限及び発信者情報の開示に関する法律', kind: 'former', until: '2025-03-31' },
      { name: 'プロバイダ責任制限法', kind: 'former', until: '2025-03-31' },
    ],
    source: `${CODE_INDEX}; renamed by 令和6年法律第25号 in force 2025-04-01: 総務省 令和7年版情報通信白書 (soumu.go.jp/johotsusintokei/whitepaper/ja/r07/html/nd123210.html), yuhikaku.com/articles/-/27914`,
  },
  {
    lawId: '323AC0000000131',
    title: '刑事訴訟法',
    lawNum: '昭和23年法律第131号',
    names: [{ name: '刑事訴訟法', kind: 'title' }],
    source: CODE_INDEX,
  },
  {
    lawId: '412AC0000000061',
    title: '消費者契約法',
    lawNum: '平成12年法律第61号',
    names: [{ name: '消費者契約法', kind: 'title' }],
    source: `${CODE_INDEX}; 平成十二年法律第六十一号 beside the link there`,
  },
  {
    lawId: '411AC0000000128',
    title: '不正アクセス行為の禁止等に関する法律',
    lawNum: '平成11年法律第128号',
    names: [
      { name: '不正アクセス行為の禁止等に関する法律', kind: 'title' },
      { name: '不正アクセス禁止法', kind: 'abbreviation' },
    ],
    source: `${CODE_INDEX}; Act No. 128 of 1999 beside the link there`,
  },
];
