/**
 * Rule examples are short Markdown bodies; this wraps one into a whole terms document (front matter
 * included) so that it compiles like a real version.
 */
import type { LintOptions } from './index.js';
import type { RuleExamples } from './types.js';

/** Front matter of every example document unless the example brings its own. */
const FRONT_MATTER = `---
document: example
title: 例示規約
company: 例示株式会社
version: 2026-04-01
effective: 2026-04-01
numbering:
  paragraph: fullwidth
  item: mixed
---
`;

/**
 * A complete example document: the standard front matter, then `body` (articles, 付則).
 * @param body Markdown starting with `## 第１条（…）` (or `# 第１章 …`)
 */
export function exampleDocument(body: string): string {
  return `${FRONT_MATTER}\n${body.trim()}\n`;
}

/**
 * The lint options a rule's examples are checked with: the configuration the examples declare, for the
 * example document.
 * @param examples a rule's examples
 */
export function exampleOptions(examples: RuleExamples): Pick<LintOptions, 'requiredAnnotations'> {
  const required = examples.settings?.requiredAnnotations;
  return required ? { requiredAnnotations: { example: required } } : {};
}
