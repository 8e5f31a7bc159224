/**
 * The version page shows what stands around the articles: the 前文 before them, the history and the
 * signature after them — built with the real site build from documents in other companies' styles.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/project/root.js';
import { buildSite, type BuiltSite } from './support.js';

const FIXTURES = join(PACKAGE_ROOT, 'test', 'compile', 'fixtures');

describe('the 前文 and the history on the version page', () => {
  let terms: string;
  let site: BuiltSite;
  beforeAll(async () => {
    terms = mkdtempSync(join(tmpdir(), 'terms-around-'));
    mkdirSync(join(terms, 'photoshare'));
    mkdirSync(join(terms, 'kakeibo'));
    copyFileSync(join(FIXTURES, 'title-preamble', 'input.md'), join(terms, 'photoshare', '2024-04-01.md'));
    copyFileSync(join(FIXTURES, 'trailing-history', 'input.md'), join(terms, 'kakeibo', '2023-01-25.md'));
    site = await buildSite({ termsDir: terms, today: '2025-01-01' });
  }, 120_000);
  afterAll(() => {
    site?.remove();
    rmSync(terms, { recursive: true, force: true });
  });

  const page = (doc: string, version: string): string => readFileSync(join(site.result.siteDir, doc, version, 'index.html'), 'utf8');

  it('should show the 前文 before the first article, and not as an article', () => {
    const html = page('photoshare', '2024-04-01');
    const preamble = html.indexOf('<section class="preamble" id="preamble" aria-label="前文">');
    expect(preamble).toBeGreaterThan(0);
    expect(html.indexOf('ご利用の前に、本規約をよくお読みください。')).toBeGreaterThan(preamble);
    expect(html.indexOf('id="art-1"')).toBeGreaterThan(html.indexOf('ご利用の前に'));
    expect(html).not.toContain('Terms of Service (English)');
    expect(html).toContain('<ol class="toc-list"><li><a href="#preamble">前文</a></li>');
  });

  it('should show the history with its dates and the signature after the last article', () => {
    const html = page('kakeibo', '2023-01-25');
    const history = html.indexOf('<section class="doc-history" id="history"');
    expect(history).toBeGreaterThan(html.indexOf('第一審の専属的合意管轄裁判所とする。'));
    expect(html).toContain('<li data-date="2017-04-01"><time datetime="2017-04-01">');
    expect(html).toContain('<p class="end-mark">以上</p>');
    expect(html).toContain('<li><a href="#history">制定・改定の履歴</a></li></ol>');
    expect(html).toMatch(/<address class="signature">合同会社かけいぼ<br>〒100-0001/u);
  });
});
