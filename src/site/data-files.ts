/**
 * The machine-readable output of a build, beside the site: rule sets, the revisions' diffs in every form
 * the diff module renders, and the notices.
 */
import { renderComparisonTableMarkdown, renderDiffMarkdown, type TermsDiff } from '../diff/index.js';
import { serializeRuleSet } from '../ruleset/serialize.js';
import { diffKey, versionPairs, type SiteDocument } from './model.js';
import { diffRenderings } from './pages/diff.js';
import type { SiteNotice } from './notices.js';
import type { FileMap } from './output.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The output besides the site: `rules/<doc>/<version>.json`; for each revision
 * `diff/<doc>/<old>...<new>.{json,md,html,table.html,table.md}`; `notices/<doc>/<version>.{html,atom.xml}`.
 * @param documents the documents
 * @param diffs the diffs, by `diffKey`
 * @param notices the notices
 * @returns the files of each piece (`rules`, `diff`, `notices`)
 */
export function dataFiles(documents: readonly SiteDocument[], diffs: ReadonlyMap<string, TermsDiff>, notices: readonly SiteNotice[]) {
  const rules: FileMap = new Map();
  const diff: FileMap = new Map();
  for (const doc of documents) {
    for (const v of doc.versions) rules.set(`${doc.id}/${v.ruleSet.meta.version}.json`, serializeRuleSet(v.ruleSet));
    for (const pair of versionPairs(doc).filter((p) => p.consecutive)) {
      const name = `${pair.from.meta.version}...${pair.to.meta.version}`;
      const d = diffs.get(diffKey(doc.id, pair.from.meta.version, pair.to.meta.version));
      if (!d) continue;
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
