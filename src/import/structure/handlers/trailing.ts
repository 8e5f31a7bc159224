/**
 * The matter after the terms, which is never part of an article: the end mark 「以上」, separator
 * lines, the 制定・改定履歴 (kept as data: each entry's date and text), and a signature block (company,
 * address, contact: kept apart and reported). A history entry is recognised wherever a line holds
 * nothing else; the signature only in the block that ends the input (see findTrailing).
 */
import type { InputLine } from '../../types.js';
import { readArticleLine, readChapterLine, readLabels, readSupplLine } from '../classify.js';
import { isEndMark, isHistoryHeading, isSeparator, isSignatureLine, readHistoryEntry } from '../matter.js';
import { closeBody, hasArticle, isHeadingLine, type BuildState, type Handler } from '../state.js';

/** Whether a line opens a part of the terms (so it can never be trailing matter). */
function opensPart(l: InputLine): boolean {
  return readChapterLine(l.text, l.heading !== null) !== null || readSupplLine(l.text) !== null || readArticleLine(l.text, { heading: isHeadingLine(l), captionAbove: false, expected: null }) !== null;
}

/** Whether a line is trailing matter on its own (whatever stands around it). */
function isMatter(l: InputLine): boolean {
  return isEndMark(l.text) || isSeparator(l.text) || isHistoryHeading(l.text) || readHistoryEntry(l.text) !== null || l.linksOnly === true;
}

/**
 * Index of the first line of the block that ends the input and holds only trailing matter (history,
 * end mark, separators, signature lines, and short lines beside a signature line), lines.length if none.
 * @param lines the input lines
 */
export function findTrailing(lines: readonly InputLine[]): number {
  let from = lines.length;
  let signature = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (!l || opensPart(l)) break;
    const strong = isSignatureLine(l.text);
    const short = signature && !l.marker && l.text.length <= 40 && !/。/u.test(l.text) && readLabels(l.text).every((c) => !c.strong);
    if (!strong && !short && !isMatter(l) && l.breakBefore !== 'wrap') break;
    signature ||= strong;
    from = i;
  }
  return from;
}

/** Adds a history entry, starting the history at its first. */
function addEntry(state: BuildState, l: InputLine, entry: { text: string; date: string | null; dropped: string }): void {
  state.doc.history ??= { line: l.line, entries: [] };
  state.doc.history.entries.push({ date: entry.date, text: entry.text, line: l.line });
  state.report.add(
    'info',
    'import/history',
    `制定・改定履歴として取り込みました: 「${entry.text}」${entry.date ? '' : '（日付を読めません）'} / kept as a history entry`,
    l.line,
    entry.dropped || undefined,
  );
}

/**
 * 「以上」, a separator, a history heading or entry (after the first article, and never the first
 * line of a body), and in the block that ends the input a signature line.
 */
export const trailing: Handler = (state, l, index) => {
  if (!hasArticle(state)) return false;
  const inTail = index >= state.trailingFrom;
  const firstOfBody = state.container !== null && state.container.paragraphs.length === 0;
  if (isEndMark(l.text) && !l.marker) {
    state.report.add('info', 'import/end-mark', '「以上」は文書の終わりの印として本文から除きました / the end mark 以上 left out of the text', l.line, l.text);
    closeBody(state);
    state.trailing = true;
    return true;
  }
  if (isSeparator(l.text) && (inTail || state.trailing || !firstOfBody)) {
    state.report.add('info', 'import/separator', `区切り線「${l.text}」を除きました / a separator line left out`, l.line, l.text);
    return true;
  }
  if (isHistoryHeading(l.text) && (inTail || state.trailing || l.heading !== null || !firstOfBody)) {
    state.report.add('info', 'import/history', `「${l.text}」以下を制定・改定履歴として取り込みました / a history heading`, l.line, l.text);
    closeBody(state);
    state.trailing = true;
    state.inHistory = true;
    return true;
  }
  const entry = firstOfBody ? null : readHistoryEntry(l.text, state.inHistory);
  if (entry) {
    addEntry(state, l, entry);
    if (state.container) closeBody(state);
    state.trailing = true;
    return true;
  }
  if (inTail || (state.trailing && state.container === null)) {
    if (l.linksOnly) return false;
    state.doc.signature.push({ text: l.text, line: l.line });
    state.report.add('info', 'import/signature', `署名欄（会社名・所在地・連絡先）として本文から分けました: 「${l.text}」 / kept apart as a signature block`, l.line, l.text);
    closeBody(state);
    state.trailing = true;
    return true;
  }
  return false;
};
