/**
 * The published site in a real browser: the real terms built into a temporary folder, served on
 * 127.0.0.1, driven with Debian's chromium. Screenshots go to test-artifacts/site/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteServer } from '../../src/site/serve.js';
import { artifact, axeViolations, buildSite, launchChromium, openPage, serve, type BuiltSite } from './support.js';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let site: BuiltSite;
let server: SiteServer;
let browser: Browser;
let context: BrowserContext;
const problems: string[] = [];

/** Opens a page of the site, recording console errors and uncaught exceptions. */
function open(path: string, from: BrowserContext = context): Promise<Page> {
  return openPage(from, server.url + path, problems, path);
}

/** Whether an element's box is inside the viewport. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });
}

beforeAll(async () => {
  site = await buildSite();
  expect(site.result.ok).toBe(true);
  server = await serve(site.result.siteDir);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: DESKTOP, locale: 'ja-JP' });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.remove();
});

describe('the terms page', () => {
  it('should follow 第12条３’s cross-reference to 第15条第１項', async () => {
    const page = await open('knet-cloud/');
    const link = page.locator('#art-12-p3 a.ref', { hasText: '第15条' });
    expect(await link.getAttribute('href')).toBe('#art-15-p1');
    await link.click();
    await page.waitForURL(/#art-15-p1$/u);
    expect(await inViewport(page, '#art-15-p1')).toBe(true);
    expect(await page.locator('#art-15-p1').evaluate((el) => el.matches(':target'))).toBe(true);
    await page.close();
  });

  it('should give every 条, 項 and 号 an anchor and a permalink that copies its URL', async () => {
    const page = await open('knet-cloud/');
    for (const id of ['art-1', 'art-14', 'art-14-p2', 'art-15-p1-i8', 'suppl']) {
      expect(await page.locator(`[id="${id}"] .permalink[href="#${id}"]`).count(), id).toBeGreaterThan(0);
    }
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    await page.locator('#art-14-p2 > .sentence > .permalink').click();
    await page.waitForURL(/#art-14-p2$/u);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}knet-cloud/#art-14-p2`);
    await expect.poll(() => page.locator('.toast').textContent()).toBe('リンクをコピーしました');
    await page.close();
  });

  it('should show a defined term’s definition on hover and keyboard focus without JavaScript, and link to it', async () => {
    const noScript = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    const page = await open('knet-cloud/', noScript);
    const term = page.locator('#art-12-p3 a.term', { hasText: '利用契約等' });
    const tipId = await term.getAttribute('aria-describedby');
    const tip = page.locator(`[id="${tipId}"]`);
    expect(await tip.getAttribute('role')).toBe('tooltip');
    expect(await tip.isVisible()).toBe(false);
    await term.hover();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('利用契約及び利用規約');
    await page.mouse.move(0, 0);
    expect(await tip.isVisible()).toBe(false);
    await term.focus();
    expect(await tip.isVisible()).toBe(true);
    await page.screenshot({ path: artifact('terms-tooltip-desktop.png') });
    await term.press('Enter');
    await page.waitForURL(/#art-2-p1-i4$/u);
    await noScript.close();
  });

  it('should keep every tooltip inside the window and let Esc dismiss it when JavaScript runs', async () => {
    const page = await open('knet-cloud/');
    const outside = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const bad: string[] = [];
      document.querySelectorAll<HTMLAnchorElement>('a.term').forEach((term) => {
        term.focus();
        const tip = term.parentElement?.querySelector('.tip')?.getBoundingClientRect();
        if (!tip || tip.width === 0 || tip.left < 0 || tip.right > width) bad.push(term.getAttribute('aria-describedby') ?? '');
      });
      return bad;
    });
    expect(outside).toEqual([]);
    const term = page.locator('#art-12-p3 a.term', { hasText: '利用契約等' });
    const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    await term.focus();
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.close();
  });

  it('should list the upcoming version as 予定 and show the effective date in 西暦 and 和暦', async () => {
    const page = await open('knet-cloud/');
    expect(await page.locator('.doc-meta').textContent()).toContain('2018年（平成30年）4月20日');
    const upcoming = page.locator('.note-upcoming');
    expect(await upcoming.textContent()).toContain('2027年（令和9年）1月1日から改定後の規約が適用されます（予定）');
    await upcoming.locator('a', { hasText: '改定後の規約' }).click();
    await page.waitForURL(/\/knet-cloud\/2027-01-01\/$/u);
    expect(await page.locator('.status').textContent()).toBe('改定予定');
    await page.close();
  });

  it('should print the text only: numbering kept, navigation gone', async () => {
    const page = await open('knet-cloud/');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.toc', '.site-footer', '.permalink >> nth=0', '.doc-actions']) {
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('#art-14-p2 .label').isVisible()).toBe(true);
    expect(await page.locator('body').evaluate((b) => getComputedStyle(b).fontFamily)).toMatch(/Mincho|Serif/u);
    await page.pdf({ path: artifact('terms-print.pdf'), format: 'A4' });
    await page.close();
  });
});

describe('search', () => {
  async function searchFor(query: string): Promise<Page> {
    const page = await open('search/');
    await page.locator('#search-app[data-ready="true"]').waitFor();
    await page.locator('#q').fill(query);
    await page.locator('.search-result').first().waitFor();
    return page;
  }

  it('should rank 第14条 first for 「解約」, mark the match, and land on it', async () => {
    const page = await searchFor('解約');
    const first = page.locator('.search-result').first();
    expect(await first.locator('.result-title').textContent()).toContain('第14条');
    expect(await first.locator('mark').first().textContent()).toBe('解約');
    expect(new URL(page.url()).searchParams.get('q')).toBe('解約');
    await first.locator('.result-title').click();
    await page.waitForURL(/\/knet-cloud\/#art-14/u);
    await page.close();
  });

  it('should find 第28条 for 「反社会的勢力」 from a ?q= link and open its definition', async () => {
    const page = await open(`search/?q=${encodeURIComponent('反社会的勢力')}`);
    await page.locator('.search-result').first().waitFor();
    const first = page.locator('.search-result').first();
    expect(await first.locator('.result-title').textContent()).toContain('第28条');
    expect(await first.locator('.result-title').getAttribute('href')).toBe('/knet-cloud/#art-28-p1-i1');
    await page.close();
  });

  it('should find base forms: 「解約する」 matches 「解約することができる」', async () => {
    const page = await searchFor('解約する');
    expect(await page.locator('.search-result').first().locator('.result-title').textContent()).toContain('第14条');
    expect(await page.locator('.snippet').allTextContents()).toContainEqual(expect.stringContaining('解約することができる'));
    await page.close();
  });

  it('should say so when nothing matches', async () => {
    const page = await open('search/');
    await page.locator('#search-app[data-ready="true"]').waitFor();
    await page.locator('#q').fill('スマートフォン');
    await expect.poll(() => page.locator('.search-status').textContent()).toContain('見つかりませんでした');
    expect(await page.locator('.search-result').count()).toBe(0);
    await page.close();
  });

  it('should submit the header search box from any page', async () => {
    const page = await open('knet-cloud/history/');
    await page.locator('#site-q').fill('解約');
    await page.locator('#site-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=/u);
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('.search-result .result-title').first().textContent()).toContain('第14条');
    await page.close();
  });
});

describe('the diff and history pages', () => {
  it('should highlight the corrected clauses with their reasons', async () => {
    const page = await open('knet-cloud/diff/2018-04-20...2027-01-01/');
    const clause = page.locator('.terms-diff-clause[data-id="art-18-p2-i1"]');
    expect(await clause.locator('del').textContent()).toContain('36');
    expect(await clause.locator('ins').textContent()).toContain('35');
    const background = await clause.locator('ins').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    expect(await clause.textContent()).toContain('参照先の条番号の誤りを訂正');
    const reasons = page.locator('#reasons a[href$="#art-18-p2-i1"]');
    expect(await reasons.count()).toBe(1);
    expect(await page.locator('#shinkyu .bosen').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('should hide the editorial changes on request', async () => {
    const page = await open('knet-cloud/diff/2018-04-20...2027-01-01/');
    const editorial = page.locator('.terms-diff-clause[data-classification="editorial"]').first();
    const substantive = page.locator('.terms-diff-clause[data-classification="substantive"]').first();
    expect(await editorial.isVisible()).toBe(true);
    await page.locator('#show-editorial').uncheck();
    expect(await editorial.isVisible()).toBe(false);
    expect(await substantive.isVisible()).toBe(true);
    await page.close();
  });

  it('should compare any two versions from the history page, in either order', async () => {
    const page = await open('knet-cloud/history/');
    await page.locator('select[name="from"]').selectOption('2027-01-01');
    await page.locator('select[name="to"]').selectOption('2018-04-20');
    await page.locator('.compare-form button').click();
    await page.waitForURL(/\/knet-cloud\/diff\/2018-04-20\.\.\.2027-01-01\/$/u);
    await page.close();
  });

  it('should compare without JavaScript through the list of comparisons', async () => {
    const noScript = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    const page = await open('knet-cloud/history/', noScript);
    await page.locator('.compare-form button').click();
    await page.waitForURL(/\/knet-cloud\/diff\/\?from=2018-04-20&to=2027-01-01$/u);
    await page.locator('.comparisons a').first().click();
    await page.waitForURL(/\/knet-cloud\/diff\/2018-04-20\.\.\.2027-01-01\/$/u);
    await noScript.close();
  });
});

describe('every page kind', () => {
  const pages = [
    '',
    'knet-cloud/',
    'knet-cloud/2027-01-01/',
    'knet-cloud/history/',
    'knet-cloud/diff/',
    'knet-cloud/diff/2018-04-20...2027-01-01/',
    'notices/',
    'notices/knet-cloud/2027-01-01/',
    `search/?q=${encodeURIComponent('解約')}`,
  ];

  it('should have no accessibility violations (axe-core)', async () => {
    const found: string[] = [];
    for (const path of pages) {
      const page = await open(path);
      if (path.startsWith('search/')) await page.locator('.search-result').first().waitFor();
      found.push(...(await axeViolations(page)).map((v) => `${path || '/'}: ${v}`));
      await page.close();
    }
    const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await open('knet-cloud/', phone);
    found.push(...(await axeViolations(page)).map((v) => `phone knet-cloud/: ${v}`));
    await phone.close();
    expect(found).toEqual([]);
  }, 120_000);

  it('should fit a phone screen without sideways scrolling, and save screenshots', async () => {
    const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
    for (const [name, path] of [
      ['terms', 'knet-cloud/'],
      ['diff', 'knet-cloud/diff/2018-04-20...2027-01-01/'],
      ['search', `search/?q=${encodeURIComponent('解約')}`],
    ] as const) {
      for (const [device, from] of [
        ['desktop', context],
        ['phone', phone],
      ] as const) {
        const page = await open(path, from);
        if (name === 'search') await page.locator('.search-result').first().waitFor();
        if (device === 'phone') expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} on a phone`).toBeLessThanOrEqual(PHONE.width);
        await page.screenshot({ path: artifact(`${name}-${device}.png`) });
        await page.close();
      }
    }
    await phone.close();
  }, 60_000);

  it('should have logged no console errors or warnings on any page', () => {
    expect(problems).toEqual([]);
  });
});
