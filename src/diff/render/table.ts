/**
 * The 新旧対照表 (old/new comparison table) as data, for the HTML and Markdown renderings: one row per
 * changed article (改正後 on the left, 改正前 on the right), the changed words marked for a 傍線 on both
 * sides, unchanged articles folded into a 「（略）」 row and unchanged 項・号 inside a changed article into
 * 「２　（略）」 lines; new and deleted provisions stand against 「（新設）」 and 「（削除）」.
 */
import { parseIroha, parseNumber } from '../../numbers/index.js';
import { levelOfKind } from '../../ruleset/levels.js';
import type { ClauseChange, TermsDiff } from '../types.js';
import { groupByArticle, groupUnchanged, type ArticleGroup } from './common.js';

/** A stretch of text, underlined (傍線) or not. */
export interface TableRun {
  text: string;
  bosen: boolean;
}

/** One line of a cell: an article heading (depth 0), a 項 (1), a 号 (2) or a 号の細分 (3). */
export interface TableLine {
  depth: number;
  runs: TableRun[];
}

/** One row: the same article after and before the revision, or a fold of unchanged articles. */
export interface ComparisonRow {
  omitted: boolean;
  after: TableLine[];
  before: TableLine[];
}

const OMITTED = '（略）';

/** An article (or the 附則, 前文, history) stands at depth 0, each level below it one deeper (levels.ts). */
const DEPTH: Record<ClauseChange['level'], number> = {
  Article: 0,
  SupplProvision: 0,
  Preamble: 0,
  History: 0,
  Paragraph: levelOfKind('Paragraph').depth + 1,
  Item: levelOfKind('Item').depth + 1,
  Subitem1: levelOfKind('Subitem1').depth + 1,
};

/**
 * Builds the rows of the comparison table.
 * @param diff the result of `diffRuleSets`
 */
export function comparisonRows(diff: TermsDiff): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  const moved = diff.clauses.filter((c) => c.kinds?.includes('moved') && c.oldId !== null);
  for (const group of groupByArticle(diff)) {
    // Clauses that moved out of this article into another one: shown where they were, as they left.
    const prefix = `${group.head.oldId ?? ''}-`;
    const departed = group.head.oldId === null ? [] : moved.filter((c) => c.oldId?.startsWith(prefix) && !group.members.includes(c));
    if (!groupUnchanged(group) || departed.length) {
      const row = articleRow(group);
      for (const change of departed) {
        row.after.push(plain(DEPTH[change.level], `（${change.newLabel ?? ''}へ移動）`));
        row.before.push({ depth: DEPTH[change.level], runs: [{ text: change.oldText ?? '', bosen: true }] });
      }
      rows.push(row);
    } else if (!rows.at(-1)?.omitted) {
      rows.push({ omitted: true, after: [plain(0, OMITTED)], before: [plain(0, OMITTED)] });
    }
  }
  return rows;
}

function plain(depth: number, text: string): TableLine {
  return { depth, runs: [{ text, bosen: false }] };
}

function articleRow(group: ArticleGroup): ComparisonRow {
  const { head, members } = group;
  if (head.status === 'added' || head.status === 'removed') {
    const lines = [head, ...members].map((c) => whole(c, true));
    return head.status === 'added'
      ? { omitted: false, after: lines, before: [plain(0, '（新設）')] }
      : { omitted: false, after: [plain(0, '（削除）')], before: lines };
  }
  const after: TableLine[] = [sideOf(head, 'after')];
  const before: TableLine[] = [sideOf(head, 'before')];
  if (members.every((m) => m.status === 'unchanged')) {
    after.push(plain(1, OMITTED));
    before.push(plain(1, OMITTED));
    return { omitted: false, after, before };
  }
  let addedAt = Number.POSITIVE_INFINITY;
  let removedAt = Number.POSITIVE_INFINITY;
  for (let i = 0; i < members.length; ) {
    const change = members[i] as ClauseChange;
    const depth = DEPTH[change.level];
    if (depth <= addedAt) addedAt = Number.POSITIVE_INFINITY;
    if (depth <= removedAt) removedAt = Number.POSITIVE_INFINITY;
    const run = unchangedSiblings(members, i);
    if (run.length) {
      after.push(fold(run, depth, 'newLabel'));
      before.push(fold(run, depth, 'oldLabel'));
      i = run.at(-1)?.end ?? i + 1;
      continue;
    }
    if (change.status === 'added') {
      after.push(whole(change, true));
      if (addedAt === Number.POSITIVE_INFINITY) before.push(plain(depth, '（新設）'));
      addedAt = Math.min(addedAt, depth);
    } else if (change.status === 'removed') {
      before.push(whole(change, true));
      if (removedAt === Number.POSITIVE_INFINITY) after.push(plain(depth, '（削除）'));
      removedAt = Math.min(removedAt, depth);
    } else if (change.kinds?.includes('moved')) {
      after.push(whole(change, true));
      before.push(plain(depth, `（${change.oldLabel ?? ''}から移動）`));
    } else {
      after.push(sideOf(change, 'after'));
      before.push(sideOf(change, 'before'));
    }
    i++;
  }
  return { omitted: false, after, before };
}

/** The consecutive siblings from `start` whose whole subtree is unchanged, each with where its subtree ends. */
function unchangedSiblings(members: ClauseChange[], start: number): Array<{ change: ClauseChange; end: number }> {
  const depth = DEPTH[(members[start] as ClauseChange).level];
  const run: Array<{ change: ClauseChange; end: number }> = [];
  for (let i = start; i < members.length; ) {
    const change = members[i] as ClauseChange;
    if (DEPTH[change.level] !== depth) break;
    let end = i + 1;
    while (end < members.length && DEPTH[(members[end] as ClauseChange).level] > depth) end++;
    if (!members.slice(i, end).every((m) => m.status === 'unchanged')) break;
    run.push({ change, end });
    i = end;
  }
  return run;
}

/** 「２　（略）」, 「（１）～（８）　（略）」, or 「（略）」 for a first paragraph (it has no number). */
function fold(run: Array<{ change: ClauseChange }>, depth: number, side: 'newLabel' | 'oldLabel'): TableLine {
  const first = run[0]?.change;
  const last = run.at(-1)?.change;
  if (!first || !last) return plain(depth, OMITTED);
  const a = numberOf(first, side);
  const b = numberOf(last, side);
  if (first.level === 'Paragraph' && a === '１' && first === last) return plain(depth, OMITTED);
  return plain(depth, `${first === last ? a : `${a}～${b}`}　${OMITTED}`);
}

/** The clause's number as its label writes it: ２ for a 項, （３） for a 号, ハ for a 号の細分. */
function numberOf(change: ClauseChange, side: 'newLabel' | 'oldLabel'): string {
  const label = change[side] ?? '';
  if (change.level === 'Subitem1') return label.slice(-1);
  const m = /第([^第]+)([項号])$/u.exec(label);
  const written = m?.[1] ?? '';
  const known = parseNumber(written) !== null || parseIroha(written) !== null;
  return m?.[2] === '号' && known ? `（${written}）` : written;
}

/** A clause's whole own text, underlined or not. */
function whole(change: ClauseChange, bosen: boolean): TableLine {
  return { depth: DEPTH[change.level], runs: [{ text: change.newText ?? change.oldText ?? '', bosen }] };
}

/** One side of a changed clause: the redline's text for that side, the changed words underlined. */
function sideOf(change: ClauseChange, side: 'after' | 'before'): TableLine {
  const depth = DEPTH[change.level];
  if (change.redline.length === 0) return plain(depth, (side === 'after' ? change.newText : change.oldText) ?? '');
  const skip = side === 'after' ? 'delete' : 'insert';
  const mark = side === 'after' ? 'insert' : 'delete';
  const runs: TableRun[] = [];
  for (const s of change.redline) {
    if (s.op === skip) continue;
    const bosen = s.op === mark;
    const last = runs.at(-1);
    if (last && last.bosen === bosen) last.text += s.text;
    else runs.push({ text: s.text, bosen });
  }
  return { depth, runs };
}
