/**
 * The page shell every page shares: head (title, description, canonical URL, feed, built assets), the
 * site header with navigation and a search box, `<main>`, and the footer. The header and footer name the
 * company of the context they are given: a document's own pages get their document's company (see
 * site-files.ts), so several companies' documents share one site, each under its own name.
 */
import { html, type Html } from '../html.js';
import type { SiteDocument } from '../model.js';
import type { SitePaths } from '../../paths/index.js';

/** The built client assets, as URL paths (from Vite). */
export interface SiteAssets {
  css: string[];
  js: string[];
}

/** What every page needs to know about the site. */
export interface SiteContext {
  /** The absolute base URL, ending in `/` (`https://terms.knet.example/`); null when the site's URL is not configured (then nothing absolute is written). */
  baseUrl: string | null;
  paths: SitePaths;
  /** Knet 株式会社 利用規約 */
  siteName: string;
  /** The company (or brand) the page is published by; the companies of every document on pages of the whole site. */
  company: string;
  documents: SiteDocument[];
  assets: SiteAssets;
}

/** One page. */
export interface PageOptions {
  /** The page's own title (the site name is appended). */
  title: string;
  description?: string;
  /** The canonical path of the page, when it differs from where it is written. */
  canonical?: string;
  body: Html;
  /** Breadcrumb links above the content, as [label, path] (the page itself not included). */
  breadcrumbs?: ReadonlyArray<readonly [string, string]>;
  /** Feeds of this page's document, announced in the head beside the site's. */
  feeds?: ReadonlyArray<{ title: string; href: string; type: 'application/atom+xml' | 'application/feed+json' }>;
}

/**
 * The absolute URL of a site path.
 * @param site the site
 * @param path a path from `site.paths`
 * @returns the URL, or null when the site's URL is not configured
 */
export function absoluteUrl(site: SiteContext, path: string): string | null {
  return site.baseUrl === null ? null : new URL(path, site.baseUrl).href;
}

/**
 * Renders a whole HTML document.
 * @param site the site
 * @param page the page
 * @returns the document, `<!doctype html>` first
 */
export function renderPage(site: SiteContext, page: PageOptions): string {
  const { paths } = site;
  const crumbs = page.breadcrumbs ?? [];
  const canonical = page.canonical ? absoluteUrl(site, page.canonical) : null;
  // Without the site's URL there is no feed or sitemap (they need absolute URLs): no links to them either.
  const published = site.baseUrl !== null;
  return `<!doctype html>\n${html`<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${page.title === site.siteName ? page.title : `${page.title} | ${site.siteName}`}</title>
${page.description ? html`<meta name="description" content="${page.description}">\n` : ''}${canonical ? html`<link rel="canonical" href="${canonical}">\n` : ''}${
    published
      ? html`<link rel="alternate" type="application/atom+xml" title="${site.siteName} 更新情報" href="${paths.feed}">
<link rel="alternate" type="application/feed+json" title="${site.siteName} 改定情報（JSON Feed）" href="${paths.jsonFeed}">
${(page.feeds ?? []).map((f) => html`<link rel="alternate" type="${f.type}" title="${f.title}" href="${f.href}">\n`)}`
      : ''
  }
${site.assets.css.map((href) => html`<link rel="stylesheet" href="${href}">`)}
${site.assets.js.map((src) => html`<script type="module" src="${src}"></script>`)}
</head>
<body>
<a class="skip-link" href="#main">本文へ移動</a>
<header class="site-header"><div class="wrap">
<a class="site-name" href="${paths.home}">${site.siteName}</a>
<nav class="site-nav" aria-label="サイト"><ul>${site.documents.map((d) => html`<li><a href="${paths.document(d.id)}">${d.title}</a></li>`)}<li><a href="${paths.notices}">お知らせ</a></li><li><a href="${paths.search}">検索</a></li></ul></nav>
<form class="site-search" role="search" aria-label="サイト内検索" action="${paths.search}" method="get"><label class="vh" for="site-q">規約を検索</label><input id="site-q" name="q" type="search" placeholder="規約を検索" autocomplete="off"><button type="submit">検索</button></form>
</div></header>
${crumbs.length ? html`<nav class="breadcrumbs wrap" aria-label="パンくずリスト"><ol>${crumbs.map(([label, path]) => html`<li><a href="${path}">${label}</a></li>`)}<li aria-current="page">${page.title}</li></ol></nav>` : ''}
<main id="main" class="wrap">
${page.body}
</main>
<footer class="site-footer"><div class="wrap"><p>© ${site.company}</p><ul>${published ? html`<li><a href="${paths.feed}">更新情報（Atom フィード）</a></li>` : ''}<li><a href="${paths.notices}">お知らせ</a></li>${published ? html`<li><a href="${paths.sitemap}">サイトマップ（XML）</a></li>` : ''}</ul></div></footer>
</body>
</html>
`}`;
}
