/**
 * The compiler: terms Markdown → rule set. A pure function of the source text; the CLI does the I/O.
 * Markdown → mdast (remark) → clause tree → references, definitions, rules → validated rule set.
 */
import { DiagnosticSink, type Diagnostic } from '../diagnostics/index.js';
import type { Rule } from '../annotation/schema.js';
import { normalizeAnnotation } from '../annotation/normalize.js';
import { RULESET_SCHEMA_ID, type RuleSet } from '../ruleset/schema.js';
import { validateRuleSet } from '../ruleset/validate.js';
import { parseMarkdown } from './markdown.js';
import { readFrontMatter } from './frontmatter.js';
import { buildClauseTree } from './tree.js';
import { extractReferences } from './references.js';
import { collectDefinitions } from './definitions.js';
import { sha256 } from './hash.js';

export interface CompileResult {
  /** The rule set, or null when any error was found (nothing half-valid is ever returned). */
  ruleSet: RuleSet | null;
  /** Every problem found, errors and warnings, in source order. */
  diagnostics: Diagnostic[];
}

/**
 * Compiles one version of a terms document.
 * @param source the Markdown text
 * @param path the path reported in diagnostics and recorded as `meta.source`
 */
export function compileTerms(source: string, path: string): CompileResult {
  const sink = new DiagnosticSink(path);
  const root = parseMarkdown(source, sink);
  const meta = readFrontMatter(root, path, sink);
  const tree = buildClauseTree(root, source, { numbering: meta?.numbering ?? { paragraph: 'fullwidth', item: 'mixed' } }, sink);
  const rules: Rule[] = [];
  const ids = new Map<string, number>();
  for (const bound of tree.annotations) {
    const rule = normalizeAnnotation(bound.annotation, bound.clause, bound.key, sink);
    if (!rule) continue;
    const count = (ids.get(rule.id) ?? 0) + 1;
    ids.set(rule.id, count);
    if (count > 1) rule.id = `${rule.id}#${count}`;
    rules.push(rule);
  }
  const definitions = collectDefinitions(tree.articles, rules, sink);
  const references = extractReferences(tree.articles, tree.supplProvision);
  const diagnostics = sink.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  if (sink.hasErrors || !meta) return { ruleSet: null, diagnostics };
  const documentText = [
    ...tree.chapters.map((c) => c.title),
    ...tree.articles.map((a) => a.text),
    tree.supplProvision?.text ?? '',
  ].join('\n');
  // The 前文 is text of the document; the history is data about it (a new history line is editorial).
  const hashed = tree.preamble ? `${tree.preamble.text}\n${documentText}` : documentText;
  const ruleSet: RuleSet = {
    schema: RULESET_SCHEMA_ID,
    meta,
    hash: sha256(hashed),
    chapters: tree.chapters,
    articles: tree.articles,
    supplProvision: tree.supplProvision,
    definitions,
    references,
    suppressions: tree.suppressions,
    rules,
    title: tree.title,
    preamble: tree.preamble,
    history: tree.history,
    signature: tree.signature,
  };
  const problems = validateRuleSet(ruleSet);
  if (problems.length) {
    // The compiler built something its own schema rejects: a bug, not the author's mistake.
    throw new Error(`internal error: compiled rule set fails its schema:\n${problems.join('\n')}`);
  }
  return { ruleSet, diagnostics };
}
