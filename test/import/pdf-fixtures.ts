/**
 * PDFs made the way terms are published, printed by Chromium from HTML written here: a title, a
 * running header with the company name, page numbers in the footer (`3 / 5`), long 項 wrapped by the
 * layout over several pages, a page set in two columns with a heading across both, and a rotated
 * 「社外秘」 stamp. Also the bad files: a scan (an image and no text), a password-protected PDF.
 */
import { escapeHtml } from '../../src/diff/render/common.js';
import { printPdf } from '../../src/export/print.js';

/** A 条 of the fixture: caption, 項 (the first unnumbered), and 号 under a 項. */
export interface FixtureArticle {
  caption: string;
  paragraphs: Array<{ text: string; items?: string[] }>;
}

const FW = '０１２３４５６７８９';
const fw = (n: number) => [...String(n)].map((d) => FW[Number(d)]).join('');

const filler = (topic: string) =>
  `${topic}について、当社は、利用者の利便性及び配送の安全を確保するため、配送先の地域、荷物の大きさ及び重量、配送の時間帯その他の事情を考慮して、合理的な範囲で必要な措置を講じるものとし、利用者はこれに協力するものとします。`;

/** The terms the fixture prints: eight articles, the last four on the two-column page. */
export const HIKARI: { title: string; company: string; articles: FixtureArticle[] } = {
  title: 'ヒカリ配送サービス利用規約',
  company: '株式会社ヒカリ配送',
  articles: [
    { caption: '目的', paragraphs: [{ text: 'この規約は、株式会社ヒカリ配送（以下「当社」といいます。）が提供する配送サービス（以下「本サービス」といいます。）の利用条件を定めるものです。' }] },
    {
      caption: '定義',
      paragraphs: [
        {
          text: 'この規約において使用する用語の意義は、次の各号に定めるとおりとします。',
          items: ['「利用者」とは、本サービスを利用する法人及び個人をいいます。', '「荷物」とは、利用者が当社に配送を委託する物品をいい、その包装を含みます。', '「配送先」とは、利用者が指定する荷物の届け先をいいます。'],
        },
      ],
    },
    {
      caption: '配送の引受け',
      paragraphs: [
        { text: filler('荷物の引受け') },
        { text: '当社は、次の各号のいずれかに該当する荷物の配送を引き受けないことがあります。', items: ['法令により運送が禁止されている物品', '危険物、生き物その他当社が別に定める物品', filler('包装が不十分な荷物の取扱い')] },
        { text: filler('配送の引受けを拒んだ場合の通知') },
      ],
    },
    { caption: '配送料金', paragraphs: [{ text: filler('配送料金の算定') }, { text: '利用者は、配送料金を当社の定める方法により支払うものとします。' }] },
    { caption: '配送の遅延', paragraphs: [{ text: filler('天候その他やむを得ない事由による配送の遅延') }, { text: '前項の場合、当社は、遅延について責任を負いません。' }] },
    { caption: '荷物の滅失等', paragraphs: [{ text: filler('荷物の滅失、き損又は遅延が生じた場合の損害の賠償') }] },
    { caption: '禁止事項', paragraphs: [{ text: '利用者は、次の各号の行為をしてはなりません。', items: ['虚偽の内容を申告する行為', filler('他の利用者又は第三者の権利を侵害する行為の防止')] }] },
    { caption: '規約の変更', paragraphs: [{ text: filler('この規約の変更') }, { text: '変更後の規約は、当社のウェブサイトに掲示した時から効力を生じるものとします。' }] },
  ],
};

function articleHtml(a: FixtureArticle, n: number): string {
  const paragraphs = a.paragraphs
    .map((p, i) => {
      const label = i === 0 ? '' : `${fw(i + 1)}．`;
      const items = (p.items ?? []).map((t, j) => `<p class="item">（${fw(j + 1)}）${escapeHtml(t)}</p>`).join('');
      return `<p class="${i === 0 ? 'first' : 'para'}">${label}${escapeHtml(p.text)}</p>${items}`;
    })
    .join('');
  return `<section><h3>第${fw(n)}条（${escapeHtml(a.caption)}）</h3>${paragraphs}</section>`;
}

const STYLE = `@page { size: A4; margin: 22mm 18mm 20mm; }
body { font-family: "IPAMincho", serif; font-size: 10.5pt; line-height: 1.7; text-align: justify; margin: 0; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 12pt; }
h2 { font-size: 12pt; margin: 10pt 0 6pt; column-span: all; }
h3 { font-size: 10.5pt; margin: 8pt 0 2pt; break-after: avoid; }
p { margin: 0; }
.first { text-indent: 1em; }
.para { padding-left: 1em; text-indent: -1em; }
.item { padding-left: 3em; text-indent: -3em; }
.two { column-count: 2; column-gap: 10mm; break-before: page; }
.stamp { position: absolute; top: 120mm; left: 60mm; font-size: 40pt; color: #ccc; transform: rotate(-30deg); }`;

/**
 * The fixture's HTML: the first four articles in one column, the rest on a page of two columns under
 * a chapter heading that spans both.
 */
export function hikariHtml(): string {
  const one = HIKARI.articles.slice(0, 4).map((a, i) => articleHtml(a, i + 1)).join('\n');
  const two = HIKARI.articles.slice(4).map((a, i) => articleHtml(a, i + 5)).join('\n');
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
<div class="stamp">社外秘</div>
<h1>${escapeHtml(HIKARI.title)}</h1>
<h2>第１章 総則</h2>
${one}
<div class="two"><h2>第２章 配送</h2>
${two}</div>
</body></html>`;
}

const running = (html: string, align: string) => `<div style="box-sizing:border-box;width:100%;padding:0 18mm;font-size:8pt;font-family:IPAMincho;text-align:${align}">${html}</div>`;

/** The fixture printed: header 「株式会社ヒカリ配送　利用規約」, footer 「n / N」. */
export function hikariPdf(): Promise<Uint8Array> {
  return printPdf(hikariHtml(), {
    header: running(`${escapeHtml(HIKARI.company)}　配送サービス利用規約`, 'right'),
    footer: running('<span class="pageNumber"></span> / <span class="totalPages"></span>', 'center'),
  });
}

/** A scan: the terms as an image only (a PNG of a canvas), no text layer. */
export function scannedPdf(): Promise<Uint8Array> {
  const html = `<!DOCTYPE html><html><body style="margin:0"><canvas id="c" width="600" height="200"></canvas>
<img id="i" style="width:160mm">
<script>const c = document.getElementById('c'); const g = c.getContext('2d'); g.font = '24px serif'; g.fillText('第1条（目的）この規約は…', 10, 50);
document.getElementById('i').src = c.toDataURL(); c.remove();</script></body></html>`;
  return printPdf(html);
}

/**
 * A PDF protected by a password (standard security handler, RC4 40-bit): the user password is not
 * empty, so no reader opens it without one. Written by hand: the key check fails for the empty password.
 */
export function encryptedPdf(): Uint8Array {
  const hex32 = (byte: string) => byte.repeat(32);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex32('5a')}> /U <${hex32('a5')}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
