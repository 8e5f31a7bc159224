/**
 * Handlers of the lines inside a body: a labelled line starts a 項, 号 or 号の細分 (levels.ts says
 * which); the line after a heading is the first 項; any other line either continues the clause before
 * it or starts a new 項, decided on evidence (paragraph-break.ts) and reported when not certain.
 */
import { LEVELS } from '../../../ruleset/levels.js';
import { inputLine } from '../../report.js';
import type { InputLine } from '../../types.js';
import { joinText, judgeJoin } from '../../text/unwrap.js';
import { readLabels, type LabelCandidate } from '../classify.js';
import { advance, placeLabel } from '../levels.js';
import { judgeBreak } from '../paragraph-break.js';
import { addClause, addParagraph, unplaced, type Handler } from '../state.js';

/** The label reading a Markdown list marker gives (its number is markup, so nothing is written). */
function markerCandidate(l: InputLine): LabelCandidate | null {
  if (!l.marker) return null;
  const family = `${l.marker.ordered ? 'md-ordered' : 'md-bullet'}-${l.marker.depth}`;
  return { family, value: l.marker.value, strong: true, written: null, rest: l.text };
}

/** Text after a heading that is no article: reported until the next article or chapter. */
export const outside: Handler = (state, l) => {
  if (!state.outside) return false;
  unplaced(state, l, '条の外の本文です');
  return true;
};

/** A line that starts with a label (or is a Markdown list item): a 項, 号 or 号の細分. */
export const labelled: Handler = (state, l) => {
  if (!state.container || l.breakBefore === 'wrap') return false;
  const marker = markerCandidate(l);
  const text = readLabels(l.text);
  const placement = placeLabel(state.levels, marker ? [...text, marker] : text);
  if (!placement) return false;
  const { candidate, level, position } = placement;
  let label = candidate.written;
  if (placement.mismatch) {
    const what = LEVELS[level]?.ja ?? '号';
    const written = label?.trim() ?? `${candidate.value ?? ''}.`;
    state.report.leftOut(
      'warning',
      `import/numbering-${placement.mismatch}`,
      placement.mismatch === 'restart'
        ? `${what}の番号「${written}」が振り直されています: ${position}番目として取り込みました / numbering restarts; imported as number ${position}`
        : `${what}の番号「${written}」が順番どおりではありません: ${position}番目として取り込みました / numbering gap; imported as number ${position}`,
      inputLine(l.line),
      label ?? '',
    );
    label = null;
  }
  let rest = candidate.rest;
  if (candidate === marker) {
    // A list item that writes its number too (`- （9）利用契約等に…`): the written label is the clause's.
    const written = text.find((c) => c.strong && c.value === position && c.written !== null);
    if (written) {
      label = written.written;
      rest = written.rest;
    }
  }
  addClause(state, level, label, rest.trim(), l.line, candidate === marker ? (l.marker?.depth ?? null) : null);
  state.levels = advance(state.levels, placement);
  return true;
};

/** The line after an article or 付則 heading: its first 項. */
export const firstParagraph: Handler = (state, l) => {
  if (!state.container || state.container.paragraphs.length > 0) return false;
  addParagraph(state, l.text, l.line);
  return true;
};

/** A line that starts no clause: a new 項 when the evidence says so, else joined to the clause before. */
export const continuation: Handler = (state, l) => {
  const target = state.last;
  if (!state.container || !target) return false;
  const decision = judgeBreak(state, l);
  if (decision.split) {
    if (decision.report) {
      state.report.add('info', 'import/paragraph-split', `${decision.report}: 「${l.text.slice(0, 20)}…」を新しい項としました / started a new 項 here`, inputLine(l.line));
    }
    addParagraph(state, l.text, l.line, l.listDepth ?? null);
    return true;
  }
  const owner = decision.owner ?? target;
  const judged = judgeJoin(owner.text, l);
  if (judged === 'refuse') {
    unplaced(state, l, '文字のない行です');
    return true;
  }
  if (judged === 'suspicious' || decision.report) {
    state.report.add(
      'warning',
      'import/suspicious-join',
      `前の文に続けました（${decision.report ?? '段落の区切りかもしれません'}）: 「${l.text.slice(0, 20)}…」 / joined to the sentence before; it may be a paragraph of its own`,
      inputLine(l.line),
    );
  } else if (judged === 'across-break') {
    state.report.add('info', 'import/joined-break', '文の途中の改行（ページ区切り）をつなぎました / joined a sentence broken across a line or page', inputLine(l.line));
  }
  owner.text = joinText(owner.text, l.text, l.breakBefore);
  state.lastLineLength = [...l.text].length;
  return true;
};
