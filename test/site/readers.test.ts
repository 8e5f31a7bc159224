/**
 * The site as its readers use it, in Debian's chromium: search that finds what people type, the version
 * in force on a date, one article's history across a renumbering, the feeds, and the printable 新旧対照表
 * on a phone, and comparing versions the site does not pre-render. The real terms are built once; a
 * four-version fixture (test/site/fixtures/renumbered, where 第３条（解約） becomes 第４条 in 2025-04-01) is
 * built beside them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/project/root.js';
import { prepareTerms } from '../../src/check/terms.js';
import { diffRuleSets, renderDiffHtml } from '../../src/diff/index.js';
import type { RuleSet } from '../../src/ruleset/schema.js';
import { compileProject } from '../../src/project/compile-all.js';
import { versionInForce } from '../../src/ruleset/in-force.js';
import type { SiteServer } from '../../src/site/serve.js';
import fc from 'fast-check';
import { artifact, axeViolations, buildSite, launchChromium, openPage, serve, TERMS_DIR, type BuiltSite } from './support.js';

const PHONE = { width: 390, height: 844 };
const FIXTURE = join(PACKAGE_ROOT, 'test', 'site', 'fixtures', 'renumbered');

let knet: { site: BuiltSite; server: SiteServer };
let sample: { site: BuiltSite; server: SiteServer };
let browser: Browser;
let context: BrowserContext;
const problems: string[] = [];

function open(server: SiteServer, path: string, from: BrowserContext = context): Promise<Page> {
  return openPage(from, server.url + path, problems, path);
}

beforeAll(async () => {
  const built = await buildSite();
  expect(built.result.ok).toBe(true);
  knet = { site: built, server: await serve(built.result.siteDir) };
  const other = await buildSite({ termsDir: FIXTURE, today: '2026-06-01', baseUrl: 'https://terms.example.jp/' });
  expect(other.result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  sample = { site: other, server: await serve(other.result.siteDir) };
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await knet?.server.close();
  await sample?.server.close();
  knet?.site.remove();
  sample?.site.remove();
});

describe('search finds what people type', () => {
  async function firstResult(query: string): Promise<{ title: string; href: string }> {
    const page = await open(knet.server, `search/?q=${encodeURIComponent(query)}`);
    const first = page.locator('.search-result').first().locator('.result-title');
    await first.waitFor();
    const result = { title: (await first.textContent()) ?? '', href: (await first.getAttribute('href')) ?? '' };
    await page.close();
    return result;
  }

  it('should open the article a reader names, in any width and in 漢数字', async () => {
    for (const query of ['第14条', '第十四条', '14条', '１４条']) {
      const { title, href } = await firstResult(query);
      expect(title, query).toContain('第14条');
      expect(href, query).toBe('/knet-cloud/#art-14');
    }
  }, 60_000);

  it('should find readings, synonyms and the clause carrying the rule', async () => {
    expect((await firstResult('かいやく')).title).toContain('第14条');
    expect((await firstResult('SLA')).title).toContain('サービスレベル');
    expect((await firstResult('減額')).href).toBe('/knet-cloud/#art-34-p1');
  }, 60_000);
});

describe('the version in force on a date', () => {
  async function answer(date: string): Promise<{ text: string; href: string | null }> {
    const page = await open(knet.server, `knet-cloud/in-force/?date=${date}`);
    await page.locator('#in-force-app[data-ready="true"]').waitFor();
    const text = (await page.locator('.in-force-answer').textContent()) ?? '';
    const link = page.locator('.in-force-answer a');
    const href = (await link.count()) ? await link.getAttribute('href') : null;
    await page.close();
    return { text, href };
  }

  it('should answer dates on both sides of an effective date as terms check would', async () => {
    // The site is built on 2026-12-01 (support.ts TODAY): later dates are answered as planned.
    const before = await answer('2026-11-30');
    expect(before.text).toContain('2026年（令和8年）11月30日に効力のあった版は 2018-04-20 版');
    expect(before.href).toBe('/knet-cloud/2018-04-20/');
    expect((await answer('2026-12-31')).text).toContain('12月31日に適用される予定の版は 2018-04-20 版');
    const on = await answer('2027-01-01');
    expect(on.text).toContain('適用される予定の版は 2027-01-01 版');
    expect(on.href).toBe('/knet-cloud/2027-01-01/');
    expect((await answer('2018-04-19')).text).toContain('効力のあった版はありません');
    expect((await answer('2026-02-30')).text).toContain('読めません');
  }, 60_000);

  it('should be reached from the history page’s date field', async () => {
    const page = await open(knet.server, 'knet-cloud/history/');
    await page.locator('.in-force-form input[name="date"]').fill('2020-05-01');
    await page.locator('.in-force-form button').click();
    await page.waitForURL(/\/knet-cloud\/in-force\/\?date=2020-05-01$/u);
    await page.locator('#in-force-app[data-ready="true"]').waitFor();
    expect(await page.locator('tr.in-force-match th').textContent()).toBe('2018-04-20 版');
    await page.close();
  });

  it('should list each version’s days without JavaScript', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await open(knet.server, 'knet-cloud/in-force/', noScript);
    expect(await page.locator('.in-force-table tbody tr').first().textContent()).toContain('2026年（令和8年）12月31日まで');
    await noScript.close();
  });

  it('should follow the checker’s rule for any date (src/ruleset/in-force.ts against prepareTerms)', async () => {
    const { versions } = await compileProject(TERMS_DIR);
    const catalog = prepareTerms(versions.map((v) => v.ruleSet));
    const metas = catalog.versions.map((v) => ({ effective: v.effective }));
    fc.assert(
      fc.property(fc.date({ min: new Date('2017-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const date = d.toISOString().slice(0, 10);
        expect(versionInForce(metas, date)?.effective).toBe(catalog.at(date)?.effective);
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });
});

describe('one article’s history', () => {
  it('should follow 第３条（解約） into 第４条 across the renumbering, with the redline and the reason', async () => {
    const page = await open(sample.server, 'sample-storage/2026-04-01/');
    await page.locator('#art-4 .article-history').click();
    await page.waitForURL(/\/sample-storage\/clauses\/cancellation\/$/u);
    expect(await page.locator('h1').textContent()).toBe('第４条（解約）の改定履歴');
    const versions = page.locator('.history-version h2');
    expect(await versions.allTextContents()).toEqual([
      '2026-04-01 版　第４条（解約）',
      '2025-10-01 版　第４条（解約）',
      '2025-04-01 版　第４条（解約）',
      '2024-04-01 版　第３条（解約）',
    ]);
    expect(await page.locator('#v-2026-04-01 .history-change').textContent()).toContain('変更はありません');
    const change = page.locator('#v-2025-04-01 .history-change');
    expect(await change.locator('del').allTextContents()).toContain('１か月');
    expect(await change.locator('ins').allTextContents()).toContain('２か月');
    expect(await change.textContent()).toContain('解約の予告期間を２か月に延長');
    expect(await page.locator('#v-2024-04-01 .history-change').textContent()).toBe('制定');
    await page.screenshot({ path: artifact('clause-history.png'), fullPage: true });
    await page.close();
  });

  it('should say an article did not exist in a version', async () => {
    const page = await open(sample.server, 'sample-storage/clauses/retention/');
    expect(await page.locator('#v-2024-04-01').textContent()).toContain('この版にはこの条はありません');
    await page.close();
  });
});

describe('feeds', () => {
  it('should publish a document’s Atom and JSON feeds, each entry linking to its change page', () => {
    const dir = sample.site.result.siteDir;
    const atom = readFileSync(join(dir, 'sample-storage', 'feed.xml'), 'utf8');
    expect(atom).toContain('<link rel="alternate" type="text/html" href="https://terms.example.jp/sample-storage/diff/2024-04-01...2025-04-01/"/>');
    const json = JSON.parse(readFileSync(join(dir, 'sample-storage', 'feed.json'), 'utf8')) as { version: string; feed_url: string; items: Array<{ id: string; url: string; date_published: string }> };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.feed_url).toBe('https://terms.example.jp/sample-storage/feed.json');
    expect(json.items.map((i) => [i.url, i.date_published])).toEqual([
      ['https://terms.example.jp/sample-storage/diff/2025-10-01...2026-04-01/', '2026-02-01T00:00:00+09:00'],
      ['https://terms.example.jp/sample-storage/diff/2025-04-01...2025-10-01/', '2025-08-01T00:00:00+09:00'],
      ['https://terms.example.jp/sample-storage/diff/2024-04-01...2025-04-01/', '2025-02-01T00:00:00+09:00'],
      ['https://terms.example.jp/sample-storage/2024-04-01/', '2024-04-01T00:00:00+09:00'],
    ]);
    const site = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')) as { items: unknown[] };
    expect(site.items).toHaveLength(4);
  });

  it('should announce the document’s feeds on its pages', async () => {
    const page = await open(sample.server, 'sample-storage/');
    expect(await page.locator('link[rel="alternate"][type="application/feed+json"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')))).toEqual(['/feed.json', '/sample-storage/feed.json']);
    await page.close();
  });
});

describe('comparing any two versions', () => {
  it('should pre-render each revision and each version against the current one, not every pair', () => {
    const dir = join(sample.site.result.siteDir, 'sample-storage', 'diff');
    const built = readdirSync(dir).filter((f) => f.includes('...')).sort();
    expect(built).toEqual([
      '2024-04-01...2025-04-01',
      '2024-04-01...2026-04-01',
      '2025-04-01...2025-10-01',
      '2025-04-01...2026-04-01',
      '2025-10-01...2026-04-01',
    ]);
  });

  it('should compare a pair it does not pre-render in the page, as terms diff would', async () => {
    const page = await open(sample.server, 'sample-storage/history/');
    await page.locator('select[name="from"]').selectOption('2024-04-01');
    await page.locator('select[name="to"]').selectOption('2025-10-01');
    await page.locator('.compare-form button').click();
    await page.waitForURL(/\/sample-storage\/diff\/\?from=2024-04-01&to=2025-10-01$/u);
    await page.locator('#compare-app[data-ready="true"]').waitFor();
    const fixture = await compileProject(FIXTURE);
    const byVersion = (v: string) => fixture.versions.find((x) => x.ruleSet.meta.version === v)?.ruleSet as RuleSet;
    const expected = await diffRuleSets(byVersion('2024-04-01'), byVersion('2025-10-01'));
    const html = await page.locator('.compare-result .terms-diff').evaluate((el) => el.outerHTML);
    expect(html.replace(/\s+/gu, '')).toBe(renderDiffHtml(expected).replace(/\s+/gu, ''));
    expect(await page.locator('.compare-result ins').allTextContents()).toContain('翌月１０日');
    expect(await page.locator('.compare-result .shinkyu .bosen').count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifact('compare-in-page.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('should still go straight to a pre-rendered pair', async () => {
    const page = await open(sample.server, 'sample-storage/diff/?from=2025-10-01&to=2024-04-01');
    await page.waitForURL(/\/sample-storage\/diff\/\?from=2024-04-01&to=2025-10-01$/u);
    const direct = await open(sample.server, 'sample-storage/diff/?from=2026-04-01&to=2024-04-01');
    await direct.waitForURL(/\/sample-storage\/diff\/2024-04-01\.\.\.2026-04-01\/$/u);
    await page.close();
    await direct.close();
  });
});

describe('the printable 新旧対照表', () => {
  it('should fit a phone, link back to its diff page and log nothing', async () => {
    const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
    const page = await open(knet.server, 'knet-cloud/diff/2018-04-20...2027-01-01/shinkyu.html', phone);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await page.locator('body').evaluate((b) => getComputedStyle(b).marginLeft)).not.toBe('0px');
    await page.screenshot({ path: artifact('shinkyu-phone.png') });
    await page.locator('.shinkyu-back a').click();
    await page.waitForURL(/\/knet-cloud\/diff\/2018-04-20\.\.\.2027-01-01\/$/u);
    await page.emulateMedia({ media: 'print' });
    await phone.close();
  });
});

describe('small things', () => {
  it('should keep the article heading in view when landing on a paragraph', async () => {
    const page = await open(knet.server, 'knet-cloud/#art-14-p2');
    const heading = page.locator('#art-14 .article-heading');
    const box = await heading.boundingBox();
    expect(box && box.y >= 0 && box.y < 60).toBe(true);
    const target = await page.locator('#art-14-p2').boundingBox();
    expect(target && box && target.y >= box.y + box.height - 1).toBe(true);
    await page.close();
  });

  it('should show a permalink only on hover or focus', async () => {
    const page = await open(knet.server, 'knet-cloud/');
    const link = page.locator('#art-14-p2 > .sentence > .permalink');
    expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    await page.locator('#art-14-p2 > .sentence').hover();
    expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.close();
  });

  it('should not say 予定 twice on an upcoming version', async () => {
    const page = await open(knet.server, 'knet-cloud/2027-01-01/');
    expect(await page.locator('.note-upcoming').textContent()).toContain('2027年（令和9年）1月1日から適用される予定です。');
    expect(await page.locator('.note-upcoming').textContent()).not.toContain('（予定）');
    await page.close();
  });

  it('should have no accessibility violations on the new pages (axe-core)', async () => {
    const found: string[] = [];
    for (const [server, path] of [
      [knet.server, 'knet-cloud/in-force/?date=2020-01-01'],
      [knet.server, 'knet-cloud/clauses/cancellation-by-customer/'],
      [knet.server, 'knet-cloud/diff/2018-04-20...2027-01-01/shinkyu.html'],
      [sample.server, 'sample-storage/clauses/cancellation/'],
    ] as const) {
      const page = await open(server, path);
      const violations = await axeViolations(page);
      found.push(...violations.map((v) => `${path}: ${v}`));
      await page.close();
    }
    expect(found).toEqual([]);
  }, 120_000);

  it('should have logged no console errors or warnings on any page of the new kinds', async () => {
    for (const path of ['knet-cloud/in-force/', 'knet-cloud/clauses/cancellation-by-customer/', 'knet-cloud/history/']) (await open(knet.server, path)).close();
    expect(problems).toEqual([]);
  });
});
