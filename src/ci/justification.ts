/**
 * 民法548条の4第1項: a change of standard terms binds customers without each one's consent only if it is
 * in their general interest (第1号) or reasonable in view of its necessity, the appropriateness of the new
 * content and the other circumstances (第2号). Each version that changes the content of the articles
 * states which in its front matter (`justification:`); this check fails CI when one does not, or when a
 * `reasonable` change does not say why it is necessary and why its new content is appropriate. A version
 * that changes only whitespace, width or punctuation (表記の修正のみ) changes no content and needs none.
 */
import { diagnosticAt, type Diagnostic } from '../diagnostics/index.js';
import { differenceKind } from '../diff/normalize.js';
import type { RuleSet } from '../ruleset/schema.js';
import { frontMatterPlace } from './place.js';
import type { CiVersion } from './types.js';

const RULE = 'ci/justification';
const LAW = '民法548条の4第1項';

/**
 * The articles whose wording a version changes from the one before (added and removed ones included);
 * the 付則 (which states when the version takes effect) is not a change of the contract's content.
 * @param previous the version in force before
 * @param next the new version
 * @returns the changed articles' ids, in the new version's order, then removed ones
 */
export function substantiveArticles(previous: RuleSet, next: RuleSet): string[] {
  const before = new Map(previous.articles.map((a) => [a.id, a.text]));
  const changed: string[] = [];
  for (const article of next.articles) {
    const old = before.get(article.id);
    if (old === undefined || (old !== article.text && differenceKind(old, article.text) === 'wording')) changed.push(article.id);
    before.delete(article.id);
  }
  return changed.concat([...before.keys()]);
}

/**
 * Checks every version after the first of one document.
 * @param versions one document's versions, in version order
 * @returns an error per version that lacks what 民法548条の4第1項 needs
 */
export function checkJustification(versions: readonly CiVersion[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  versions.forEach((v, i) => {
    const previous = versions[i - 1];
    if (!previous) return;
    const meta = v.ruleSet.meta;
    const file = meta.source;
    const justification = meta.justification;
    if (!justification) {
      const changed = substantiveArticles(previous.ruleSet, v.ruleSet);
      if (changed.length === 0) return;
      out.push(
        diagnosticAt(
          file,
          'error',
          RULE,
          `${meta.version} は ${previous.ruleSet.meta.version} から条項の内容を変更しています（${changed.join(', ')}）が、フロントマターに変更の根拠（justification）がありません。` +
            `${LAW}により、契約者の個別の同意なく変更できるのは、契約者の一般の利益に適合するとき（第1号: basis: general-interest）又は変更の必要性、変更後の内容の相当性その他の事情に照らして合理的なとき（第2号: basis: reasonable）に限られます / ` +
            `Missing justification: ${meta.version} changes the content of ${changed.join(', ')}; ${LAW} requires basis general-interest (item 1) or reasonable (item 2)`,
          frontMatterPlace(v.source, 'effective'),
        ),
      );
      return;
    }
    if (justification.basis !== 'reasonable') return;
    const place = frontMatterPlace(v.source, 'justification');
    const missing: Array<[string, string]> = [];
    if (!justification.necessity?.trim()) missing.push(['necessity', '変更の必要性']);
    if (!justification.appropriateness?.trim()) missing.push(['appropriateness', '変更後の内容の相当性']);
    for (const [field, ja] of missing) {
      out.push(
        diagnosticAt(
          file,
          'error',
          RULE,
          `justification.basis が reasonable（${LAW}第2号）のときは、${ja}（justification.${field}）を記載してください / Missing justification.${field}: a reasonable change (${LAW}, item 2) must state it`,
          place,
        ),
      );
    }
  });
  return out;
}
