/**
 * Word files made the way legal teams make them, generated with the docx library: a title by style,
 * articles numbered by Word's automatic numbering (第%1条) with captions as headings, 項 and 号 numbered
 * automatically or typed by hand, an article heading that is only bold text, a header with the company
 * name, a footer with page numbers, a comment and tracked changes.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  Footer,
  Header,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';

const indent = (left: number, hanging: number) => ({ indent: { left, hanging } });

/** Numbering definitions: articles (第%1条), 項 (%1． from ２), 号 （%1） with イ below. */
const NUMBERING = {
  config: [
    {
      reference: 'articles',
      levels: [{ level: 0, format: LevelFormat.DECIMAL_FULL_WIDTH, text: '第%1条', alignment: AlignmentType.LEFT, suffix: LevelSuffix.SPACE }],
    },
    {
      reference: 'paragraphs',
      levels: [{ level: 0, format: LevelFormat.DECIMAL_FULL_WIDTH, text: '%1．', start: 2, alignment: AlignmentType.LEFT, style: { paragraph: indent(240, 240) } }],
    },
    {
      reference: 'items',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL_FULL_WIDTH, text: '（%1）', alignment: AlignmentType.LEFT, style: { paragraph: indent(720, 480) } },
        { level: 1, format: LevelFormat.IROHA_FULL_WIDTH, text: '%2', alignment: AlignmentType.LEFT, style: { paragraph: indent(960, 240) } },
      ],
    },
  ],
};

let instance = 0;
const article = (caption: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, numbering: { reference: 'articles', level: 0 }, children: [new TextRun(caption)] });
const body = (...children: Array<TextRun | InsertedTextRun | DeletedTextRun | CommentRangeStart | CommentRangeEnd>) => new Paragraph({ children });
const text = (t: string) => body(new TextRun(t));
const numbered = (reference: string, level: number, inst: number, t: string) =>
  new Paragraph({ numbering: { reference, level, instance: inst }, children: [new TextRun(t)] });

/** The expected reading of {@link autoNumberedDocx}: article headings and the 項/号 texts in order. */
export const AUTO_EXPECTED = {
  title: 'フォトシェア利用規約',
  company: '株式会社フォトシェア',
  articles: ['第１条（目的）', '第２条（定義）', '第３条（利用料金）', '第４条（禁止事項）', '第５条（規約の変更）'],
};

/**
 * A Word file with automatic numbering, a header, a footer with page numbers, a comment and tracked changes.
 */
export async function autoNumberedDocx(): Promise<Buffer> {
  instance = 0;
  const p2 = () => ++instance;
  const defs = p2();
  const fees = p2();
  const feeItems = p2();
  const doc = new Document({
    creator: 'legal',
    title: 'フォトシェア利用規約',
    numbering: NUMBERING,
    comments: {
      children: [{ id: 0, author: '法務部 佐藤', date: new Date('2024-01-15T10:00:00Z'), children: [new Paragraph('「写真等」の定義は第２条と揃えること。')] }],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('株式会社フォトシェア　社外秘')] })] }) },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES, ' -'] })] })] }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun('フォトシェア利用規約')] }),
          article('（目的）'),
          body(
            new TextRun('この規約は、株式会社フォトシェア（以下「当社」といいます。）が提供する'),
            new CommentRangeStart(0),
            new TextRun('写真共有サービス'),
            new CommentRangeEnd(0),
            new TextRun({ children: [new CommentReference(0)] }),
            new TextRun('の利用条件を定めるものです。'),
          ),
          article('（定義）'),
          text('この規約において使用する用語の意義は、次の各号に定めるとおりとします。'),
          numbered('items', 0, defs, '「利用者」とは、本サービスを利用する全ての方をいいます。'),
          numbered('items', 0, defs, '「写真等」とは、利用者が投稿する次に掲げるものをいいます。'),
          numbered('items', 1, defs, '写真'),
          numbered('items', 1, defs, '動画'),
          numbered('items', 0, defs, '「アカウント」とは、利用者を識別するための情報をいいます。'),
          article('（利用料金）'),
          body(
            new TextRun('利用者は、当社が別に定める利用料金を、'),
            new DeletedTextRun({ id: 1, author: '法務部 佐藤', date: '2024-01-15T10:00:00Z', text: '毎月末日' }),
            new InsertedTextRun({ id: 2, author: '法務部 佐藤', date: '2024-01-15T10:00:00Z', text: '翌月10日' }),
            new TextRun('までに支払うものとします。'),
          ),
          numbered('paragraphs', 0, fees, '利用料金の支払方法は、次のとおりとします。'),
          numbered('items', 0, feeItems, 'クレジットカード払い'),
          numbered('items', 0, feeItems, '口座振替'),
          numbered('paragraphs', 0, fees, '支払済みの利用料金は、返還しません。'),
          // 項・号 numbered by hand.
          article('（禁止事項）'),
          text('利用者は、次の各号に該当する行為をしてはなりません。'),
          text('（１）法令に違反する行為'),
          text('（２）他の利用者の権利を侵害する行為'),
          text('２．当社は、前項に違反した利用者のアカウントを停止することができます。'),
          // An article heading that is only bold text, its number typed.
          new Paragraph({ children: [new TextRun({ text: '第５条（規約の変更）', bold: true })] }),
          text('当社は、利用者に通知することにより、この規約を変更することができます。'),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('附　則')] }),
          text('この規約は、2024年4月1日から施行します。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
