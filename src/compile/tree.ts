/**
 * mdast → clause tree. One pass over the document's top-level blocks, with a small handler per
 * construct (chapter heading, article heading, first paragraph, 項 list, 号 list, annotation, comment).
 * Numbers of 項 and 号 come from their position; labels written in the text are checked against it.
 */
import type { Code, Heading, Html, ListItem, Paragraph as MdParagraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { DiagnosticSink, Place } from '../diagnostics/index.js';
import { writeNumber } from '../numbers/index.js';
import type { Article, Chapter, Location, Meta, Num, Suppression, SupplProvision } from '../ruleset/schema.js';
import { parseAnnotationBlock, type ParsedAnnotation } from '../annotation/parse.js';
import { articleId, readArticleHeading, readChapterHeading, readSupplHeading } from './headings.js';
import { readItemLabel, readParagraphLabel, readSubitemLabel, type WrittenLabel } from './labels.js';
import { dropPrefix, locOf, readSentence, type SourceText } from './text.js';
import type { ArticleDraft, BoundAnnotation, Draft, Level, SupplDraft } from './draft.js';
import { finalizeArticle, finalizeSuppl } from './finalize.js';
import { readSuppression } from './suppressions.js';


export interface ClauseTree {
  chapters: Chapter[];
  articles: Article[];
  supplProvision: SupplProvision | null;
  annotations: BoundAnnotation[];
  suppressions: Suppression[];
}

function placeOf(loc: Location): Place {
  return loc;
}

/**
 * Builds the clause tree of a parsed terms document.
 * @param root the mdast tree (front matter already read)
 * @param source the Markdown text (for continuation-line columns and suppression lines)
 * @param meta front matter, for the numbering style of derived labels
 * @param sink where every structural problem is reported
 */
export function buildClauseTree(root: Root, source: string, meta: Pick<Meta, 'numbering'>, sink: DiagnosticSink): ClauseTree {
  const lines = source.split(/\r?\n/);
  const chapters: Chapter[] = [];
  const articles: Article[] = [];
  const annotations: BoundAnnotation[] = [];
  const suppressions: Suppression[] = [];
  const keys = new Map<string, string>();
  let article: ArticleDraft | null = null;
  let suppl: SupplDraft | null = null;
  let lastArticleNum: Num | null = null;

  const body = (): { paragraphs: Draft[]; orderedSeen: boolean; annotations: ParsedAnnotation[] } | null => article ?? suppl;

  const finishArticle = (): void => {
    if (!article) return;
    const built = finalizeArticle(article, meta, sink, annotations);
    articles.push(built);
    article = null;
  };

  const sentenceOf = (paragraph: MdParagraph, level: Level): { sentence: SourceText; label: WrittenLabel | null } => {
    const sentence = readSentence(paragraph, lines);
    const read = level === 'paragraph' ? readParagraphLabel : level === 'item' ? readItemLabel : readSubitemLabel;
    const label = read(sentence.text);
    return { sentence: label ? dropPrefix(sentence, label.written.length) : sentence, label };
  };

  const readComment = (node: Html): void => {
    const read = readSuppression(node, lines);
    if (read === 'html') {
      sink.warning('compile/html', 'HTML は本文として扱いません / HTML is not part of the terms text', placeOf(locOf(node)));
    } else if (read !== 'comment') {
      suppressions.push(read);
    }
  };

  /** Reads a list item's blocks: its sentence, its child list, its annotations. */
  const readListItem = (node: ListItem, level: Level, numbered: boolean): Draft | null => {
    const [first, ...rest] = node.children;
    if (!first || first.type !== 'paragraph') {
      sink.error('compile/empty-clause', '条項の本文がありません / a clause without text', placeOf(locOf(node)));
      return null;
    }
    const { sentence, label } = sentenceOf(first, level);
    const draft: Draft = { level, sentence, label, numbered, children: [], annotations: [], loc: locOf(node) };
    for (const child of rest) {
      if (child.type === 'list' && !child.ordered && level !== 'subitem') {
        for (const sub of child.children) {
          const d = readListItem(sub, level === 'paragraph' ? 'item' : 'subitem', true);
          if (d) draft.children.push(d);
        }
      } else if (child.type === 'code' && child.lang === 'rule') {
        draft.annotations.push(...parseAnnotationBlock(child, sink));
      } else if (child.type === 'html') {
        readComment(child);
      } else {
        unexpected(child);
      }
    }
    return draft;
  };

  const unexpected = (node: RootContent): void => {
    const what =
      node.type === 'list' ? (node.ordered ? '番号付きリスト / ordered list' : '箇条書き / bullet list') :
      node.type === 'code' ? `コードブロック / code block${node.lang ? ` (${node.lang})` : ''}` : node.type;
    sink.error('compile/unexpected', `ここに ${what} は置けません / unexpected ${node.type} here`, placeOf(locOf(node)));
  };

  const onHeading = (node: Heading): void => {
    const text = toString(node).trim();
    const loc = locOf(node);
    if (node.depth === 1) {
      finishArticle();
      const supplLabel = readSupplHeading(text);
      if (supplLabel) {
        if (suppl) sink.error('compile/suppl-duplicate', '付則が二つあります / a second 付則', placeOf(loc));
        suppl = { label: supplLabel, paragraphs: [], orderedSeen: false, loc, annotations: [] };
        return;
      }
      const chapter = readChapterHeading(text);
      if (!chapter) {
        sink.error('compile/chapter-heading', `章の見出しは「第１章 総則」の形で書いてください / expected a chapter heading like 第１章 総則, found "${text}"`, placeOf(loc));
        return;
      }
      const expected = (chapters.at(-1)?.num.value ?? 0) + 1;
      if (chapter.num.value !== expected) {
        sink.error('compile/chapter-sequence', `章番号が順番どおりではありません: 第${expected}章 のはずが ${chapter.title.split(/[ 　]/u)[0] ?? ''} / chapter out of sequence`, placeOf(loc));
      }
      chapters.push({ kind: 'Chapter', id: `ch-${chapter.num.value}`, num: chapter.num, title: chapter.title, articles: [], loc });
      return;
    }
    if (node.depth === 2) {
      finishArticle();
      if (suppl) {
        sink.error('compile/after-suppl', '付則の後に条は置けません / an article after the 付則', placeOf(loc));
      }
      const heading = readArticleHeading(text);
      if (!heading) {
        sink.error('compile/article-heading', `条の見出しは「第14条（見出し）」の形で書いてください / expected an article heading like 第14条（見出し）, found "${text}"`, placeOf(loc));
        return;
      }
      if (!heading.caption) {
        sink.error('compile/article-caption', `${heading.title} に見出し（…）がありません / article heading without a caption`, placeOf(loc));
      }
      const id = articleId(heading.num);
      const prev = lastArticleNum;
      const sameAsPrev = prev && prev.value === heading.num.value && (prev.branch ?? 0) === (heading.num.branch ?? 0);
      const inSequence = heading.num.branch
        ? prev !== null && prev.value === heading.num.value && (prev.branch ?? 1) + 1 === heading.num.branch
        : heading.num.value === (prev?.value ?? 0) + 1;
      const duplicate = sameAsPrev || articles.some((a) => a.id === id);
      if (duplicate) {
        sink.error('compile/article-duplicate', `${heading.title} が重複しています / duplicate article number`, placeOf(loc), id);
      } else if (!inSequence) {
        const expected = `第${writeNumber((prev?.value ?? 0) + 1, 'mixed')}条`;
        sink.error('compile/article-sequence', `条番号が順番どおりではありません: ${expected} のはずが ${heading.title} / article out of sequence`, placeOf(loc), id);
      }
      lastArticleNum = heading.num;
      const key = heading.key ?? id;
      if (heading.key !== null && !/^[A-Za-z0-9][A-Za-z0-9._/-]*$/u.test(heading.key)) {
        sink.error('compile/article-key', `キー {#${heading.key}} には英数字と - . _ / だけが使えます / invalid key`, placeOf(loc), id);
      }
      const other = keys.get(key);
      if (other && !duplicate) sink.error('compile/key-duplicate', `キー ${key} は ${other} でも使われています / duplicate key`, placeOf(loc), id);
      keys.set(key, id);
      const chapter = chapters.at(-1) ?? null;
      chapter?.articles.push(id);
      article = {
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
      return;
    }
    sink.error('compile/heading-depth', `見出しは # 章・付則 と ## 条 だけです / unexpected heading level ${node.depth}`, placeOf(loc));
  };

  for (const node of root.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading') {
      onHeading(node);
      continue;
    }
    if (node.type === 'html') {
      readComment(node);
      continue;
    }
    if (node.type === 'thematicBreak') continue;
    const target = body();
    if (!target) {
      sink.error('compile/outside-article', '条の外に本文があります（## 第１条（…） の後に書いてください） / text outside any article', placeOf(locOf(node)));
      continue;
    }
    const current = article as ArticleDraft | null;
    if (current) current.loc = { ...current.loc, endLine: locOf(node).endLine, endColumn: locOf(node).endColumn };
    if (node.type === 'paragraph') {
      if (target.paragraphs.length > 0) {
        sink.error('compile/stray-paragraph', '第２項以降は「2. …」の番号付きリストで書いてください / paragraphs after the first must be an ordered list item', placeOf(locOf(node)));
        continue;
      }
      const { sentence, label } = sentenceOf(node, 'paragraph');
      target.paragraphs.push({ level: 'paragraph', sentence, label, numbered: label !== null, children: [], annotations: [], loc: locOf(node) });
    } else if (node.type === 'list' && node.ordered) {
      const expected = target.paragraphs.length + 1;
      if ((node.start ?? 1) !== expected) {
        sink.error('compile/paragraph-sequence', `項の番号が飛んでいます: ${expected}. のはずが ${node.start ?? 1}. / paragraph numbering gap`, placeOf(locOf(node)));
      }
      target.orderedSeen = true;
      for (const item of node.children) {
        const d = readListItem(item, 'paragraph', true);
        if (d) target.paragraphs.push(d);
      }
    } else if (node.type === 'list') {
      const last = target.paragraphs.at(-1);
      if (!last) {
        sink.error('compile/item-without-paragraph', '号の前に項の本文が必要です / items before any paragraph', placeOf(locOf(node)));
        continue;
      }
      if (target.orderedSeen) {
        sink.error('compile/item-placement', '第２項以降の号は、その項の下に字下げして書いてください / indent the items under their paragraph', placeOf(locOf(node)));
      }
      for (const item of node.children) {
        const d = readListItem(item, 'item', true);
        if (d) last.children.push(d);
      }
    } else if (node.type === 'code' && node.lang === 'rule') {
      const parsed = parseAnnotationBlock(node as Code, sink);
      const first = target.paragraphs[0];
      if (target.paragraphs.length === 0 || parsed.every((a) => a.fields['at'] !== undefined)) {
        target.annotations.push(...parsed);
      } else if (!target.orderedSeen && first) {
        first.annotations.push(...parsed);
      } else {
        sink.error('compile/annotation-placement', '注釈の対象が曖昧です: 項の下に字下げするか at: を書いてください / ambiguous annotation: indent it under its clause or give at:', placeOf(locOf(node)));
      }
    } else {
      unexpected(node);
    }
  }
  finishArticle();

  const supplProvision = suppl ? finalizeSuppl(suppl as SupplDraft, meta, sink, annotations) : null;
  if (articles.length === 0) sink.error('compile/no-articles', '条が一つもありません / the document has no articles');
  return { chapters, articles, supplProvision, annotations, suppressions };
}
