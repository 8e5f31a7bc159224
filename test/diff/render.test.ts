import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  diffRuleSets,
  renderComparisonTableHtml,
  renderComparisonTableMarkdown,
  renderDiffHtml,
  renderDiffMarkdown,
  renderDiffText,
  renderRedlineHtml,
  type TermsDiff,
} from '../../src/diff/index.js';
import { FIXTURES, compileText, fixture } from './support.js';

const diffs: Record<string, TermsDiff> = {};
beforeAll(async () => {
  const base = fixture('base.md');
  for (const name of ['parameter', 'inserted-article', 'deleted-item', 'moved-paragraph', 'whitespace', 'base']) {
    diffs[name] = await diffRuleSets(base, fixture(`${name}.md`));
  }
  // Text that means something in HTML and Markdown (escaped in the source, so that it is the clause's
  // text), compiled for real.
  const hostile = readFileSync(join(FIXTURES, 'base.md'), 'utf8').replace(
    '本規約は、当社が提供する本サービスの利用条件を定めます。',
    String.raw`本規約は、\<script\>alert("x")\</script\> & \*当社\* | \[リンク\](http://example.com) の条件を定めます。`,
  );
  diffs['hostile'] = await diffRuleSets(base, compileText(hostile, 'hostile.md'));
});

const diff = (name: string): TermsDiff => diffs[name] as TermsDiff;
/** Rows of a Markdown table after its header and separator. */
const tableRows = (markdown: string): string[] => markdown.split('\n').filter((l) => l.startsWith('| ')).slice(2);

describe('renderDiffMarkdown', () => {
  it('should summarize, list the changed articles and redline each changed clause with <del>/<ins>', () => {
    const md = renderDiffMarkdown(diff('parameter'));
    expect(md).toContain('## テストサービス利用規約の変更');
    expect(md).toContain('| 第３条（契約者からの解約） | 変更 | 実質的な変更 |');
    expect(md).toContain('- **第３条第１項**　変更（実質的な変更：文言、ルール）');
    expect(md).toContain('解約希望日の<del>２ヶ月</del><ins>３ヶ月</ins>前までに');
    expect(md).toContain('| art\\-3\\-p1 | cancellation | /notice/duration | `"P2M"` | `"P3M"` |');
  });

  it('should warn about stale cross-references first', async () => {
    const stale = await diffRuleSets(fixture('base.md'), fixture('stale-reference.md'));
    const md = renderDiffMarkdown(stale);
    expect(md).toContain('> [!WARNING]');
    expect(md.indexOf('[!WARNING]')).toBeLessThan(md.indexOf('| 条 |'));
  });

  it('should say so when nothing changed', () => {
    expect(renderDiffMarkdown(diff('base'))).toContain('変更はありません。');
  });

  it('should escape text that Markdown or HTML would interpret', () => {
    const md = renderDiffMarkdown(diff('hostile'));
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('\\*当社\\*');
    expect(md).toContain('\\[リンク\\]\\(http://example\\.com\\)');
  });
});

describe('renderDiffHtml', () => {
  it('should mark deletions and insertions with classes and data attributes', () => {
    const html = renderDiffHtml(diff('parameter'));
    expect(html).toMatch(/^<section class="terms-diff" data-document="fixture" data-from="2020-01-01" data-to="2021-01-01">/u);
    expect(html).toContain('<del class="terms-del">２ヶ月</del><ins class="terms-ins">３ヶ月</ins>');
    expect(html).toContain('data-status="modified" data-classification="substantive" data-id="art-3-p1"');
    expect(html).toContain('<td>/notice/duration</td><td>&quot;P2M&quot;</td><td>&quot;P3M&quot;</td>');
  });

  it('should give whitespace-only changes a class of their own', () => {
    expect(renderDiffHtml(diff('whitespace'))).toContain('<ins class="terms-ins terms-ws">　</ins>');
    expect(renderRedlineHtml([{ op: 'delete', text: ' ' }])).toBe('<del class="terms-del terms-ws"> </del>');
  });

  it('should escape everything taken from the terms', () => {
    const html = renderDiffHtml(diff('hostile'));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; *当社*');
  });
});

describe('renderDiffText', () => {
  it("should redline in wdiff's notation", () => {
    expect(renderDiffText(diff('parameter'))).toContain('解約希望日の[-２ヶ月-]{+３ヶ月+}前までに');
  });
});

describe('the 新旧対照表', () => {
  it('should put 改正後 on the left and 改正前 on the right, with 傍線 on both sides', () => {
    const html = renderComparisonTableHtml(diff('parameter'));
    expect(html).toContain('<thead><tr><th scope="col">改正後</th><th scope="col">改正前</th></tr></thead>');
    const row = html.split('\n').find((l) => l.includes('第３条')) ?? '';
    const [after, before] = row.split('</td><td>');
    expect(after).toContain('<span class="bosen">３ヶ月</span>');
    expect(before).toContain('<span class="bosen">２ヶ月</span>');
    expect(after).toContain('２　（略）');
  });

  it('should fold unchanged articles into one （略） row between changed ones', () => {
    const rows = tableRows(renderComparisonTableMarkdown(diff('parameter')));
    expect(rows).toEqual([
      '| （略） | （略） |',
      expect.stringMatching(/^\| 第３条（契約者からの解約）<br>契約者は、解約希望日の<ins>３ヶ月<\/ins>前まで/u),
      '| （略） | （略） |',
    ]);
    expect(tableRows(renderComparisonTableMarkdown(diff('base')))).toEqual(['| （略） | （略） |']);
  });

  it('should stand a new article against （新設） and show renumbered articles with their number underlined', () => {
    const rows = tableRows(renderComparisonTableMarkdown(diff('inserted-article')));
    expect(rows[1]).toBe('| <ins>第４条（利用の停止）</ins><br><ins>当社は、契約者が利用料金の支払を怠った場合、本サービスの提供を停止することができるものとします。</ins> | （新設） |');
    expect(rows[2]).toBe('| 第<ins>５</ins>条（当社からの解約）<br>（略） | 第<ins>４</ins>条（当社からの解約）<br>（略） |');
  });

  it('should stand a deleted item against （削除） and fold the unchanged ones around it', () => {
    const rows = tableRows(renderComparisonTableMarkdown(diff('deleted-item')));
    expect(rows[1]).toBe(
      '| 第４条（当社からの解約）<br>当社は、契約者が次の各号のいずれかに該当する場合、直ちに利用契約を解約することができるものとします。<br>　（１）　（略）<br>　（削除）<br>　（<ins>２</ins>）差押えの申立があった場合<br>　（<ins>３</ins>）その他当社が不適当と判断した場合 | ' +
        '第４条（当社からの解約）<br>当社は、契約者が次の各号のいずれかに該当する場合、直ちに利用契約を解約することができるものとします。<br>　（１）　（略）<br>　<ins>（２）虚偽の申告をした場合</ins><br>　（<ins>３</ins>）差押えの申立があった場合<br>　（<ins>４</ins>）その他当社が不適当と判断した場合 |',
    );
  });

  it('should show a paragraph moved to another article where it left and where it arrived', () => {
    const rows = tableRows(renderComparisonTableMarkdown(diff('moved-paragraph')));
    const moved = '２．契約者は、解約の時点で未払いの利用料金がある場合には、解約希望日までにこれを支払うものとします。';
    expect(rows[1]).toBe(`| 第３条（契約者からの解約）<br>（略）<br>（第４条第２項へ移動） | 第３条（契約者からの解約）<br>（略）<br><ins>${moved}</ins> |`);
    expect(rows[2]).toBe(`| 第４条（当社からの解約）<br>（略）<br><ins>${moved}</ins> | 第４条（当社からの解約）<br>（略）<br>（第３条第２項から移動） |`);
  });

  it('should be a print-ready document when standalone, and a bare table otherwise', () => {
    const page = renderComparisonTableHtml(diff('parameter'), { standalone: true });
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="ja">/u);
    expect(page).toContain('<title>テストサービス利用規約 新旧対照表</title>');
    expect(page).toContain('@page { size: A4 landscape;');
    expect(page).toMatch(/\.bosen \{ text-decoration: underline;/u);
    expect(page).toContain('（傍線部分は改正部分）');
    const fragment = renderComparisonTableHtml(diff('parameter'));
    expect(fragment.startsWith('<table class="shinkyu"')).toBe(true);
    expect(fragment).not.toContain('<style>');
  });

  it('should escape the terms in both renderings', () => {
    expect(renderComparisonTableHtml(diff('hostile'))).not.toContain('<script>');
    const md = renderComparisonTableMarkdown(diff('hostile'));
    expect(md).not.toContain('<script>');
    expect(md).toContain(' \\| ');
  });
});
