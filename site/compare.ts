/**
 * Compares two versions in the browser, for pairs the site does not pre-render: the versions' rule sets
 * and the words recorded at build time (the browser never loads the dictionary) go through the same
 * diff and renderers as `terms diff` and the pre-rendered pages (src/diff), so the result is the same.
 */
import { compareVersions } from '../src/diff/compare.js';
import { renderDiffHtml } from '../src/diff/render/html.js';
import { renderComparisonTableHtml } from '../src/diff/render/table-html.js';
import { recordedSegmenter, type RecordedWords } from '../src/diff/words.js';
import type { RuleSet } from '../src/ruleset/schema.js';

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Compares two versions and shows the redline and the 新旧対照表 in the page.
 * @param app the `#compare-app` element (its data attributes give the data URLs)
 * @param older the older version
 * @param newer the newer version
 */
export async function compareInPage(app: HTMLElement, older: string, newer: string): Promise<void> {
  const status = app.querySelector<HTMLElement>('.compare-status');
  const result = app.querySelector<HTMLElement>('.compare-result');
  if (!status || !result) return;
  app.hidden = false;
  status.textContent = `${older} 版と ${newer} 版を比較しています…`;
  result.replaceChildren();
  try {
    const url = (version: string) => (app.dataset.versionUrl ?? '').replace('{version}', version);
    const [from, to, words] = await Promise.all([json<RuleSet>(url(older)), json<RuleSet>(url(newer)), json<RecordedWords>(app.dataset.wordsUrl ?? '')]);
    const diff = compareVersions(from, to, recordedSegmenter(words));
    // The diff module's renderers escape everything they take from the terms, as on the pre-rendered pages.
    result.innerHTML = `<section class="diff-redline" id="redline">${renderDiffHtml(diff)}</section><section id="shinkyu"><h2>新旧対照表</h2><div class="table-scroll" role="region" aria-label="新旧対照表" tabindex="0">${renderComparisonTableHtml(diff)}</div></section>`;
    status.textContent = `${older} 版 → ${newer} 版の比較（このページで計算しました）`;
    app.dataset.ready = 'true';
  } catch {
    status.textContent = '比較に必要なデータを読み込めませんでした。時間をおいて再度お試しください。';
  }
}
