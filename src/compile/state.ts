/**
 * The state of one pass over a terms document's top-level blocks (the shape mdast-util-to-hast uses):
 * what has been read so far, where the pass stands, and the sink problems go to. Handlers
 * (handlers/*.ts) read one construct each and change this state; tree.ts dispatches.
 */
import type { RootContent } from 'mdast';
import type { DiagnosticSink } from '../diagnostics/index.js';
import type { Article, Chapter, HistoryEntry, Location, Meta, Num, PreambleParagraph, Suppression, TitleHeading } from '../ruleset/schema.js';
import type { ArticleDraft, BoundAnnotation, SupplDraft } from './draft.js';

/**
 * Where the pass stands: before any 章 or 条 (title, 前文, navigation), among the articles, or in the
 * trailing matter (history, 以上, signature) after them.
 */
export type Zone = 'front' | 'body' | 'trailing';

/** Everything one pass has read, and where it stands. */
export interface TreeState {
  /** The source split into lines. */
  readonly lines: readonly string[];
  readonly meta: Pick<Meta, 'numbering'>;
  readonly sink: DiagnosticSink;
  /** The top-level blocks, so that a handler may look at the next one (a heading over a link). */
  readonly siblings: readonly RootContent[];
  /** The index of the block being read. */
  index: number;
  zone: Zone;
  chapters: Chapter[];
  articles: Article[];
  annotations: BoundAnnotation[];
  suppressions: Suppression[];
  /** Article key → id, to report a key used twice. */
  keys: Map<string, string>;
  /** The article being read, until the next heading settles it. */
  article: ArticleDraft | null;
  suppl: SupplDraft | null;
  lastArticleNum: Num | null;
  title: TitleHeading | null;
  preamble: PreambleParagraph[];
  /** Indices of blocks already consumed by a handler that looked ahead. */
  skip: Set<number>;
  history: {
    heading: string | null;
    lines: string[];
    entries: HistoryEntry[];
    endMark: boolean;
    loc: Location | null;
  };
  signature: { lines: string[]; loc: Location | null };
}

/** A fresh state for a document. */
export function createState(siblings: readonly RootContent[], source: string, meta: Pick<Meta, 'numbering'>, sink: DiagnosticSink): TreeState {
  return {
    lines: source.split(/\r?\n/),
    meta,
    sink,
    siblings,
    index: 0,
    zone: 'front',
    chapters: [],
    articles: [],
    annotations: [],
    suppressions: [],
    keys: new Map(),
    article: null,
    suppl: null,
    lastArticleNum: null,
    title: null,
    preamble: [],
    skip: new Set(),
    history: { heading: null, lines: [], entries: [], endMark: false, loc: null },
    signature: { lines: [], loc: null },
  };
}

/** The range from the start of `a` to the end of `b`. */
export function spanOf(a: Location | null, b: Location): Location {
  return a ? { line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn } : b;
}
