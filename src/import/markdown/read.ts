/**
 * Reads hand-written Markdown: its lines (see flatten.ts) and, when it has YAML front matter, the
 * title, company and numbering written there. The rest of the front matter is not terms text: it is reported.
 */
import type { Yaml } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { parseMarkdown } from '../../compile/markdown.js';
import type { NumberingStyle } from '../../numbers/index.js';
import type { Numbering } from '../numbering.js';
import { inputLine, type ImportReport } from '../report.js';
import type { Guessed, InputLine } from '../types.js';
import { splitLines } from '../text/lines.js';
import { flattenMarkdown } from './flatten.js';

/** What the Markdown reader gives the structure pass. */
export interface MarkdownInput {
  lines: InputLine[];
  title: Guessed | null;
  company: Guessed | null;
  /** The numbering style the front matter states, when it states a valid one. */
  numbering?: Numbering;
}

const STYLES: readonly string[] = ['fullwidth', 'halfwidth', 'mixed'];

/** The front matter's `numbering`, when both styles are valid. */
function numberingOf(data: unknown): Numbering | null {
  const value = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['numbering'] : undefined;
  if (typeof value !== 'object' || value === null) return null;
  const { paragraph, item } = value as Record<string, unknown>;
  return typeof paragraph === 'string' && typeof item === 'string' && STYLES.includes(paragraph) && STYLES.includes(item)
    ? { paragraph: paragraph as NumberingStyle, item: item as NumberingStyle }
    : null;
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
  const root = parseMarkdown(clean, { error: (ruleId, message, place) => report.add('error', ruleId, message, inputLine(place?.line ?? 1)) });
  const yaml = root.children.find((n): n is Yaml => n.type === 'yaml');
  let title: Guessed | null = null;
  let company: Guessed | null = null;
  let numbering: Numbering | null = null;
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
    numbering = numberingOf(data);
    report.leftOut('info', 'import/front-matter', 'フロントマターは title・company・numbering だけを読みました / front matter: only title, company and numbering are read', inputLine(line), yaml.value);
  }
  const input: MarkdownInput = { lines: flattenMarkdown(root, clean), title, company };
  if (numbering) input.numbering = numbering;
  return input;
}
