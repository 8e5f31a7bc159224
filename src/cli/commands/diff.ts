import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { compileTerms } from '../../compile/index.js';
import type { Diagnostic } from '../../diagnostics/index.js';
import {
  diffRuleSets,
  renderComparisonTableHtml,
  renderComparisonTableMarkdown,
  renderDiffHtml,
  renderDiffMarkdown,
  renderDiffText,
  type TermsDiff,
} from '../../diff/index.js';
import { TermsError } from '../../errors.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { displayPath } from '../../project/sources.js';
import type { RuleSet } from '../../ruleset/schema.js';
import { validateRuleSet } from '../../ruleset/validate.js';
import { parseCommandArgs } from '../args.js';
import { printDiagnostics } from '../print.js';
import { EXIT, type CliIo, type Command } from '../io.js';

const usage =
  'terms diff <old> <new> [--format text|json|markdown|html|table-html|table-markdown|docx|pdf] [--standalone] [--out FILE] [--terms DIR]\n' +
  '  <old>, <new>: terms/<doc>/<version>.md, a compiled .json rule set, or <doc>@<version> (knet-cloud@2018-04-20)';

const RENDERERS: Record<string, (diff: TermsDiff, standalone: boolean) => string> = {
  text: (diff) => renderDiffText(diff),
  json: (diff) => JSON.stringify(diff, null, 2) + '\n',
  markdown: (diff) => renderDiffMarkdown(diff),
  html: (diff) => renderDiffHtml(diff),
  'table-html': (diff, standalone) => renderComparisonTableHtml(diff, { standalone }),
  'table-markdown': (diff) => renderComparisonTableMarkdown(diff),
};

/** The 新旧対照表 as a file (Word, or PDF printed by Chromium): loaded only when asked for, written with --out. */
const FILE_RENDERERS: Record<string, (diff: TermsDiff) => Promise<Uint8Array>> = {
  docx: async (diff) => (await import('../../export/shinkyu-docx.js')).renderComparisonTableDocx(diff),
  pdf: async (diff) => (await import('../../export/shinkyu-pdf.js')).printComparisonTablePdf(diff),
};

const VERSION_SPEC = /^([a-z0-9][a-z0-9-]*)@(\d{4}-\d{2}-\d{2})$/u;

/** A version to compare, as loaded: its rule set, or the problems that kept it from loading. */
interface Loaded {
  ruleSet: RuleSet | null;
  problems: string[];
  diagnostics: Diagnostic[];
}

/** Reads one side: a `doc@version`, a compiled rule set (.json) or a terms Markdown file. */
async function load(spec: string, termsDir: string, io: CliIo): Promise<Loaded> {
  const version = VERSION_SPEC.exec(spec);
  const path = version ? join(termsDir, version[1] as string, `${version[2] as string}.md`) : resolve(io.cwd, spec);
  const shown = displayPath(path, io.cwd);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    const known = version ? await knownVersions(termsDir, version[1] as string) : '';
    return { ruleSet: null, problems: [`${shown} を読めません / cannot read ${shown}${known}`], diagnostics: [] };
  }
  if (!path.endsWith('.json')) {
    const result = compileTerms(text, shown);
    const problems = result.ruleSet ? [] : [`${shown} をコンパイルできません / ${shown} does not compile`];
    return { ruleSet: result.ruleSet, problems, diagnostics: result.diagnostics };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ruleSet: null, problems: [`${shown}: JSON を読めません / invalid JSON: ${(error as Error).message}`], diagnostics: [] };
  }
  const invalid = validateRuleSet(value);
  if (invalid.length) {
    return { ruleSet: null, problems: invalid.map((p) => `${shown}: ルールセットではありません / not a rule set: ${p}`), diagnostics: [] };
  }
  return { ruleSet: value as RuleSet, problems: [], diagnostics: [] };
}

/** ` (版 / versions: 2018-04-20, 2027-01-01)`, to help when a version was mistyped. */
async function knownVersions(termsDir: string, document: string): Promise<string> {
  try {
    const files = (await readdir(join(termsDir, document))).filter((f) => /^\d{4}-\d{2}-\d{2}\.md$/u.test(f)).sort();
    return files.length ? ` (版 / versions: ${files.map((f) => f.slice(0, -3)).join(', ')})` : '';
  } catch {
    return ` (文書 ${document} がありません / no document ${document})`;
  }
}

export const diffCommand: Command = {
  summary: '二つの版を比較（差分・新旧対照表） / compare two versions (redline, comparison table)',
  usage,
  help: {
    '<old> <new>': '比較する二つの版: terms/<文書>/<版>.md、コンパイル済み .json、<文書>@<版> / the two versions: a .md file, a compiled .json, or <doc>@<version>',
    '--format FORMAT': '出力形式 text（既定）・json・markdown・html・table-html・table-markdown / output format (default text)',
    '--standalone': '--format table-html を単独の HTML 文書に / a whole HTML document (with --format table-html)',
    '--out FILE': '標準出力でなくファイルに書く / write to a file instead of stdout',
    '--terms DIR': '規約のフォルダ（既定 terms）/ the terms folder (default terms)',
  },
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        format: { type: 'string', default: 'text' },
        standalone: { type: 'boolean', default: false },
        out: { type: 'string' },
        terms: { type: 'string' },
      },
      usage,
    );
    const problems: string[] = [];
    if (positionals.length !== 2) problems.push(`比較する版を二つ指定してください / expected two versions, got ${positionals.length}`);
    const render = RENDERERS[values.format];
    const renderFile = FILE_RENDERERS[values.format];
    if (!render && !renderFile) problems.push(`--format ${values.format} は使えません / unknown format (${[...Object.keys(RENDERERS), ...Object.keys(FILE_RENDERERS)].join(', ')})`);
    if (renderFile && (!values.out || values.out === '-')) problems.push(`--format ${values.format} には --out FILE が必要です / --format ${values.format} needs --out FILE`);
    if (values.standalone && values.format !== 'table-html') problems.push('--standalone は --format table-html と使います / --standalone needs --format table-html');
    if (problems.length || !(render ?? renderFile)) throw new TermsError(`${problems.join('\n')}\n使い方 / usage: ${usage}`, EXIT.invalid);

    const termsDir = resolve(io.cwd, values.terms ?? 'terms');
    const [before, after] = await Promise.all(positionals.map((spec) => load(spec, termsDir, io)));
    printDiagnostics(io, [...(before?.diagnostics ?? []), ...(after?.diagnostics ?? [])]);
    const failures = [...(before?.problems ?? []), ...(after?.problems ?? [])];
    if (failures.length || !before?.ruleSet || !after?.ruleSet) throw new TermsError(failures.join('\n'), EXIT.invalid);

    const [a, b] = [before.ruleSet.meta, after.ruleSet.meta];
    if (a.document !== b.document) io.stderr(`注意 / warning: 別の文書を比較しています / comparing different documents (${a.document}, ${b.document})\n`);
    if (a.effective > b.effective) io.stderr(`注意 / warning: 新しい版が先です / the first version is the later one (${a.effective} > ${b.effective})\n`);

    const diff = await diffRuleSets(before.ruleSet, after.ruleSet);
    const output = renderFile ? await renderFile(diff) : (render?.(diff, values.standalone) ?? '');
    if (values.out) await writeFileAtomic(resolve(io.cwd, values.out), output);
    else io.stdout(output);

    const stale = diff.references.filter((r) => r.kind === 'stale-number');
    for (const ref of stale) io.stderr(`${b.source}: ${ref.from}: ${ref.message} [stale-number]\n`);
    if (stale.length) {
      io.stderr(`番号が更新されていない参照が ${stale.length} 件あります / ${stale.length} stale cross-reference(s)\n`);
      return EXIT.failed;
    }
    return EXIT.ok;
  },
};
