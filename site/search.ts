/**
 * The search page: loads the prebuilt index (no dictionary), answers as the reader types, and shows each
 * matching article with the matching text marked. Results are built with DOM APIs, never as HTML strings.
 * `window.termsSearch(query)` runs a query without rendering (used to measure query time in a browser).
 */
import { loadIndex, type LoadedIndex } from '../src/site/search/load.js';
import { search, type SearchResult } from '../src/site/search/query.js';
import type { SearchIndex } from '../src/site/search/types.js';

declare global {
  interface Window {
    termsSearch?: (query: string) => SearchResult[];
  }
}

const SNIPPET_BEFORE = 30;
const SNIPPET_LENGTH = 110;

const app = document.querySelector<HTMLElement>('#search-app');
const form = app?.querySelector<HTMLFormElement>('form');
const input = app?.querySelector<HTMLInputElement>('input[name="q"]');
const status = app?.querySelector<HTMLElement>('.search-status');
const list = app?.querySelector<HTMLOListElement>('.search-results');

/** Appends `text` to `parent`, wrapping the given ranges in <mark>. */
function appendMarked(parent: HTMLElement, text: string, ranges: ReadonlyArray<readonly [number, number]>, from = 0, to = text.length): void {
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    parent.append(text.slice(at, s));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(s, e);
    parent.append(mark);
    at = e;
  }
  parent.append(text.slice(at, to));
}

function renderResult(result: SearchResult, showDocument: boolean): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.href = result.url;
  link.className = 'result-title';
  link.append(`${result.article.title} `);
  appendMarked(link, result.article.caption, result.captionRanges);
  const heading = document.createElement('h2');
  heading.append(link);
  item.append(heading);
  if (showDocument) {
    const doc = document.createElement('p');
    doc.className = 'result-document';
    doc.textContent = result.document.title;
    item.append(doc);
  }
  for (const hit of result.hits.slice(0, 2)) {
    const p = document.createElement('p');
    p.className = 'snippet';
    const name = document.createElement('span');
    name.className = 'snippet-name';
    name.textContent = `${hit.clause.name} `;
    p.append(name);
    const first = hit.ranges[0]?.[0] ?? 0;
    const from = Math.max(0, first - SNIPPET_BEFORE);
    const to = Math.min(hit.clause.text.length, from + SNIPPET_LENGTH);
    if (from > 0) p.append('…');
    appendMarked(p, hit.clause.text, hit.ranges, from, to);
    if (to < hit.clause.text.length) p.append('…');
    item.append(p);
  }
  return item;
}

function show(index: LoadedIndex, query: string): void {
  if (!status || !list) return;
  const results = search(index, query);
  list.replaceChildren(...results.map((r) => renderResult(r, index.raw.documents.length > 1)));
  status.textContent = query.trim() === '' ? '' : results.length ? `「${query.trim()}」の検索結果：${results.length} 件` : `「${query.trim()}」に一致する条項は見つかりませんでした`;
}

async function start(): Promise<void> {
  if (!app || !form || !input || !status) return;
  const query = new URLSearchParams(window.location.search).get('q') ?? '';
  input.value = query;
  status.textContent = '索引を読み込んでいます…';
  let index: LoadedIndex;
  try {
    const response = await fetch(app.dataset.index ?? '');
    if (!response.ok) throw new Error(String(response.status));
    index = loadIndex((await response.json()) as SearchIndex);
  } catch {
    status.textContent = '検索の索引を読み込めませんでした。時間をおいて再度お試しください。';
    return;
  }
  window.termsSearch = (q) => search(index, q);
  let timer = 0;
  const update = () => {
    const url = new URL(window.location.href);
    if (input.value) url.searchParams.set('q', input.value);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    show(index, input.value);
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  show(index, query);
  app.dataset.ready = 'true';
}

void start();
