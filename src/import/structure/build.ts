/**
 * The structure pass: input lines → chapters, articles, 項/号/号の細分 and 付則. A real clause starts with
 * a heading or a label; a line after an article heading is its first paragraph; any other line
 * continues the clause before it (see ../text/unwrap.ts for how). What fits nowhere is reported with
 * its text, never dropped.
 */
import { writeNumber } from '../../numbers/index.js';
import type { ImportReport } from '../report.js';
import type { ClauseLevel, ImportedArticle, ImportedClause, ImportedDocument, InputLine } from '../types.js';
import { joinText, judgeJoin } from '../text/unwrap.js';
import {
  isSectionLine,
  readArticleLine,
  readCaptionLine,
  readChapterLine,
  readLabels,
  readSupplLine,
  type LabelCandidate,
} from './classify.js';
import { advance, placeLabel, type Level } from './levels.js';

const LEVELS: ClauseLevel[] = ['paragraph', 'item', 'subitem'];
const LEVEL_NAMES = ['項', '号', '号の細分'];

/** A body of clauses being filled: an article or the 付則. */
interface Container {
  paragraphs: ImportedClause[];
}

/** The label reading a Markdown list marker gives (its number is markup, so nothing is written). */
function markerCandidate(l: InputLine): LabelCandidate | null {
  if (!l.marker) return null;
  const family = `${l.marker.ordered ? 'md-ordered' : 'md-bullet'}-${l.marker.depth}`;
  return { family, value: l.marker.value, strong: true, written: null, rest: l.text };
}

function clause(level: number, label: string | null, text: string, line: number): ImportedClause {
  return { level: LEVELS[level] ?? 'subitem', label, explicit: false, text, line, children: [] };
}

/** A first line that reads like a document title: short, not a sentence, no label. */
function titleLike(text: string): boolean {
  return text.length <= 60 && !/[。]/u.test(text) && readLabels(text).every((c) => !c.strong);
}

/**
 * Builds the document from its lines.
 * @param lines the input lines (text or Markdown, already read)
 * @param report where every line that could not be placed, and every guess, is recorded
 */
export function buildDocument(lines: readonly InputLine[], report: ImportReport): ImportedDocument {
  const doc: ImportedDocument = { title: null, body: [], suppl: null };
  const headingOf = (l: InputLine) => ({ heading: l.heading !== null || l.bold, captionAbove: false, expected: null });
  // Documents that number no article are numbered by their headings' order (`1. **（目的）**`).
  const numbered = lines.some((l) => l.breakBefore !== 'wrap' && readArticleLine(l.text, headingOf(l)) !== null);

  let container: Container | null = null;
  let levels: Level[] = [];
  let open: ImportedClause[] = [];
  let last: ImportedClause | null = null;
  let unplacedSection = false;
  let pendingCaption: { written: string; text: string; line: number } | null = null;
  let expected = 1;

  const unplaced = (l: { line: number; text: string }, why: string): void => {
    report.add('warning', 'import/unplaced', `${why}: 「${l.text}」 / could not place this line`, l.line, l.text);
  };
  const flushCaption = (): void => {
    if (pendingCaption) unplaced(pendingCaption, '見出しの後に条がありません');
    pendingCaption = null;
  };
  const startBody = (body: Container): void => {
    container = body;
    levels = [{ family: null, count: 0 }];
    open = [];
    last = null;
    unplacedSection = false;
  };
  const addClause = (level: number, label: string | null, text: string, line: number): void => {
    const target: Container | null = container;
    if (!target) return;
    const c = clause(level, label, text, line);
    const parent = level === 0 ? null : open[level - 1];
    if (parent) parent.children.push(c);
    else target.paragraphs.push(c);
    open = [...open.slice(0, level), c];
    last = c;
  };
  /** An unnumbered 項: the first of an article, or one the format numbers by position. */
  const addParagraph = (text: string, line: number): void => {
    addClause(0, null, text, line);
    levels = [{ family: null, count: (container as Container | null)?.paragraphs.length ?? 1 }];
  };
  const startArticle = (article: ImportedArticle, rest: string): void => {
    if (doc.suppl) report.add('warning', 'import/after-suppl', `付則の後に ${article.title} があります（付則の前に移しました） / an article after the 付則`, article.line);
    doc.body.push(article);
    expected = article.num.value + 1;
    startBody(article);
    if (rest !== '') addParagraph(rest, article.line);
  };

  lines.forEach((l, index) => {
    const structural = l.breakBefore !== 'wrap';
    const asHeading = l.heading !== null || l.bold;
    if (structural) {
      const chapter = readChapterLine(l.text);
      if (chapter) {
        flushCaption();
        doc.body.push({ kind: 'chapter', line: l.line, title: chapter.title });
        container = null;
        last = null;
        unplacedSection = false;
        return;
      }
      if (isSectionLine(l.text)) {
        unplaced(l, '節の見出しは書き出せません（章・条・項・号だけの形式です）');
        return;
      }
      const article = readArticleLine(l.text, { ...headingOf(l), captionAbove: pendingCaption !== null, expected });
      if (article) {
        let caption = article.caption;
        const above = pendingCaption as { written: string; text: string; line: number } | null;
        pendingCaption = null;
        if (above && !caption) caption = { written: above.written, text: above.text };
        else if (above) unplaced(above, '条の見出しが二つあります');
        if (article.captionBracketed) {
          report.add('info', 'import/caption-brackets', `${article.title} の見出しを（）で囲みました / bracketed the caption`, l.line);
        }
        startArticle({ kind: 'article', line: l.line, num: article.num, title: article.title, caption, paragraphs: [] }, article.rest);
        return;
      }
      const suppl = readSupplLine(l.text);
      if (suppl) {
        flushCaption();
        if (doc.suppl) {
          report.add('warning', 'import/second-suppl', '付則が二つ以上あります: 一つの付則の項として取り込みました / a second 付則, imported as its next paragraph', l.line);
          startBody(doc.suppl);
          addParagraph(l.text, l.line);
          return;
        }
        doc.suppl = { line: l.line, label: suppl.label, paragraphs: [] };
        startBody(doc.suppl);
        if (suppl.rest !== '') addParagraph(suppl.rest, l.line);
        return;
      }
      const caption = readCaptionLine(l.text);
      const next = lines[index + 1];
      if (caption && next && next.breakBefore !== 'wrap') {
        const below = readArticleLine(next.text, { ...headingOf(next), captionAbove: true, expected });
        if (below && !below.caption) {
          flushCaption();
          pendingCaption = { ...caption, line: l.line };
          return;
        }
      }
      if (asHeading && (l.heading !== null || !numbered)) {
        const beforeArticles = container === null && !doc.body.some((b) => b.kind === 'article');
        if (doc.title === null && beforeArticles && l.heading !== null && !readCaptionLine(l.text)) {
          doc.title = { text: l.text, line: l.line };
          return;
        }
        if (!numbered) {
          const n = expected;
          if (l.marker?.ordered && l.marker.value !== null && l.marker.value !== n) {
            report.add('warning', 'import/article-sequence', `見出しの番号 ${l.marker.value}. を第${n}条としました / numbered by position`, l.line);
          }
          const caption = readCaptionLine(l.text) ?? { written: `（${l.text}）`, text: l.text };
          const title = `第${writeNumber(n, 'mixed')}条`;
          report.add('info', 'import/article-number', `番号のない見出し「${l.text}」を ${title} としました / numbered the article by its order`, l.line);
          startArticle({ kind: 'article', line: l.line, num: { value: n, written: writeNumber(n, 'mixed') }, title, caption, paragraphs: [] }, '');
          return;
        }
        unplaced(l, '条の見出しではない見出しです');
        container = null;
        last = null;
        unplacedSection = true;
        return;
      }
    }
    if (unplacedSection) {
      unplaced(l, '条の外の本文です');
      return;
    }
    const body = container as Container | null;
    if (body && structural) {
      const text = readLabels(l.text);
      const marker = markerCandidate(l);
      const placement = placeLabel(levels, marker ? [...text, marker] : text);
      if (placement) {
        const { candidate, level, position } = placement;
        let label = candidate.written;
        const rest = candidate.rest;
        if (placement.mismatch) {
          const what = LEVEL_NAMES[level] ?? '号';
          const written = label?.trim() ?? `${candidate.value ?? ''}.`;
          report.add(
            'warning',
            `import/numbering-${placement.mismatch}`,
            placement.mismatch === 'restart'
              ? `${what}の番号「${written}」が振り直されています: ${position}番目として取り込みました / numbering restarts; imported as number ${position}`
              : `${what}の番号「${written}」が順番どおりではありません: ${position}番目として取り込みました / numbering gap; imported as number ${position}`,
            l.line,
            label ?? undefined,
          );
          label = null;
        }
        addClause(level, label, rest.trim(), l.line);
        levels = advance(levels, placement);
        return;
      }
    }
    if (body && body.paragraphs.length === 0) {
      addParagraph(l.text, l.line);
      return;
    }
    const target = last as ImportedClause | null;
    if (body && target) {
      const judged = judgeJoin(target.text, l);
      if (judged === 'refuse') {
        unplaced(l, '文字のない行です');
        return;
      }
      if (judged === 'suspicious') {
        report.add('warning', 'import/suspicious-join', `前の文に続けました（段落の区切りかもしれません）: 「${l.text.slice(0, 20)}…」 / joined to the sentence before; it may be a paragraph of its own`, l.line);
      } else if (judged === 'across-break') {
        report.add('info', 'import/joined-break', '文の途中の改行（ページ区切り）をつなぎました / joined a sentence broken across a line or page', l.line);
      }
      target.text = joinText(target.text, l.text, l.breakBefore);
      return;
    }
    if (!body && doc.title === null && doc.body.length === 0 && titleLike(l.text)) {
      doc.title = { text: l.text, line: l.line };
      return;
    }
    unplaced(l, doc.body.length === 0 ? '最初の条より前の本文です' : '条の外の本文です');
  });
  flushCaption();
  return doc;
}
