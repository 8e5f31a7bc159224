/**
 * Handlers for the trailing matter: history lines (制定・改定の履歴), the end mark 以上, a signature
 * block. Reading one ends the article before it: none of it is ever part of a clause.
 */
import type { Location } from '../../ruleset/schema.js';
import { isEndMark, readHistoryLine } from '../history.js';
import { spanOf, type TreeState } from '../state.js';
import { finishArticle } from './structure.js';

/** One line of trailing text with its place. */
export interface PlacedLine {
  text: string;
  loc: Location;
}

/** Whether every line is a history entry or 以上 (so the block is trailing matter, not a clause). */
export function allHistory(lines: readonly PlacedLine[], bare: boolean): boolean {
  return lines.length > 0 && lines.every((l) => isEndMark(l.text) || readHistoryLine(l.text, bare) !== null);
}

/** Enters the trailing matter: settles the article being read. */
export function enterTrailing(state: TreeState): void {
  finishArticle(state);
  state.zone = 'trailing';
}

/** Reads lines of trailing matter: history entries, 以上, and anything else as the signature. */
export function readTrailingLines(state: TreeState, lines: readonly PlacedLine[]): void {
  const bare = state.history.heading !== null;
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '') continue;
    const entries = readHistoryLine(text, bare);
    if (entries || isEndMark(text)) {
      state.history.lines.push(text);
      state.history.loc = spanOf(state.history.loc, line.loc);
      if (entries) for (const e of entries) state.history.entries.push({ ...e, text, loc: line.loc });
      else state.history.endMark = true;
      continue;
    }
    if (state.signature.lines.length === 0) {
      state.sink.add('info', 'compile/signature', `署名欄（会社名・所在地・連絡先）として条項とは別に保持します: ${text} / signature block kept apart from the clauses`, line.loc);
    }
    state.signature.lines.push(text);
    state.signature.loc = spanOf(state.signature.loc, line.loc);
  }
}

/** Opens a history block under its heading (制定・改定の履歴). */
export function openHistory(state: TreeState, heading: string, loc: Location): void {
  enterTrailing(state);
  state.history.heading = heading;
  state.history.loc = spanOf(state.history.loc, loc);
}
