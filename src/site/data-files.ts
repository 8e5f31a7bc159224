/**
 * The machine-readable output of a build, beside the site: rule sets, the revisions' diffs in every form
 * the diff module renders, and the notices.
 */
import { renderComparisonTableMarkdown, renderDiffMarkdown } from '../diff/index.js';
import { serializeRuleSet } from '../ruleset/serialize.js';
import type { Comparisons, SiteDocument } from './model.js';
import { diffRenderings } from './pages/diff.js';
import type { SiteNotice } from './notices.js';
import type { FileMap } from './output.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The output besides the site: `rules/<doc>/<version>.json`; for each revision
 * `diff/<doc>/<old>...<new>.{json,md,html,table.html,table.md}`; `notices/<doc>/<version>.{html,atom.xml}`.
 * @param documents the documents
 * @param comparisons every document's pairs of versions with their diffs
 * @param notices the notices
 * @returns the files of each piece (`rules`, `diff`, `notices`)
 */
export function dataFiles(documents: readonly SiteDocument[], comparisons: Comparisons, notices: readonly SiteNotice[]) {
  const rules: FileMap = new Map();
  const diff: FileMap = new Map();
  for (const doc of documents) {
    for (const v of doc.versions) rules.set(`${doc.id}/${v.ruleSet.meta.version}.json`, serializeRuleSet(v.ruleSet));
    for (const { from, to, diff: d, consecutive } of comparisons.get(doc.id) ?? []) {
      if (!consecutive) continue;
      const name = `${from.meta.version}...${to.meta.version}`;
      diff.set(`${doc.id}/${name}.json`, json(d));
      diff.set(`${doc.id}/${name}.md`, renderDiffMarkdown(d));
      diff.set(`${doc.id}/${name}.html`, diffRenderings(d).redline);
      diff.set(`${doc.id}/${name}.table.html`, diffRenderings(d).printable);
      diff.set(`${doc.id}/${name}.table.md`, renderComparisonTableMarkdown(d));
    }
  }
  const notice: FileMap = new Map();
  for (const n of notices) {
    notice.set(`${n.summary.document}/${n.summary.version}.html`, n.html);
    notice.set(`${n.summary.document}/${n.summary.version}.atom.xml`, n.atom);
  }
  return { rules, diff, notices: notice };
}
