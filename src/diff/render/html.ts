/**
 * The diff as an HTML fragment for the site and the notice email: one section per changed article, each
 * changed clause with its redline in `<del class="terms-del">` / `<ins class="terms-ins">`. Everything
 * taken from the terms is escaped; classes and data attributes let the page style and filter (hide the
 * editorial changes, for one) without parsing text.
 */
import type { ClauseChange, Segment, TermsDiff } from '../types.js';
import {
  CLASS_WORDS,
  articleTitle,
  escapeHtml,
  groupByArticle,
  groupUnchanged,
  changeWords,
  labelWithMove,
  versionWords,
} from './common.js';

/**
 * Renders a diff as an HTML fragment (no `<html>`, no styles).
 * @param diff the result of `diffRuleSets`
 */
export function renderDiffHtml(diff: TermsDiff): string {
  const { summary } = diff;
  const out: string[] = [];
  out.push(
    `<section class="terms-diff" data-document="${escapeHtml(diff.to.document)}" data-from="${escapeHtml(diff.from.version)}" data-to="${escapeHtml(diff.to.version)}">`,
    `<h2 class="terms-diff-title">${escapeHtml(diff.to.title)}の変更</h2>`,
    `<p class="terms-diff-versions">改正前: ${escapeHtml(versionWords(diff.from))} → 改正後: ${escapeHtml(versionWords(diff.to))}</p>`,
    `<p class="terms-diff-summary">変更 ${summary.modified} · 新設 ${summary.added} · 削除 ${summary.removed} · 移動・番号変更 ${summary.moved}` +
      `（${CLASS_WORDS.substantive} ${summary.substantive} 件、${CLASS_WORDS.editorial} ${summary.editorial} 件）</p>`,
  );
  const stale = diff.references.filter((r) => r.kind === 'stale-number');
  if (stale.length) {
    out.push('<ul class="terms-diff-warnings">', ...stale.map((r) => `<li class="terms-diff-stale">${escapeHtml(r.message)}</li>`), '</ul>');
  }
  for (const group of groupByArticle(diff)) {
    if (groupUnchanged(group)) continue;
    const cls = group.members.concat(group.head).some((c) => c.classification === 'substantive') ? 'substantive' : 'editorial';
    const id = group.head.newId ?? group.head.oldId ?? '';
    out.push(`<section class="terms-diff-article terms-diff-${cls}" id="diff-${escapeHtml(id)}">`);
    out.push(`<h3>${escapeHtml(articleTitle(diff, group.head))}</h3>`);
    for (const change of [group.head, ...group.members]) if (change.status !== 'unchanged') out.push(clause(change));
    out.push('</section>');
  }
  if (diff.rules.length) {
    out.push('<table class="terms-diff-rules">', '<thead><tr><th>条項</th><th>種類</th><th>項目</th><th>改正前</th><th>改正後</th></tr></thead>', '<tbody>');
    for (const rule of diff.rules) {
      for (const field of rule.fields) {
        const cells = [rule.clause, rule.kind, field.path, value(field.old), value(field.new)];
        out.push(`<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
      }
    }
    out.push('</tbody>', '</table>');
  }
  out.push('</section>');
  return out.join('\n') + '\n';
}

/**
 * The changes of one article (found by its stable key) as an HTML fragment: each changed clause with its
 * redline and reasons, or null when the article is the same in both versions or in neither. For pages
 * that follow one article through its versions.
 * @param diff the result of `diffRuleSets`
 * @param key the article's stable key
 */
export function renderArticleChangesHtml(diff: TermsDiff, key: string): string | null {
  const group = groupByArticle(diff).find((g) => g.head.key === key);
  if (!group || groupUnchanged(group)) return null;
  return [group.head, ...group.members].filter((c) => c.status !== 'unchanged').map(clause).join('\n');
}

function clause(change: ClauseChange): string {
  const attrs = [
    `class="terms-diff-clause"`,
    `data-status="${change.status}"`,
    change.classification ? `data-classification="${change.classification}"` : '',
    change.newId ? `data-id="${escapeHtml(change.newId)}"` : '',
  ].filter(Boolean);
  const parts = [
    `<div ${attrs.join(' ')}>`,
    `<p class="terms-diff-label"><strong>${escapeHtml(labelWithMove(change))}</strong> <span class="terms-diff-kind">${escapeHtml(changeWords(change))}</span></p>`,
  ];
  if (change.redline.length) parts.push(`<p class="terms-diff-redline">${renderRedlineHtml(change.redline)}</p>`);
  for (const reason of change.reasons) parts.push(`<p class="terms-diff-reason">理由: ${escapeHtml(reason)}</p>`);
  parts.push('</div>');
  return parts.join('\n');
}

/**
 * A redline as HTML: deletions in `<del class="terms-del">`, insertions in `<ins class="terms-ins">`; a
 * change of whitespace only also has the class `terms-ws`, so that the page can make it visible.
 */
export function renderRedlineHtml(segments: readonly Segment[]): string {
  return segments
    .map((s) => {
      if (s.op === 'equal') return escapeHtml(s.text);
      const tag = s.op === 'delete' ? 'del' : 'ins';
      const ws = /^\s+$/u.test(s.text) ? ' terms-ws' : '';
      return `<${tag} class="terms-${tag}${ws}">${escapeHtml(s.text)}</${tag}>`;
    })
    .join('');
}

function value(v: unknown): string {
  return v === null ? '—' : JSON.stringify(v);
}
