/**
 * The notice context and its rendered forms, from the real diff of the real versions (2018-04-20 →
 * 2027-01-01).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderComparisonTableHtml } from '../../src/diff/index.js';
import * as notice from '../../src/notice/index.js';
import { buildNoticeContext, renderAtomEntry, renderEmail, renderWebNotice, type NoticeContext } from '../../src/notice/index.js';
import { basePathOf, sitePaths } from '../../src/paths/index.js';
import { BASE_URL, copyTemplates, realContext, realVersions, type RealVersions, RECIPIENT } from './support.js';

let real: RealVersions;
let context: NoticeContext;
beforeAll(async () => {
  real = await realVersions();
  context = await realContext();
});

describe('src/notice/index.ts', () => {
  it('should export the API the site and the CLI use', () => {
    for (const name of [
      'buildNoticeContext',
      'renderWebNotice',
      'renderAtomEntry',
      'renderEmail',
      'earliestEffectiveDate',
      'checkStatutoryElements',
      'versionUrl',
      'diffUrl',
      'noticeUrl',
      'feedUrl',
      'deliverNotices',
      'createStatutoryChecker',
      'createChunkedMessageBuilder',
    ] as const) {
      expect(typeof notice[name], name).toBe('function');
    }
  });
});

describe('notice URLs', () => {
  it('should be the site’s page paths made absolute, with or without a base path', () => {
    for (const base of ['https://terms.knet.example', 'https://www.knet.example/terms/']) {
      const paths = sitePaths(basePathOf(base));
      const abs = (path: string) => new URL(path, base).href;
      expect(notice.versionUrl(base, 'knet-cloud', '2027-01-01')).toBe(abs(paths.version('knet-cloud', '2027-01-01')));
      expect(notice.diffUrl(base, 'knet-cloud', '2018-04-20', '2027-01-01')).toBe(abs(paths.diff('knet-cloud', '2018-04-20', '2027-01-01')));
      expect(notice.noticeUrl(base, 'knet-cloud', '2027-01-01')).toBe(abs(paths.notice('knet-cloud', '2027-01-01')));
      expect(notice.feedUrl(base)).toBe(abs(paths.feed));
    }
    expect(notice.diffUrl('https://terms.knet.example', 'knet-cloud', '2018-04-20', '2027-01-01')).toBe(
      'https://terms.knet.example/knet-cloud/diff/2018-04-20...2027-01-01/',
    );
  });
});

describe('buildNoticeContext', () => {
  it('should hold the dates in Japanese, the rule it is given under, and the links', () => {
    expect(context).toMatchObject({
      document: { id: 'knet-cloud', title: 'Knetクラウドサービス利用規約', company: 'Knet 株式会社' },
      previous: { version: '2018-04-20', effectiveJa: '2018年（平成30年）4月20日' },
      next: { version: '2027-01-01' },
      noticeDate: '2026-11-30',
      noticeDateJa: '2026年（令和8年）11月30日',
      effectiveDate: '2027-01-01',
      effectiveDateJa: '2027年（令和9年）1月1日',
      notice: {
        clause: '第４条第２項',
        period: '1ヶ月',
        earliestEffectiveDate: '2027-01-01',
        earliestEffectiveDateJa: '2027年（令和9年）1月1日',
        urgent: false,
        urgentReason: null,
      },
      urls: {
        version: `${BASE_URL}knet-cloud/2027-01-01/`,
        previousVersion: `${BASE_URL}knet-cloud/2018-04-20/`,
        diff: `${BASE_URL}knet-cloud/diff/2018-04-20...2027-01-01/`,
        notice: `${BASE_URL}notices/knet-cloud/2027-01-01/`,
        feed: `${BASE_URL}feed.xml`,
      },
      atom: { id: `${BASE_URL}notices/knet-cloud/2027-01-01/`, published: '2026-11-30T00:00:00+09:00' },
    });
  });

  it('should summarise the diff by article, substantive or editorial, with every correction’s reason', () => {
    const changed = real.diff.summary.articles.filter((a) => a.status !== 'unchanged');
    expect(context.changes.articles.map((a) => a.label)).toEqual(changed.map((a) => a.label));
    expect(context.changes.counts).toEqual({
      articles: changed.length,
      substantive: changed.filter((a) => a.classification === 'substantive').length,
      editorial: changed.filter((a) => a.classification === 'editorial').length,
    });
    const art18 = context.changes.articles.find((a) => a.label === '第18条');
    expect(art18).toMatchObject({ heading: '第18条（本サービスの種類と内容）', statusJa: '変更' });
    expect(art18?.clauses).toEqual([
      expect.objectContaining({ label: '第18条第２項第１号', reasons: ['参照先の条番号の誤りを訂正（免責は第35条）'] }),
    ]);
    for (const article of context.changes.articles) {
      expect(article.classificationJa).toBe(article.classification === 'editorial' ? '表記の修正のみ' : '内容の変更');
    }
    expect(context.corrections).toHaveLength(real.next.meta.changes.length);
    expect(context.corrections[0]).toEqual({ clause: 'art-4-p1', label: '第４条第１項', reason: real.next.meta.changes[0]?.reason });
    const reasons = context.changes.articles.flatMap((a) => a.clauses.flatMap((c) => c.reasons));
    for (const { reason } of real.next.meta.changes) expect(reasons).toContain(reason);
  });

  it('should carry the diff’s 新旧対照表', () => {
    expect(context.comparisonTableHtml).toBe(renderComparisonTableHtml(real.diff));
  });

  it('should mark an urgent change and its reason only when urgency is what allows the date', () => {
    const urgent = buildNoticeContext({ ...real, noticeDate: '2026-12-20', baseUrl: BASE_URL, urgent: true, reason: '重大な脆弱性への対応' });
    expect(urgent.notice).toMatchObject({ urgent: true, urgentReason: '重大な脆弱性への対応', earliestEffectiveDate: '2027-01-21' });
    expect(renderEmail(urgent, RECIPIENT).text).toContain('（緊急の理由：重大な脆弱性への対応）');
    expect(renderEmail(context, RECIPIENT).text).not.toContain('緊急');
  });
});

describe('rendered notices', () => {
  it('should render a one-line subject with the effective date in 西暦 and 和暦', () => {
    const { subject } = renderEmail(context, RECIPIENT);
    expect(subject).toBe('【重要】Knetクラウドサービス利用規約の変更のお知らせ（2027年（令和9年）1月1日から適用）');
  });

  it('should list each changed article and clause with its reason in the text email', () => {
    const { text } = renderEmail(context, RECIPIENT);
    expect(text).toContain('・第４条（利用規約の変更）　変更（内容の変更）');
    expect(context.changes.counts.editorial).toBeGreaterThan(0);
    for (const article of context.changes.articles) {
      expect(text).toContain(`・${article.heading}　${article.statusJa}（${article.classificationJa}）`);
      for (const clause of article.clauses) {
        for (const reason of clause.reasons) expect(text).toContain(`    ${clause.label}：${reason}\n`);
      }
    }
    expect(text).not.toMatch(/\n\n\n/u);
  });

  it('should escape recipient data in HTML and leave it as written in text', () => {
    const tricky = { ...RECIPIENT, name: '<b>株式会社A&B</b>' };
    const email = renderEmail(context, tricky);
    expect(email.text).toContain('<b>株式会社A&B</b> 様');
    expect(email.html).toContain('&lt;b&gt;株式会社A&amp;B&lt;/b&gt; 様');
  });

  it('should put the 新旧対照表 inline in the web notice and link the diff page from the email', () => {
    const web = renderWebNotice(context);
    expect(web).toContain(context.comparisonTableHtml.trim());
    expect(web).toContain(`<time datetime="2027-01-01">2027年（令和9年）1月1日</time>`);
    const { html } = renderEmail(context, RECIPIENT);
    expect(html).not.toContain('<table class="shinkyu"');
    expect(html).toContain(`<a href="${context.urls.diff}">`);
  });

  it('should render one Atom entry with its id, timestamps and links, escaped for XML', () => {
    const entry = renderAtomEntry(context);
    expect(entry).toMatch(/^<entry>\n[\s\S]*<\/entry>\n$/u);
    expect(entry.match(/<entry>/gu)).toHaveLength(1);
    expect(entry).toContain(`<id>${context.urls.notice}</id>`);
    expect(entry).toContain('<updated>2026-11-30T00:00:00+09:00</updated>');
    expect(entry).toContain(`<link rel="alternate" type="text/html" href="${context.urls.notice}"/>`);
    expect(entry).toContain(`href="${context.urls.version}"`);
    expect(entry.replace(/&(amp|lt|gt|quot|#x27|#x3D|#x60);/gu, '')).not.toContain('&');
  });
});

describe('createEmailRenderer', () => {
  // Fields with what escaping, trimming and blank-line folding act on, the stand-ins' own marks, and empties.
  const field = fc.oneof(
    fc.constantFrom('', '山田 太郎', 'A & B <x@y> "q" \'s\'', '\n\n\n', '  padded  ', '\uE0000&\uE001', '{{recipient.name}}'),
    fc.string({ unit: fc.constantFrom('a', '&', '<', '"', '\n', ' ', '様', '\uE001', '\t') }),
  );
  const recipient = fc.record({ name: field, email: field, contract: field });

  it('should give every recipient the email renderEmail gives, character for character', () => {
    const templates = notice.loadNoticeTemplates();
    expect(templates.recipientSlots).toBe(true);
    for (const draft of [false, true]) {
      const c = { ...context, draft, mailDate: draft ? '2026-11-30T00:00:00+09:00' : null };
      const render = notice.createEmailRenderer(c, templates);
      fc.assert(
        fc.property(recipient, (r) => {
          expect(render(r)).toEqual(renderEmail(c, r, templates));
        }),
        { numRuns: 150 },
      );
    }
  });

  it('should render in full for each recipient templates that use a field other than by printing or testing it', () => {
    const dir = copyTemplates();
    const path = join(dir, 'email-subject.hbs');
    writeFileSync(path, `{{lookup recipient "name"}}${readFileSync(path, 'utf8')}`);
    const templates = notice.loadNoticeTemplates(dir, dir);
    expect(templates.recipientSlots).toBe(false);
    const render = notice.createEmailRenderer(context, templates);
    expect(render(RECIPIENT).subject).toMatch(/^山田 太郎【重要】/u);
    expect(render({ ...RECIPIENT, name: 'ab' })).toEqual(renderEmail(context, { ...RECIPIENT, name: 'ab' }, templates));
  });
});
