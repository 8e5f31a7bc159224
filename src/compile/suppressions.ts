import type { Html } from 'mdast';
import type { Suppression } from '../ruleset/schema.js';
import { locOf } from './text.js';

const SUPPRESSION = /^<!--\s*terms-lint-disable-next-line\b([^]*?)-->\s*$/u;

/**
 * Reads a lint suppression comment `<!-- terms-lint-disable-next-line RULE[, RULE] -- reason -->`.
 * @param node an HTML block
 * @param lines the source lines (the suppression applies to the next non-blank one)
 * @returns the suppression; `comment` for any other HTML comment; `html` for HTML that is not a comment
 */
export function readSuppression(node: Html, lines: readonly string[]): Suppression | 'comment' | 'html' {
  const value = node.value.trim();
  const m = SUPPRESSION.exec(value);
  if (!m) return /^<!--[^]*-->$/u.test(value) ? 'comment' : 'html';
  const [rulesPart, ...reasonParts] = (m[1] ?? '').split(/\s--\s?/u);
  const reason = reasonParts.join(' -- ').trim();
  const p = node.position;
  let line = (p?.end.line ?? 1) + 1;
  while (line <= lines.length && (lines[line - 1] ?? '').trim() === '') line++;
  return {
    rules: (rulesPart ?? '').split(/[\s,]+/u).filter(Boolean),
    reason: reason === '' ? null : reason,
    line,
    loc: locOf(node),
  };
}
