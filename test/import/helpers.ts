/**
 * Shared by the import tests: the character accounting (every input character is in the imported
 * document or in the report) and an in-process run of the CLI.
 */
import type { Nodes, Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { main } from '../../src/cli/main.js';
import { parseMarkdown } from '../../src/compile/markdown.js';
import { readFrontMatter } from '../../src/compile/frontmatter.js';
import { buildClauseTree } from '../../src/compile/tree.js';
import { DiagnosticSink } from '../../src/diagnostics/index.js';
import type { ImportResult } from '../../src/import/index.js';

// Control characters are not text: the importer drops them and reports them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

/** The text of a Markdown input, markup left out (what the accounting counts). */
function markdownText(source: string): string {
  const parts: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'html') parts.push(node.value.replace(/<!--[^]*?-->|<[^>]*>/gu, ''));
    else if (node.type === 'image') parts.push(node.alt ?? '');
    else if ('value' in node && typeof node.value === 'string') parts.push(node.value);
    else if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(parseMarkdown(source) as Root);
  return parts.join('\n');
}

/** The non-whitespace characters of the input that the import must account for. */
export function inputCharacters(source: string, format: 'text' | 'markdown'): string[] {
  const clean = source.replace(CONTROL, '');
  return [...(format === 'markdown' ? markdownText(clean) : clean)].filter((c) => !/\s/u.test(c));
}

/**
 * The non-whitespace characters of the imported document as the compiler reads it (labels derived
 * from the numbering included, even when it finds errors), its title and company, and the text the
 * report says it left out.
 */
export function accountedCharacters(result: ImportResult): string[] {
  const sink = new DiagnosticSink('imported.md');
  const root = parseMarkdown(result.markdown);
  const meta = readFrontMatter(root, 'imported.md', sink);
  const tree = buildClauseTree(root, result.markdown, { numbering: meta?.numbering ?? { paragraph: 'fullwidth', item: 'mixed' } }, sink);
  const front = /^---\n([^]*?)\n---\n/u.exec(result.markdown)?.[1] ?? '';
  const data = parseYaml(front) as { title?: unknown; company?: unknown };
  const texts = [
    String(data.title ?? ''),
    String(data.company ?? ''),
    ...tree.chapters.map((c) => c.title),
    ...tree.articles.map((a) => a.text),
    tree.supplProvision?.text ?? '',
    tree.title?.text ?? '',
    tree.preamble?.text ?? '',
    tree.history?.text ?? '',
    ...(tree.signature?.lines ?? []),
    ...result.report.map((m) => m.text ?? ''),
  ];
  return [...texts.join('')].filter((c) => !/\s/u.test(c));
}

/** Characters of `input` that `accounted` does not hold (as a multiset): empty when all are there. */
export function unaccounted(input: readonly string[], accounted: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const c of accounted) counts.set(c, (counts.get(c) ?? 0) + 1);
  const missing: string[] = [];
  for (const c of input) {
    const n = counts.get(c) ?? 0;
    if (n === 0) missing.push(c);
    else counts.set(c, n - 1);
  }
  return missing;
}

/** Runs `terms …` in-process with captured output. */
export async function runCli(argv: string[], stdin?: NodeJS.ReadableStream) {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    ...(stdin ? { stdin } : {}),
  });
  return { status, stdout, stderr };
}
