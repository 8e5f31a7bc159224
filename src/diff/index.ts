/**
 * `terms diff` as a library: compare two compiled versions (`diffRuleSets`) and render the result for
 * people: plain text for a terminal, Markdown for pull requests, an HTML fragment for the site and the
 * notice email, and the 新旧対照表 (old/new comparison table) in HTML and Markdown for the legal team.
 */
export { diffRuleSets } from './diff.js';
export { renderRedlineText } from './redline.js';
export { renderDiffText } from './render/text.js';
export { renderDiffMarkdown } from './render/markdown.js';
export { renderArticleChangesHtml, renderDiffHtml, renderRedlineHtml } from './render/html.js';
export { renderComparisonTableHtml, type ComparisonTableHtmlOptions } from './render/table-html.js';
export { renderComparisonTableMarkdown } from './render/table-markdown.js';
export { DIFF_SCHEMA_ID, TermsDiffSchema } from './schema.js';
export type {
  ChangeClass,
  ChangeKind,
  ClauseChange,
  ClauseStatus,
  ReferenceChange,
  RuleChange,
  Segment,
  TermsDiff,
  VersionRef,
} from './types.js';
