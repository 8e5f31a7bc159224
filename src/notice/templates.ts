/**
 * The notice templates the legal team edits (templates/notice/): loaded, checked and compiled with
 * handlebars in strict mode, so that a misspelt or missing variable stops the run with the template's file
 * and line instead of printing nothing where a date should be. Text templates (subject, plain-text email,
 * `partials/text/`) are not HTML-escaped; HTML and Atom templates (`partials/html/`) are.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { TermsError } from '../errors.js';
import { PACKAGE_ROOT } from '../project/root.js';
import { displayPath } from '../project/sources.js';

/** The templates a notice is rendered with, and whether each is text or HTML (Atom is escaped like HTML). */
export const TEMPLATE_FILES = {
  'email-subject': 'text',
  'email-text': 'text',
  'email-html': 'html',
  'web-notice': 'html',
  'atom-entry': 'html',
} as const;

/** The name of a notice template (its file is `<name>.hbs`). */
export type TemplateName = keyof typeof TEMPLATE_FILES;

/** The templates shipped with knet-terms. */
export const DEFAULT_TEMPLATES_DIR: string = join(PACKAGE_ROOT, 'templates', 'notice');

/** A loaded set of notice templates. */
export interface NoticeTemplates {
  /** The folder they were read from. */
  dir: string;
  /**
   * Renders one template.
   * @throws TermsError (exit 2) naming the template file and line when the template uses a variable the
   *   context does not have, or an unknown helper
   */
  render(name: TemplateName, context: object): string;
  /**
   * Whether the templates use the recipient only by printing its fields (`{{recipient.name}}`) and testing
   * them (`{{#if recipient.name}}`): then an email rendered once with stand-ins for the fields gives every
   * recipient's email by putting the fields in (src/notice/email-renderer.ts). False (or absent) when a
   * template could treat a field's value otherwise (`lookup`, `@root`, `recipient.name.length`, a dynamic
   * partial): each email is then rendered in full.
   */
  recipientSlots?: boolean;
}

type Flavour = 'text' | 'html';
type Template = (context: unknown, options?: Handlebars.RuntimeOptions) => string;
interface Source {
  flavour: Flavour;
  /** The partial's name, or null for a top-level template. */
  partial: string | null;
  template: TemplateName | null;
  /** The file as messages name it. */
  shown: string;
  ast: hbs.AST.Program;
}

/**
 * Reads, checks and compiles a templates folder: every required template, and every `partials/text/*.hbs`
 * and `partials/html/*.hbs`. All problems (a missing file, a syntax error, a partial that does not exist)
 * are reported together.
 * @param dir the folder (default: the shipped templates)
 * @param base file names in messages are relative to it
 * @throws TermsError (exit 2) listing every problem with `file:line:column`
 */
export function loadNoticeTemplates(dir: string = DEFAULT_TEMPLATES_DIR, base: string = process.cwd()): NoticeTemplates {
  const problems: string[] = [];
  const sources: Source[] = [];
  const read = (path: string, flavour: Flavour, partial: string | null, template: TemplateName | null): void => {
    const shown = displayPath(path, base);
    try {
      sources.push({ flavour, partial, template, shown, ast: Handlebars.parse(readFileSync(path, 'utf8')) });
    } catch (error) {
      problems.push(describeLoadError(error, shown));
    }
  };
  for (const [name, flavour] of Object.entries(TEMPLATE_FILES) as Array<[TemplateName, Flavour]>) {
    const path = join(dir, `${name}.hbs`);
    if (existsSync(path)) read(path, flavour, null, name);
    else problems.push(`${displayPath(path, base)}: テンプレートがありません / template not found`);
  }
  for (const flavour of ['text', 'html'] as const) {
    const folder = join(dir, 'partials', flavour);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.hbs')).sort()) {
      read(join(folder, file), flavour, file.slice(0, -'.hbs'.length), null);
    }
  }
  for (const source of sources) {
    const known = new Set(sources.filter((s) => s.flavour === source.flavour && s.partial).map((s) => s.partial));
    for (const { name, line, column } of partialCalls(source.ast)) {
      if (!known.has(name)) {
        problems.push(
          `${source.shown}:${line}:${column}: パーシャル "${name}" がありません（partials/${source.flavour}/${name}.hbs）/ partial "${name}" not found in partials/${source.flavour}/`,
        );
      }
    }
  }
  if (problems.length) {
    throw new TermsError(`テンプレートの誤り / template errors:\n${problems.join('\n')}`, 2);
  }

  const environments = { text: Handlebars.create(), html: Handlebars.create() };
  const templates = new Map<TemplateName, Template>();
  for (const source of sources) {
    const env = environments[source.flavour];
    const compiled = located(env.compile(source.ast, { strict: true, noEscape: source.flavour === 'text' }), source.shown);
    if (source.partial) env.registerPartial(source.partial, compiled);
    if (source.template) templates.set(source.template, compiled);
  }
  return {
    dir,
    recipientSlots: sources.every((source) => printsRecipientFields(source.ast)),
    render(name, context) {
      const template = templates.get(name);
      if (!template) throw new TypeError(`unknown notice template: ${name}`);
      return template(context);
    },
  };
}

/** Wraps a compiled template so that an error inside it names its file (the innermost template wins). */
function located(template: Template, shown: string): Template {
  return (context, options) => {
    try {
      return template(context, options);
    } catch (error) {
      if (error instanceof TermsError) throw error;
      throw new TermsError(`テンプレートの誤り / template error:\n${describeRenderError(error, shown)}`, 2);
    }
  };
}

function location(error: unknown): { line: number; column: number } | null {
  const e = error as { lineNumber?: unknown; column?: unknown; message?: unknown };
  if (typeof e.lineNumber === 'number') return { line: e.lineNumber, column: typeof e.column === 'number' ? e.column + 1 : 1 };
  // The parser's own errors carry the line only in their text: "Parse error on line 3:".
  const line = /on line (\d+)/u.exec(String(e.message ?? ''));
  return line ? { line: Number(line[1]), column: 1 } : null;
}

/** The handlebars message without its trailing " - 3:4" and the parser's context lines. */
function handlebarsMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/ - \d+:\d+$/u, '').replace(/\n/gu, ' ');
}

function describeLoadError(error: unknown, shown: string): string {
  const place = location(error);
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return `${shown}: 読み込めません / cannot read (${code})`;
  return `${place ? `${shown}:${place.line}:${place.column}` : shown}: 構文エラー / syntax error: ${handlebarsMessage(error)}`;
}

function describeRenderError(error: unknown, shown: string): string {
  const place = location(error);
  const at = place ? `${shown}:${place.line}:${place.column}` : shown;
  const missing = /^"([^"]+)" not defined in/u.exec(error instanceof Error ? error.message : '');
  if (missing) {
    return `${at}: 変数またはヘルパー "${missing[1]}" がありません / "${missing[1]}" is not defined (templates run in strict mode: see templates/notice/README.md for the variables)`;
  }
  return `${at}: ${handlebarsMessage(error)}`;
}

/** Every `{{> name}}` in a template, with its position. */
function partialCalls(ast: hbs.AST.Program): Array<{ name: string; line: number; column: number }> {
  const calls: Array<{ name: string; line: number; column: number }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const n = node as { type?: string; name?: { type?: string; original?: unknown }; loc?: hbs.AST.SourceLocation };
    if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && n.name?.type === 'PathExpression') {
      calls.push({ name: String(n.name.original), line: n.loc?.start.line ?? 1, column: (n.loc?.start.column ?? 0) + 1 });
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc') walk(value);
  };
  walk(ast);
  return calls;
}

/** The recipient's fields a template may print or test. */
export const RECIPIENT_FIELDS = ['name', 'email', 'contract'] as const;

/**
 * Whether a template uses the recipient only as `recipient.<field>` (printed, tested, or passed on), never
 * as a key (`lookup`), through `@root`, by a property of a field's value, or in a dynamic partial: then
 * its output depends on a field only by the field's text where it is printed and whether it is empty.
 */
function printsRecipientFields(ast: hbs.AST.Program): boolean {
  let plain = true;
  const fields: ReadonlySet<string> = new Set(RECIPIENT_FIELDS);
  const walk = (node: unknown): void => {
    if (!plain) return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const n = node as { type?: string; original?: unknown; parts?: unknown; data?: unknown; name?: { type?: string } };
    if (n.type === 'PathExpression') {
      const parts = Array.isArray(n.parts) ? n.parts.map(String) : [];
      if (n.original === 'lookup' || (n.data === true && parts[0] === 'root')) plain = false;
      else if (parts.includes('recipient') && !(parts.length === 2 && parts[0] === 'recipient' && fields.has(parts[1] as string))) plain = false;
    }
    if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && n.name?.type === 'SubExpression') plain = false;
    for (const [key, value] of Object.entries(n)) if (key !== 'loc') walk(value);
  };
  walk(ast);
  return plain;
}
