/**
 * mdast → clause tree. One pass over the document's top-level blocks: explicit state (state.ts) and
 * one small handler per construct (handlers/): headings (章, 条, 附則, title, history), paragraphs,
 * lists, annotations, comments. Numbers of 項 and 号 come from their position; labels written in the
 * text are checked against it (finalize.ts).
 */
import type { Root, RootContent } from 'mdast';
import type { DiagnosticSink } from '../diagnostics/index.js';
import type { Article, Chapter, History, Meta, Preamble, Signature, Suppression, SupplProvision, TitleHeading } from '../ruleset/schema.js';
import type { BoundAnnotation, SupplDraft } from './draft.js';
import { finalizeSuppl } from './finalize.js';
import { sha256 } from './hash.js';
import { createState, spanOf, type TreeState } from './state.js';
import { onHeading } from './handlers/heading.js';
import { onCode, onList, onOther, onParagraph } from './handlers/blocks.js';
import { onHtml } from './handlers/clauses.js';
import { finishArticle } from './handlers/structure.js';

export interface ClauseTree {
  chapters: Chapter[];
  articles: Article[];
  supplProvision: SupplProvision | null;
  annotations: BoundAnnotation[];
  suppressions: Suppression[];
  title: TitleHeading | null;
  preamble: Preamble | null;
  history: History | null;
  signature: Signature | null;
}

/** Hands one top-level block to its handler. */
export function one(state: TreeState, node: RootContent): void {
  switch (node.type) {
    case 'yaml':
    case 'thematicBreak':
      return;
    case 'heading':
      return onHeading(state, node);
    case 'html':
      return onHtml(state, node);
    case 'paragraph':
      return onParagraph(state, node);
    case 'list':
      return onList(state, node);
    case 'code':
      return onCode(state, node);
    default:
      return onOther(state, node);
  }
}

/**
 * Builds the clause tree of a parsed terms document.
 * @param root the mdast tree (front matter already read)
 * @param source the Markdown text (for continuation-line columns and suppression lines)
 * @param meta front matter, for the numbering style of derived labels
 * @param sink where every structural problem is reported
 */
export function buildClauseTree(root: Root, source: string, meta: Pick<Meta, 'numbering'>, sink: DiagnosticSink): ClauseTree {
  const state = createState(root.children, source, meta, sink);
  for (state.index = 0; state.index < root.children.length; state.index++) {
    if (state.skip.has(state.index)) continue;
    const node = root.children[state.index];
    if (node) one(state, node);
  }
  finishArticle(state);
  const supplProvision = state.suppl ? finalizeSuppl(state.suppl as SupplDraft, meta, sink, state.annotations) : null;
  if (state.articles.length === 0) sink.error('compile/no-articles', '条が一つもありません / the document has no articles');
  return {
    chapters: state.chapters,
    articles: state.articles,
    supplProvision,
    annotations: state.annotations,
    suppressions: state.suppressions,
    title: state.title,
    preamble: preambleOf(state),
    history: historyOf(state),
    signature: state.signature.loc ? { lines: state.signature.lines, loc: state.signature.loc } : null,
  };
}

function preambleOf(state: TreeState): Preamble | null {
  const [first, ...rest] = state.preamble;
  if (!first) return null;
  const text = state.preamble.map((p) => p.sentence).join('\n');
  const last = rest.at(-1) ?? first;
  return { kind: 'Preamble', id: 'preamble', text, hash: sha256(text), loc: spanOf(first.loc, last.loc), paragraphs: state.preamble };
}

function historyOf(state: TreeState): History | null {
  const h = state.history;
  if (!h.loc) return null;
  const text = h.lines.join('\n');
  return { kind: 'History', id: 'history', heading: h.heading, text, hash: sha256(text), loc: h.loc, entries: h.entries, endMark: h.endMark };
}
