/**
 * The structure pass's state: the document being built, the body (article or 付則) being filled, its
 * open levels and clauses, and what the pass has seen so far. The handlers (./handlers/) read and change
 * it through the few operations here, so that what "a new 項" or "an unplaced line" means is said once.
 */
import { LEVELS } from '../../ruleset/levels.js';
import { inputLine, type ImportReport } from '../report.js';
import type { ImportedArticle, ImportedClause, ImportedDocument, InputLine } from '../types.js';
import { readArticleLine } from './classify.js';
import { readEvidence, type Evidence } from './evidence.js';
import { findTrailing } from './trailing-block.js';
import type { Level } from './levels.js';


/** A body of clauses being filled: an article or the 付則. */
export interface Container {
  paragraphs: ImportedClause[];
}

/** An open clause and the nesting depth of the Markdown list item it came from (null: not from one). */
export interface OpenClause {
  clause: ImportedClause;
  depth: number | null;
}

/** A caption standing alone above its article (law style), waiting for the article line. */
export interface PendingCaption {
  written: string;
  text: string;
  line: number;
}

/** Everything the handlers share while the lines are read in order. */
export interface BuildState {
  readonly lines: readonly InputLine[];
  readonly report: ImportReport;
  readonly doc: ImportedDocument;
  /** Whether any article of the input carries its number (else headings are numbered by order). */
  readonly numbered: boolean;
  readonly evidence: Evidence;
  /** Index of the first line of the matter after the terms (signature, history), lines.length if none. */
  readonly trailingFrom: number;
  container: Container | null;
  /** The article being filled, or null (none yet, or the 付則). */
  article: ImportedArticle | null;
  levels: Level[];
  open: OpenClause[];
  last: ImportedClause | null;
  /** Length of the last input line added to `last` (to tell a short, paragraph-ending line). */
  lastLineLength: number;
  /** After a heading that is no article: text is unplaced until the next structure. */
  outside: boolean;
  /** After 「以上」 or in the matter after the terms. */
  trailing: boolean;
  /** Under a history heading: a date alone is a history entry. */
  inHistory: boolean;
  pendingCaption: PendingCaption | null;
  /** The number the next article should have. */
  expected: number;
  /** The title was taken from a plain line, so a heading before the first article replaces it. */
  titleFromLine: boolean;
}

/**
 * The state before the first line: the evidence read from all lines, nothing placed yet.
 * @param lines the input lines
 * @param report where the handlers report
 */
export function createState(lines: readonly InputLine[], report: ImportReport): BuildState {
  return {
    lines,
    report,
    doc: { title: null, preamble: [], body: [], suppl: null, history: null, signature: [] },
    // Documents that number no article are numbered by their headings' order (`1. **（目的）**`).
    numbered: lines.some((l) => l.breakBefore !== 'wrap' && readArticleLine(l.text, { heading: isHeadingLine(l), captionAbove: false, expected: null }) !== null),
    evidence: readEvidence(lines),
    trailingFrom: findTrailing(lines),
    container: null,
    article: null,
    levels: [],
    open: [],
    last: null,
    lastLineLength: 0,
    outside: false,
    trailing: false,
    inHistory: false,
    pendingCaption: null,
    expected: 1,
    titleFromLine: false,
  };
}

/** A handler reads one line; it returns true when it placed (or reported) the line. */
export type Handler = (state: BuildState, line: InputLine, index: number) => boolean;

/** Whether the input line is a heading, in Markdown or written as bold. */
export function isHeadingLine(l: InputLine): boolean {
  return l.heading !== null || l.bold;
}

/** Reports a line that fits nowhere, with its text (never dropped silently). */
export function unplaced(state: BuildState, l: { line: number; text: string }, why: string): void {
  state.report.leftOut('warning', 'import/unplaced', `${why}: 「${l.text}」 / could not place this line`, inputLine(l.line), l.text);
}

/** Reports a caption that waited for its article in vain. */
export function flushCaption(state: BuildState): void {
  if (state.pendingCaption) unplaced(state, state.pendingCaption, '見出しの後に条がありません');
  state.pendingCaption = null;
}

/** Starts filling a body (an article or the 付則). */
export function startBody(state: BuildState, body: Container): void {
  state.container = body;
  state.levels = [{ family: null, count: 0 }];
  state.open = [];
  state.last = null;
  state.outside = false;
  state.trailing = false;
  state.inHistory = false;
}

/** Leaves the current body (a chapter heading, a heading that is no article, trailing matter). */
export function closeBody(state: BuildState): void {
  state.container = null;
  state.article = null;
  state.last = null;
  state.open = [];
}

/**
 * Adds a clause to the current body.
 * @param level 0 項, 1 号, 2 号の細分
 * @param depth the Markdown list depth it came from, or null
 */
export function addClause(state: BuildState, level: number, label: string | null, text: string, line: number, depth: number | null): void {
  const target = state.container;
  if (!target) return;
  const c: ImportedClause = { level: LEVELS[level]?.name ?? 'subitem', label, explicit: false, text, line, children: [] };
  const parent = level === 0 ? null : state.open[level - 1];
  if (parent) parent.clause.children.push(c);
  else target.paragraphs.push(c);
  state.open = [...state.open.slice(0, level), { clause: c, depth }];
  state.last = c;
  state.lastLineLength = [...text].length;
}

/**
 * Adds an unnumbered 項: the first of a body, or one the format numbers by its position. The 項 level
 * keeps its family, so that a later label of that family counts on from here.
 */
export function addParagraph(state: BuildState, text: string, line: number, depth: number | null = null): void {
  addClause(state, 0, null, text, line, depth);
  state.levels = [{ family: state.levels[0]?.family ?? null, count: state.container?.paragraphs.length ?? 1 }];
}

/** Starts an article (after the 付則 it is still placed before it, and reported). */
export function startArticle(state: BuildState, article: ImportedArticle, rest: string): void {
  if (state.doc.suppl) {
    state.report.add('warning', 'import/after-suppl', `付則の後に ${article.title} があります（付則の前に移しました） / an article after the 付則`, inputLine(article.line));
  }
  state.doc.body.push(article);
  state.expected = article.num.value + 1;
  startBody(state, article);
  state.article = article;
  if (rest !== '') addParagraph(state, rest, article.line);
}

/** Whether the document has an article yet. */
export function hasArticle(state: BuildState): boolean {
  return state.doc.body.some((b) => b.kind === 'article');
}
