/**
 * The diff as plain text for a terminal: each changed clause with its redline in wdiff's notation
 * (`解約希望日の[-２ヶ月-]{+３ヶ月+}前まで`), rule and cross-reference changes after.
 */
import { renderRedlineText } from '../redline.js';
import type { TermsDiff } from '../types.js';
import { CLASS_WORDS, articleTitle, changeWords, groupByArticle, groupUnchanged, labelWithMove } from './common.js';

/**
 * Renders a diff as plain text.
 * @param diff the result of `diffRuleSets`
 */
export function renderDiffText(diff: TermsDiff): string {
  const { summary } = diff;
  const out = [
    `${diff.to.title}: ${diff.from.version} → ${diff.to.version}`,
    `変更 ${summary.modified} · 新設 ${summary.added} · 削除 ${summary.removed} · 移動・番号変更 ${summary.moved}` +
      `（${CLASS_WORDS.substantive} ${summary.substantive} 件、${CLASS_WORDS.editorial} ${summary.editorial} 件）`,
  ];
  for (const group of groupByArticle(diff)) {
    if (groupUnchanged(group)) continue;
    out.push('', articleTitle(diff, group.head));
    for (const change of [group.head, ...group.members]) {
      if (change.status === 'unchanged') continue;
      out.push(`  ${labelWithMove(change)}  ${changeWords(change)}`);
      if (change.redline.length) out.push(`    ${renderRedlineText(change.redline)}`);
      for (const reason of change.reasons) out.push(`    理由: ${reason}`);
    }
  }
  if (diff.rules.length) {
    out.push('', 'ルールの変更');
    for (const rule of diff.rules) {
      for (const field of rule.fields) {
        out.push(`  ${rule.clause}/${rule.kind} ${field.path}: ${JSON.stringify(field.old)} → ${JSON.stringify(field.new)}`);
      }
    }
  }
  if (diff.references.length) {
    out.push('', '参照');
    for (const ref of diff.references) out.push(`  ${ref.kind === 'stale-number' ? '⚠ ' : ''}${ref.message}`);
  }
  return out.join('\n') + '\n';
}
