/**
 * `terms import`: existing terms (text extracted from a PDF or Word file, or Markdown written by hand)
 * → the project's structured Markdown, ready to annotate, and a report of what could not be placed or
 * had to be guessed. A pure function of the input text; the CLI does the I/O.
 *
 * text → lines → structure → labels → Markdown → compile check
 */
import { sortDiagnostics } from '../diagnostics/index.js';
import type { RuleSet } from '../ruleset/schema.js';
import { checkImported } from './check.js';
import { guessCompany } from './guess.js';
import { readMarkdownInput } from './markdown/read.js';
import { detectNumbering, settleLabels, type Numbering } from './numbering.js';
import { renderDocument } from './render.js';
import { ImportReport, inputLine, type ImportMessage } from './report.js';
import { buildDocument } from './structure/build.js';
import { readTextInput } from './text/read.js';
import type { Guessed, ImportedDocument, InputFormat, InputLine } from './types.js';

export type { ImportMessage } from './report.js';
export type { ImportedDocument, InputFormat } from './types.js';

/** What to import and the front matter values the input cannot give. */
export interface ImportOptions {
  /** Path of the input, reported with every message (and used to tell text from Markdown). */
  path: string;
  /** The input's format; detected from the path and content when absent. */
  format?: InputFormat;
  /** Document id (`knet-cloud`). */
  document: string;
  /** Effective date, YYYY-MM-DD (also the version). */
  effective: string;
  /** Title and company; guessed from the input when absent. */
  title?: string;
  company?: string;
}

/** The imported document and everything said about it. */
export interface ImportResult {
  format: InputFormat;
  /** The structured Markdown. */
  markdown: string;
  /** The report, in input line order. */
  report: ImportMessage[];
  /** The document as imported (before it was written as Markdown). */
  document: ImportedDocument;
  /** The compiled rule set, or null when the imported Markdown does not compile (see the report). */
  ruleSet: RuleSet | null;
}

/** Placeholders that compile, for a title or company the input does not give. */
export const PLACEHOLDER = { title: '（表題未設定）', company: '（会社名未設定）' } as const;

/**
 * Tells text from Markdown: by extension (`.md`, `.markdown` / `.txt`), else by content (a `#`
 * heading, bold, or front matter means Markdown).
 */
export function detectFormat(path: string, source: string): InputFormat {
  if (/\.(md|markdown)$/iu.test(path)) return 'markdown';
  if (/\.txt$/iu.test(path)) return 'text';
  return /^(#{1,6}[ \t]|---\r?\n)|\*\*\S/mu.test(source) ? 'markdown' : 'text';
}

/**
 * A front matter value: given as an option, else the first found in the input (reported as a guess),
 * else a placeholder (reported). Input lines found but not used are reported with their text.
 */
function resolveMeta(name: 'title' | 'company', given: string | undefined, found: ReadonlyArray<Guessed | null>, report: ImportReport): string {
  const what = name === 'title' ? '表題' : '会社名';
  const candidates = found.filter((f): f is Guessed => f !== null);
  const chosen = given !== undefined && given.trim() !== '' ? given.trim() : null;
  candidates.forEach((f, i) => {
    if (chosen !== null || i > 0) report.leftOut('info', `import/${name}`, `入力の${what}「${f.text}」は使いませんでした / ${name} in the input not used`, inputLine(f.line), f.text);
  });
  if (chosen !== null) return chosen;
  const first = candidates[0];
  if (first) {
    report.add('info', `import/${name}`, `${what}を入力から推定しました: 「${first.text}」（--${name} で指定できます） / ${name} guessed from the input`, inputLine(first.line));
    return first.text;
  }
  report.add('warning', `import/${name}`, `${what}が見つからないため仮の値「${PLACEHOLDER[name]}」にしました（--${name} で指定してください） / no ${name} found: placeholder written`, inputLine(1));
  return PLACEHOLDER[name];
}

/** What a reader of one input format gives the structure pass: lines, and what it found of title and company. */
export interface ReadInput {
  lines: InputLine[];
  title: Guessed | null;
  company: Guessed | null;
  /** The numbering style the input states (Markdown front matter); detected from the labels when absent. */
  numbering?: Numbering;
}

/**
 * Imports existing terms.
 * @param source the input text
 * @param options see {@link ImportOptions}
 */
export function importTerms(source: string, options: ImportOptions): ImportResult {
  const report = new ImportReport(options.path);
  const format = options.format ?? detectFormat(options.path, source);
  const input: ReadInput = format === 'markdown' ? readMarkdownInput(source, report) : { company: null, ...readTextInput(source, report) };
  return importLines(input, format, options, report);
}

/**
 * The steps every input format shares once its reader has made lines of it (text, Markdown, and any
 * reader of a binary format): structure → labels → front matter → Markdown → compile check. One place
 * decides structure, whatever the input was.
 * @param input what the format's reader gave
 * @param format the input format, reported back
 * @param options see {@link ImportOptions}
 * @param report the report the reader already wrote to
 */
export function importLines(input: ReadInput, format: InputFormat, options: ImportOptions, report: ImportReport): ImportResult {
  const { lines, title, company } = input;
  const document = buildDocument(lines, report);
  // Labels a Markdown list holds are markup: the few written ones tell little, so a stated style wins.
  const numbering = input.numbering ?? detectNumbering(document);
  settleLabels(document, numbering, report);
  const meta = {
    document: options.document,
    title: resolveMeta('title', options.title, [title, document.title], report),
    company: resolveMeta('company', options.company, [company ?? (options.company ? null : guessCompany(lines))], report),
    effective: options.effective,
    numbering,
  };
  const { markdown, lineMap } = renderDocument(document, meta);
  let ruleSet: RuleSet | null = null;
  if (document.body.some((b) => b.kind === 'article')) {
    ruleSet = checkImported(markdown, lineMap, report);
  } else {
    report.add('error', 'import/no-articles', '条（第１条 …）が一つも見つかりません / no article found in the input', inputLine(1));
  }
  return { format, markdown, report: sortDiagnostics(report.diagnostics), document, ruleSet };
}
