/**
 * Handlers for the headings that give the document its structure: 章, 条 and 附則, whether written as
 * Markdown headings (any depth) or as paragraphs. Each settles the article being read before it opens
 * the next part.
 */
import { writeNumber } from '../../numbers/index.js';
import type { Location } from '../../ruleset/schema.js';
import { articleId, type ArticleHeading, type ChapterHeading } from '../headings.js';
import { finalizeArticle } from '../finalize.js';
import type { TreeState } from '../state.js';

/** Settles the article being read, if any, into the rule set's articles. */
export function finishArticle(state: TreeState): void {
  if (!state.article) return;
  state.articles.push(finalizeArticle(state.article, state.meta, state.sink, state.annotations));
  state.article = null;
}

/** Opens a 章: checks its number follows the previous one. */
export function openChapter(state: TreeState, chapter: ChapterHeading, loc: Location): void {
  finishArticle(state);
  state.zone = 'body';
  const expected = (state.chapters.at(-1)?.num.value ?? 0) + 1;
  if (chapter.num.value !== expected) {
    state.sink.error(
      'compile/chapter-sequence',
      `章番号が順番どおりではありません: 第${expected}章 のはずが ${chapter.title.split(/[ 　:：]/u)[0] ?? ''} / chapter out of sequence`,
      loc,
    );
  }
  state.chapters.push({ kind: 'Chapter', id: `ch-${chapter.num.value}`, num: chapter.num, title: chapter.title, articles: [], loc });
}

/** Opens the 附則 (付則, 附 則, 附則（…）): only one per document. */
export function openSuppl(state: TreeState, label: string, loc: Location): void {
  finishArticle(state);
  state.zone = 'body';
  if (state.suppl) state.sink.error('compile/suppl-duplicate', '付則が二つあります / a second 付則', loc);
  state.suppl = { label, paragraphs: [], orderedSeen: false, loc, annotations: [] };
}

/** Opens a 条: checks its number, caption and key, and files it under the current 章. */
export function openArticle(state: TreeState, heading: ArticleHeading, loc: Location): void {
  const { sink } = state;
  finishArticle(state);
  state.zone = 'body';
  if (state.suppl) sink.error('compile/after-suppl', '付則の後に条は置けません / an article after the 付則', loc);
  if (!heading.caption) {
    sink.error('compile/article-caption', `${heading.title} に見出し（…）がありません / article heading without a caption`, loc);
  } else if (heading.captionProblem === 'double') {
    sink.warning('compile/caption-brackets', `見出しの括弧が二重です: ${heading.caption.written} / caption in double brackets, read as （${heading.caption.text}）`, loc);
  } else if (heading.captionProblem === 'unbracketed') {
    sink.warning('compile/caption-brackets', `見出しは（…）で囲んでください: ${heading.caption.text} / caption without brackets`, loc);
  }
  const id = articleId(heading.num);
  const prev = state.lastArticleNum;
  const sameAsPrev = prev && prev.value === heading.num.value && (prev.branch ?? 0) === (heading.num.branch ?? 0);
  const inSequence = heading.num.branch
    ? prev !== null && prev.value === heading.num.value && (prev.branch ?? 1) + 1 === heading.num.branch
    : heading.num.value === (prev?.value ?? 0) + 1;
  const duplicate = sameAsPrev || state.articles.some((a) => a.id === id);
  if (duplicate) {
    sink.error('compile/article-duplicate', `${heading.title} が重複しています / duplicate article number`, loc, id);
  } else if (!inSequence) {
    const expected = `第${writeNumber((prev?.value ?? 0) + 1, 'mixed')}条`;
    sink.error('compile/article-sequence', `条番号が順番どおりではありません: ${expected} のはずが ${heading.title} / article out of sequence`, loc, id);
  }
  state.lastArticleNum = heading.num;
  const key = heading.key ?? id;
  if (heading.key !== null && !/^[A-Za-z0-9][A-Za-z0-9._/-]*$/u.test(heading.key)) {
    sink.error('compile/article-key', `キー {#${heading.key}} には英数字と - . _ / だけが使えます / invalid key`, loc, id);
  }
  const other = state.keys.get(key);
  if (other && !duplicate) sink.error('compile/key-duplicate', `キー ${key} は ${other} でも使われています / duplicate key`, loc, id);
  state.keys.set(key, id);
  const chapter = state.chapters.at(-1) ?? null;
  chapter?.articles.push(id);
  state.article = {
    id,
    num: heading.num,
    title: heading.title,
    caption: heading.caption,
    key,
    chapter: chapter?.id ?? null,
    paragraphs: [],
    orderedSeen: false,
    annotations: [],
    loc,
  };
}
