/**
 * What every rendering of a diff shares: the Japanese words for statuses and kinds, escaping, and the
 * grouping of clause changes by article (each article's or the 付則's entry followed by its sub-clauses').
 */
import { formatDateJa } from '../../period/index.js';
import type { ChangeClass, ChangeKind, ClauseChange, TermsDiff } from '../types.js';

/** Status as a word in a table: 変更, 新設, 削除, 移動 (番号変更 when only the number changed). */
export function statusWord(change: Pick<ClauseChange, 'status'> & { kinds?: ChangeKind[] | undefined }): string {
  switch (change.status) {
    case 'added':
      return '新設';
    case 'removed':
      return '削除';
    case 'modified':
      return '変更';
    case 'moved':
      return change.kinds && !change.kinds.includes('moved') ? '番号変更' : '移動';
    default:
      return '変更なし';
  }
}

/** 実質的な変更 / 形式的な変更. */
export const CLASS_WORDS: Record<ChangeClass, string> = {
  substantive: '実質的な変更',
  editorial: '形式的な変更',
};

/** What a kind of change is called in Japanese. */
export const KIND_WORDS: Record<ChangeKind, string> = {
  numbering: '番号',
  whitespace: '空白',
  width: '全角・半角',
  punctuation: '句読点・括弧',
  'reference-number': '参照先の番号',
  wording: '文言',
  rules: 'ルール',
  moved: '位置',
};

/** A clause's change in words: 変更（形式的な変更：全角・半角、番号）, 新設（実質的な変更）. */
export function changeWords(change: ClauseChange): string {
  const kinds = (change.kinds ?? []).map((k) => KIND_WORDS[k]).join('、');
  const detail = [change.classification ? CLASS_WORDS[change.classification] : '', kinds].filter(Boolean).join('：');
  return detail ? `${statusWord(change)}（${detail}）` : statusWord(change);
}

/** An article's changes: its own entry (or the 付則's) and those of its sub-clauses, in order. */
export interface ArticleGroup {
  head: ClauseChange;
  members: ClauseChange[];
}

/** Splits the clause changes at each article and the 付則 (their order in the diff is kept). */
export function groupByArticle(diff: TermsDiff): ArticleGroup[] {
  const groups: ArticleGroup[] = [];
  for (const change of diff.clauses) {
    const last = groups.at(-1);
    if (change.level === 'Article' || change.level === 'SupplProvision' || change.level === 'Preamble' || change.level === 'History' || !last) groups.push({ head: change, members: [] });
    else last.members.push(change);
  }
  return groups;
}

/** Whether nothing in the group changed. */
export function groupUnchanged(group: ArticleGroup): boolean {
  return group.head.status === 'unchanged' && group.members.every((m) => m.status === 'unchanged');
}

/** 第４条（利用規約の変更）: the article's label with its caption, from the summary when it knows it. */
export function articleTitle(diff: TermsDiff, head: ClauseChange): string {
  const summary = diff.summary.articles.find((a) => a.newId === head.newId && a.oldId === head.oldId);
  const label = head.newLabel ?? head.oldLabel ?? '';
  return summary?.caption ? `${label}（${summary.caption}）` : label;
}

/** A clause's number for people, old → new when it changed: 第５条 → 第６条. */
export function labelWithMove(change: ClauseChange): string {
  if (change.oldLabel && change.newLabel && change.oldLabel !== change.newLabel) return `${change.oldLabel} → ${change.newLabel}`;
  return change.newLabel ?? change.oldLabel ?? '';
}

/** A version's heading: 2027年（令和9年）1月1日施行版 (the ISO date as is when it is not one). */
export function versionWords(version: TermsDiff['from']): string {
  try {
    return `${formatDateJa(version.effective)}施行版`;
  } catch {
    return `${version.effective} 版`;
  }
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Escapes text for Markdown (GitHub), including inside inline HTML such as `<ins>` and table cells: HTML
 * special characters become entities, Markdown punctuation gets a backslash.
 */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text.replace(/[\\`*_[\]{}()#+\-.!|~]/gu, (c) => `\\${c}`));
}
