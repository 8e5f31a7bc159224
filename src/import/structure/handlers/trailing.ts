/**
 * The matter after the terms, which is never part of an article: the end mark 「以上」, separator
 * lines, the 制定・改定履歴 (kept as data: each entry's date and text), and a signature block (company,
 * address, contact: kept apart and reported). A history entry is recognised wherever a line holds
 * nothing else; the signature only in the block that ends the input (../trailing-block.ts).
 */
import { inputLine } from '../../report.js';
import { isEndMark, isHistoryHeading, isSeparator, readHistoryEntry } from '../matter.js';
import { closeBody, hasArticle, type BuildState, type Handler } from '../state.js';

/** The document's history, started at its first line. */
function historyOf(state: BuildState, line: number): NonNullable<BuildState['doc']['history']> {
  state.doc.history ??= { line, heading: null, entries: [], endMark: null };
  return state.doc.history;
}

/** Leaves the body for the trailing matter. */
function enter(state: BuildState): void {
  closeBody(state);
  state.trailing = true;
}

/**
 * 「以上」, a separator, a history heading or entry (after the first article, and never the first
 * line of a body), and in the block that ends the input a signature line. History and 以上 are kept as
 * written; the signature is kept apart and reported.
 */
export const trailing: Handler = (state, l, index) => {
  if (!hasArticle(state)) return false;
  const inTail = index >= state.trailingFrom;
  const firstOfBody = state.container !== null && state.container.paragraphs.length === 0;
  if (isEndMark(l.text) && !l.marker) {
    historyOf(state, l.line).endMark = l.line;
    enter(state);
    return true;
  }
  if (isSeparator(l.text) && (inTail || state.trailing || !firstOfBody)) {
    state.report.leftOut('info', 'import/separator', `区切り線「${l.text}」を除きました / a separator line left out`, inputLine(l.line), l.text);
    return true;
  }
  if (isHistoryHeading(l.text) && (inTail || state.trailing || l.heading !== null || !firstOfBody)) {
    const history = historyOf(state, l.line);
    if (history.heading || history.entries.length > 0) {
      state.report.leftOut('warning', 'import/unplaced', `二つ目の履歴の見出しです: 「${l.text}」 / a second history heading`, inputLine(l.line), l.text);
    } else {
      history.heading = { text: l.text, line: l.line };
    }
    enter(state);
    state.inHistory = true;
    return true;
  }
  const entry = firstOfBody ? null : readHistoryEntry(l.text, state.inHistory);
  if (entry) {
    const history = historyOf(state, l.line);
    if (history.entries.length === 0) {
      state.report.add('info', 'import/history', `制定・改定履歴として条項とは別に取り込みました: 「${l.text}」… / kept as the history, apart from the clauses`, inputLine(l.line));
    }
    history.entries.push({ date: entry.date, text: entry.text, line: l.line });
    enter(state);
    return true;
  }
  if (inTail || (state.trailing && state.container === null)) {
    if (l.linksOnly) return false;
    if (state.doc.signature.length === 0) {
      state.report.add('info', 'import/signature', `署名欄（会社名・所在地・連絡先）として条項とは別に取り込みました: 「${l.text}」… / kept apart as a signature block`, inputLine(l.line));
    }
    state.doc.signature.push({ text: l.text, line: l.line });
    enter(state);
    return true;
  }
  return false;
};
