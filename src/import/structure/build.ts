/**
 * The structure pass: input lines → chapters, articles, 項/号/号の細分, 付則, and the matter around them
 * (title, 前文, 制定・改定履歴, signature). The lines are read in order; for each, the first handler that
 * knows the construct places it (./handlers/, one small handler per construct, sharing ./state.ts).
 * What fits nowhere is reported with its text, never dropped.
 */
import { isSignature } from '../../compile/history.js';
import type { ImportReport } from '../report.js';
import type { ImportedDocument, InputLine } from '../types.js';
import { continuation, firstParagraph, labelled, outside } from './handlers/clauses.js';
import { front, heading, navigation } from './handlers/front.js';
import { article, captionAbove, chapter, section, suppl } from './handlers/headings.js';
import { trailing } from './handlers/trailing.js';
import { createState, flushCaption, hasArticle, unplaced, type BuildState, type Handler } from './state.js';

/** Handlers of lines that start after a real line end (never of a line the layout wrapped). */
const STRUCTURAL: Handler[] = [navigation, chapter, section, article, suppl, captionAbove, trailing, heading];
/** Handlers of every line, in order. */
const ANY: Handler[] = [outside, labelled, firstParagraph, continuation, front];

/**
 * A signature block stands after the history or 以上, or reads as one on its own (the compiler's
 * test); else its lines are reported as unplaced rather than written where they would read as a clause.
 */
function keepSignature(state: BuildState): void {
  const { signature, history } = state.doc;
  if (signature.length === 0 || history !== null || isSignature(signature.map((l) => l.text))) return;
  for (const l of signature) unplaced(state, l, '署名欄と読めない行です');
  state.doc.signature = [];
}

/**
 * Builds the document from its lines.
 * @param lines the input lines (text or Markdown, already read)
 * @param report where every line that could not be placed, and every guess, is recorded
 */
export function buildDocument(lines: readonly InputLine[], report: ImportReport): ImportedDocument {
  const state = createState(lines, report);
  lines.forEach((l, index) => {
    if (l.breakBefore !== 'wrap' && STRUCTURAL.some((h) => h(state, l, index))) return;
    ANY.some((h) => h(state, l, index));
  });
  flushCaption(state);
  if (!hasArticle(state)) {
    // Without an article there is no 前文: what was read as one is text that fits nowhere.
    for (const p of state.doc.preamble) unplaced(state, p, '最初の条より前の本文です');
    state.doc.preamble = [];
  }
  keepSignature(state);
  return state.doc;
}
