/**
 * Reads hand-written Markdown: its lines (see flatten.ts) and, when it has YAML front matter, the
 * title and company written there. The rest of the front matter is not terms text: it is reported.
 */
import type { Yaml } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { parseMarkdown } from '../../compile/markdown.js';
import type { ImportReport } from '../report.js';
import type { Guessed, InputLine } from '../types.js';
import { splitLines } from '../text/lines.js';
import { flattenMarkdown } from './flatten.js';

/** What the Markdown reader gives the structure pass. */
export interface MarkdownInput {
  lines: InputLine[];
  title: Guessed | null;
  company: Guessed | null;
}

function field(data: unknown, name: string, line: number): Guessed | null {
  const value = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? { text: value.trim(), line } : null;
}

/**
 * Reads a Markdown input.
 * @param source the Markdown text
 * @param report where the front matter and removed control characters are recorded
 */
export function readMarkdownInput(source: string, report: ImportReport): MarkdownInput {
  const clean = splitLines(source, report).map((l) => l.text).join('\n');
  const root = parseMarkdown(clean, { error: (ruleId, message, place) => report.add('error', ruleId, message, place?.line ?? 1) });
  const yaml = root.children.find((n): n is Yaml => n.type === 'yaml');
  let title: Guessed | null = null;
  let company: Guessed | null = null;
  if (yaml) {
    const line = yaml.position?.start.line ?? 1;
    let data: unknown = null;
    try {
      data = parseYaml(yaml.value, { logLevel: 'silent' });
    } catch {
      // Unreadable front matter is reported below like any other: its text is kept in the report.
    }
    title = field(data, 'title', line);
    company = field(data, 'company', line);
    report.add('info', 'import/front-matter', 'フロントマターは title と company だけを読みました / front matter: only title and company are read', line, yaml.value);
  }
  return { lines: flattenMarkdown(root, clean), title, company };
}
