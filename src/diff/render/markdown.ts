/**
 * The diff as Markdown for a pull-request comment (GitHub): a summary, the changed articles in a table,
 * then each changed clause with its redline (`<del>`/`<ins>`, which GitHub renders), its kinds and the
 * reasons given in the front matter; rule and cross-reference changes last.
 */
import type { ClauseChange, Segment, TermsDiff } from '../types.js';
import {
  CLASS_WORDS,
  articleTitle,
  escapeMarkdown,
  groupByArticle,
  groupUnchanged,
  changeWords,
  labelWithMove,
  statusWord,
  versionWords,
} from './common.js';

/**
 * Renders a diff as Markdown.
 * @param diff the result of `diffRuleSets`
 */
export function renderDiffMarkdown(diff: TermsDiff): string {
  const out: string[] = [];
  const { summary } = diff;
  out.push(`## ${escapeMarkdown(diff.to.title)}の変更`, '');
  out.push(`改正前: ${escapeMarkdown(versionWords(diff.from))}（${diff.from.version}） → 改正後: ${escapeMarkdown(versionWords(diff.to))}（${diff.to.version}）`, '');
  if (!diff.clauses.some((c) => c.status !== 'unchanged') && diff.rules.length === 0) {
    out.push('変更はありません。', '');
    return out.join('\n');
  }
  out.push(
    `変更 ${summary.modified} · 新設 ${summary.added} · 削除 ${summary.removed} · 移動・番号変更 ${summary.moved}` +
      `（${CLASS_WORDS.substantive} ${summary.substantive} 件、${CLASS_WORDS.editorial} ${summary.editorial} 件）`,
    '',
  );
  const stale = diff.references.filter((r) => r.kind === 'stale-number');
  if (stale.length) {
    out.push('> [!WARNING]', '> 番号が更新されていない参照があります。', ...stale.map((r) => `> - ${escapeMarkdown(r.message)}`), '');
  }
  out.push('| 条 | 変更 | 区分 |', '| --- | --- | --- |');
  for (const article of summary.articles) {
    const title = article.caption ? `${article.label}（${article.caption}）` : article.label;
    const word = statusWord({ status: article.status, kinds: [] });
    out.push(`| ${escapeMarkdown(title)} | ${word} | ${article.classification ? CLASS_WORDS[article.classification] : ''} |`);
  }
  out.push('');
  for (const group of groupByArticle(diff)) {
    if (groupUnchanged(group)) continue;
    out.push(`### ${escapeMarkdown(articleTitle(diff, group.head))}`, '');
    for (const change of [group.head, ...group.members]) {
      if (change.status !== 'unchanged') out.push(...clause(change), '');
    }
  }
  if (diff.rules.length) {
    out.push('### ルールの変更', '', '| 条項 | 種類 | 項目 | 改正前 | 改正後 |', '| --- | --- | --- | --- | --- |');
    for (const rule of diff.rules) {
      for (const field of rule.fields) {
        out.push(`| ${escapeMarkdown(rule.clause)} | ${escapeMarkdown(rule.kind)} | ${escapeMarkdown(field.path)} | ${value(field.old)} | ${value(field.new)} |`);
      }
    }
    out.push('');
  }
  const renumbered = diff.references.filter((r) => r.kind === 'target-renumbered');
  if (renumbered.length) {
    out.push('### 番号の変わった参照先', '', ...renumbered.map((r) => `- ${escapeMarkdown(r.message)}`), '');
  }
  return out.join('\n');
}

function clause(change: ClauseChange): string[] {
  const lines = [`- **${escapeMarkdown(labelWithMove(change))}**　${escapeMarkdown(changeWords(change))}`];
  if (change.redline.length) lines.push('', `  ${redline(change.redline)}`);
  for (const reason of change.reasons) lines.push('', `  理由: ${escapeMarkdown(reason)}`);
  return lines;
}

/** A redline with GitHub's `<del>` and `<ins>`. */
function redline(segments: readonly Segment[]): string {
  return segments
    .map((s) => (s.op === 'equal' ? escapeMarkdown(s.text) : `<${s.op === 'delete' ? 'del' : 'ins'}>${escapeMarkdown(s.text)}</${s.op === 'delete' ? 'del' : 'ins'}>`))
    .join('');
}

function value(v: unknown): string {
  return v === null ? '—' : `\`${JSON.stringify(v).replace(/`/gu, "'").replace(/\|/gu, '\\|')}\``;
}
