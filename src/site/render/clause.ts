/**
 * The body of a version: chapters, articles (条), paragraphs (項), items (号), sub-items and the 付則,
 * each with its id as anchor (`id="art-14-p2"`) and a permalink control, labels as written.
 */
import type { Article, Item, Paragraph, Reference, RuleSet, Subitem1 } from '../../ruleset/schema.js';
import { html, type Html } from '../html.js';
import { listClauses } from './clauses.js';
import { definitionsInScope } from './definition.js';
import { renderSentence, type SentenceContext } from './sentence.js';

/** Lookups over one rule set, built once per page. */
export interface BodyContext {
  ruleSet: RuleSet;
  names: Map<string, string>;
  sentences: Map<string, string>;
  references: Map<string, Reference[]>;
  /** The article id of every clause id (null in the 付則). */
  articleOf: Map<string, string | null>;
  /** The page of an article's history, by its stable key (absent: no link). */
  historyOf?: (key: string) => string;
}

/**
 * Builds the lookups a version's body needs.
 * @param ruleSet the version
 * @param historyOf the page of an article's history by its key, when the page links them
 */
export function bodyContext(ruleSet: RuleSet, historyOf?: (key: string) => string): BodyContext {
  const names = new Map<string, string>();
  const sentences = new Map<string, string>();
  const articleOf = new Map<string, string | null>();
  for (const a of ruleSet.articles) {
    names.set(a.id, `${a.title}${a.caption?.written ?? ''}`);
    articleOf.set(a.id, a.id);
  }
  for (const { clause, article, name } of listClauses(ruleSet)) {
    names.set(clause.id, name);
    sentences.set(clause.id, clause.sentence);
    articleOf.set(clause.id, article?.id ?? null);
  }
  const references = new Map<string, Reference[]>();
  for (const ref of ruleSet.references) references.set(ref.from, [...(references.get(ref.from) ?? []), ref]);
  return { ruleSet, names, sentences, references, articleOf, ...(historyOf ? { historyOf } : {}) };
}

function permalink(id: string, name: string): Html {
  return html`<a class="permalink" href="#${id}" aria-label="${name}へのリンク">#</a>`;
}

function sentenceLine(clause: Paragraph | Item | Subitem1, context: BodyContext, article: SentenceContext): Html {
  const name = context.names.get(clause.id) ?? clause.id;
  return html`<p class="sentence">${clause.label ? html`<span class="label">${clause.label}</span>` : ''}${renderSentence(clause.sentence, clause.id, article)}${permalink(clause.id, name)}</p>`;
}

function renderItems(items: readonly Item[], context: BodyContext, article: SentenceContext): Html | '' {
  if (items.length === 0) return '';
  return html`<ol class="items">${items.map(
    (item) =>
      html`<li class="item" id="${item.id}">${sentenceLine(item, context, article)}${
        item.subitems.length
          ? html`<ol class="subitems">${item.subitems.map((s) => html`<li class="subitem" id="${s.id}">${sentenceLine(s, context, article)}</li>`)}</ol>`
          : ''
      }</li>`,
  )}</ol>`;
}

function renderParagraphs(paragraphs: readonly Paragraph[], context: BodyContext, article: SentenceContext): Html {
  return html`${paragraphs.map(
    (p) => html`<div class="${p.label ? 'paragraph' : 'paragraph unnumbered'}" id="${p.id}">${sentenceLine(p, context, article)}${renderItems(p.items, context, article)}</div>`,
  )}`;
}

function articleState(context: BodyContext, articleId: string | null): SentenceContext {
  return {
    names: context.names,
    sentences: context.sentences,
    references: context.references,
    definitions: definitionsInScope(context.ruleSet.definitions, context.articleOf, articleId),
    seen: new Set(),
  };
}

/**
 * Renders one article.
 * @param article the article
 * @param context the version's lookups
 * @param level the heading level (3 inside a chapter, 2 without chapters)
 */
export function renderArticle(article: Article, context: BodyContext, level: 2 | 3): Html {
  const history = context.historyOf ? html`<a class="article-history" href="${context.historyOf(article.key)}" aria-label="${article.title}の改定履歴">履歴</a>` : '';
  const heading = html`<span class="article-title">${article.title}</span>${article.caption ? html`<span class="caption">${article.caption.written}</span>` : ''}${permalink(article.id, article.title)}${history}`;
  return html`<section class="article" id="${article.id}">${level === 2 ? html`<h2 class="article-heading">${heading}</h2>` : html`<h3 class="article-heading">${heading}</h3>`}${renderParagraphs(article.paragraphs, context, articleState(context, article.id))}</section>`;
}

/**
 * Renders the whole body of a version: articles grouped by chapter (articles before the first chapter
 * stand alone), then the 付則.
 * @param context the version's lookups
 */
export function renderBody(context: BodyContext): Html {
  const { ruleSet } = context;
  const chapters = new Map(ruleSet.chapters.map((c) => [c.id, c]));
  const groups: Array<{ chapter: string | null; articles: Article[] }> = [];
  for (const article of ruleSet.articles) {
    const last = groups.at(-1);
    if (last && last.chapter === article.chapter) last.articles.push(article);
    else groups.push({ chapter: article.chapter, articles: [article] });
  }
  const parts = groups.map(({ chapter: id, articles }) => {
    const chapter = id === null ? undefined : chapters.get(id);
    if (!chapter) return html`${articles.map((a) => renderArticle(a, context, 2))}`;
    return html`<section class="chapter" id="${chapter.id}"><h2 class="chapter-heading">${chapter.title}</h2>${articles.map((a) => renderArticle(a, context, 3))}</section>`;
  });
  const suppl = ruleSet.supplProvision;
  return html`${parts}${
    suppl
      ? html`<section class="suppl" id="${suppl.id}"><h2 class="chapter-heading">${suppl.label}${permalink(suppl.id, suppl.label)}</h2>${renderParagraphs(suppl.paragraphs, context, articleState(context, null))}</section>`
      : ''
  }`;
}
