/**
 * One article through every version (`/<doc>/clauses/<key>/`), found by its stable key so that a
 * renumbering (第14条 → 第15条) does not break it: each version's text as it stood and the days it applied,
 * and between two versions the change with its redline and reasons. Linked from the article on every
 * version page.
 */
import { renderArticleChangesHtml } from '../../diff/index.js';
import { addDays } from '../../period/index.js';
import type { Article, Item, Paragraph } from '../../ruleset/schema.js';
import { html, raw, type Html } from '../html.js';
import type { Comparison, SiteDocument } from '../model.js';
import type { SitePaths } from '../paths.js';
import { renderDate } from '../render/date.js';
import { renderPage, type SiteContext } from './layout.js';

/**
 * The path segment of an article's key: keys may hold `/`, which would make folders; `~` cannot occur in
 * a key, so the mapping is one to one.
 * @param key a stable key
 */
export function keySlug(key: string): string {
  return key.replaceAll('/', '~');
}

/** The article's keys of a document, in the order they first appear (newest version's order first). */
export function articleKeys(doc: SiteDocument): string[] {
  const keys = new Set<string>();
  for (const v of [...doc.versions].reverse()) for (const a of v.ruleSet.articles) keys.add(a.key);
  return [...keys];
}

function sentence(clause: Paragraph | Item, children: Html | ''): Html {
  return html`<li><span class="label">${clause.label ?? ''}</span>${clause.sentence}${children}</li>`;
}

/** An article's text as it stood, without links: anchors of that version are on its own page. */
function articleText(article: Article): Html {
  return html`<ol class="history-text">${article.paragraphs.map((p) =>
    sentence(
      p,
      p.items.length
        ? html`<ol>${p.items.map((i) => sentence(i, i.subitems.length ? html`<ol>${i.subitems.map((s) => html`<li><span class="label">${s.label ?? ''}</span>${s.sentence}</li>`)}</ol>` : ''))}</ol>`
        : '',
    ),
  )}</ol>`;
}

function heading(article: Article): string {
  return `${article.title}${article.caption?.written ?? ''}`;
}

/**
 * Renders the history of one article.
 * @param site the site
 * @param doc the document
 * @param key the article's stable key
 * @param comparisons the document's comparisons (the consecutive ones are used)
 */
export function renderClauseHistoryPage(site: SiteContext, doc: SiteDocument, key: string, comparisons: readonly Comparison[]): string {
  const { paths } = site;
  const entries = doc.versions.map((v, i) => {
    const { meta } = v.ruleSet;
    const article = v.ruleSet.articles.find((a) => a.key === key) ?? null;
    const next = doc.versions[i + 1]?.ruleSet.meta.effective;
    const previous = doc.versions[i - 1]?.ruleSet;
    const comparison = previous ? comparisons.find((c) => c.from === previous && c.to === v.ruleSet) : undefined;
    const changes = comparison ? renderArticleChangesHtml(comparison.diff, key) : null;
    const change = !previous
      ? html`<p class="history-change">制定</p>`
      : changes === null
        ? html`<p class="history-change">前の版（${previous.meta.version}）から変更はありません。</p>`
        : html`<div class="history-change"><p>前の版（${previous.meta.version}）からの変更（<a href="${paths.diff(doc.id, previous.meta.version, meta.version)}">この改定の変更箇所すべて</a>）：</p><div class="diff-redline">${raw(changes)}</div></div>`;
    return html`<section class="history-version version-${v.status}" id="v-${meta.version}">
<h2><a href="${paths.version(doc.id, meta.version)}${article ? `#${article.id}` : ''}">${meta.version} 版</a>${article ? html`　${heading(article)}` : ''}</h2>
<p class="history-period">${renderDate(meta.effective)}から${next ? html`${renderDate(addDays(next, -1))}まで` : ''}適用</p>
${change}
${article ? articleText(article) : html`<p>この版にはこの条はありません。</p>`}
</section>`;
  });
  const latest = [...doc.versions].reverse().map((v) => v.ruleSet.articles.find((a) => a.key === key)).find((a) => a !== undefined);
  const title = `${latest ? heading(latest) : key}の改定履歴`;
  const body = html`<h1>${title}</h1>
<p>この条の全ての版を新しい順に示します。条の番号が変わっても、同じ条として追跡しています。</p>
${entries.reverse()}`;
  return renderPage(site, {
    title: `${title}（${doc.title}）`,
    description: `${doc.title}の${latest ? heading(latest) : key}の各版の文言と変更`,
    body,
    breadcrumbs: [
      [doc.title, paths.document(doc.id)],
      ['改定履歴', paths.history(doc.id)],
    ],
  });
}

/**
 * The path of an article's history page.
 * @param paths the site's paths
 * @param doc the document id
 * @param key the article's stable key
 */
export function clauseHistoryPath(paths: SitePaths, doc: string, key: string): string {
  return paths.clauseHistory(doc, keySlug(key));
}
