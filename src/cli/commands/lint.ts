import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostics/index.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { applyFixes } from '../../lint/fix.js';
import { clauseKeysOf, sarifOverflow, SARIF_MAX_RESULTS } from '../../lint/format/sarif.js';
import type { TextlintConfig } from '../../lint/textlint/config.js';
import type { LoadedTextlint } from '../../lint/textlint/load.js';
import { TermsError } from '../../errors.js';
import { FORMATS, FORMAT_NAMES, summary } from '../../lint/format/index.js';
import { lintSource, parseLintConfig, RULE_IDS, RULE_METAS, type LintOptions, type SourceLintResult, type SuppressedDiagnostic } from '../../lint/index.js';
import { displayPath, isVersionFile } from '../../project/sources.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, type CliIo, type Command } from '../io.js';

const usage = `terms lint [PATH…] [--format ${FORMAT_NAMES.join('|')}] [--config FILE] [--ignore-suppressions] [--fix]`;

/** The config file read when --config is not given (if it exists). */
const DEFAULT_CONFIG = 'terms.config.json';

/** A version file in a folder: `<document>/<YYYY-MM-DD>.md`. */

/**
 * Reads the lint configuration: `--config FILE`, else terms.config.json in the working folder if any.
 * Shared with `terms ci`.
 * @param io the CLI's io (working folder)
 * @param path the --config value
 * @returns lint options, or the configuration's problems
 */
export async function readLintOptions(
  io: CliIo,
  path: string | undefined,
): Promise<{ options: LintOptions; problems: Diagnostic[]; textlint?: { config: TextlintConfig; root: string; file: string } }> {
  const file = resolve(io.cwd, path ?? DEFAULT_CONFIG);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    if (path === undefined) return { options: {}, problems: [] };
    throw new TermsError(`設定ファイルを読めません / cannot read the configuration: ${path}`, EXIT.invalid);
  }
  const { config, diagnostics } = parseLintConfig(text, displayPath(file, io.cwd), RULE_IDS);
  // textlint rules resolve from the node_modules beside the configuration.
  const textlint = config.textlint?.rules.length ? { textlint: { config: config.textlint, root: dirname(file), file: displayPath(file, io.cwd) } } : {};
  return {
    options: { severities: config.rules, ...(config.requiredAnnotations ? { requiredAnnotations: config.requiredAnnotations } : {}) },
    problems: diagnostics,
    ...textlint,
  };
}

/** The Markdown files named by the PATH arguments: files as given, folders searched for version files. */
async function collectFiles(io: CliIo, paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const full = resolve(io.cwd, path);
    const info = await stat(full).catch(() => null);
    if (!info) throw new TermsError(`ファイルまたはフォルダがありません / no such file or folder: ${path}`, EXIT.invalid);
    if (info.isDirectory()) {
      const entries = await readdir(full, { recursive: true });
      files.push(...entries.filter((e) => isVersionFile(e.split(/[\\/]/u).at(-1) ?? '')).sort().map((e) => join(full, e)));
    } else files.push(full);
  }
  return [...new Set(files)];
}

export const lintCommand: Command = {
  summary: '規約を検査 / lint the terms',
  usage,
  help: {
    'PATH…': '検査する版のファイルかフォルダ（既定 terms）/ version files or folders to lint (default terms)',
    '--format, -f FORMAT': '出力形式 stylish（既定）・json・sarif・github / output format: stylish (default), json, sarif, github',
    '--config FILE': '設定ファイル（既定 terms.config.json があれば）/ configuration file (default terms.config.json if present)',
    '--ignore-suppressions': '抑止コメントを無視して全件を報告 / report findings silenced by suppression comments too',
    '--fix': '修正が一つに決まる指摘をファイルに書き込んで直す / write the one right fix of each finding that has one into the files',
  },
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { format: { type: 'string', short: 'f' }, config: { type: 'string' }, 'ignore-suppressions': { type: 'boolean' }, fix: { type: 'boolean' } },
      usage,
    );
    const format = FORMATS[values.format ?? 'stylish'];
    if (!format) throw new TermsError(`不明な形式です / unknown format: ${values.format ?? ''} (${FORMAT_NAMES.join(', ')})\n使い方 / usage: ${usage}`, EXIT.invalid);
    const { options, problems, textlint: textlintConfig } = await readLintOptions(io, values.config);
    let textlint: LoadedTextlint | undefined;
    if (textlintConfig && !problems.length) {
      const { loadTextlintRules } = await import('../../lint/textlint/load.js');
      const loaded = await loadTextlintRules(textlintConfig.config, textlintConfig.root);
      for (const p of loaded.problems) problems.push({ file: textlintConfig.file, line: p.place.line, column: p.place.column, severity: 'error', ruleId: 'config/invalid', message: p.message });
      textlint = loaded.loaded;
    }
    if (problems.length) {
      io.stdout(format({ diagnostics: problems, suppressed: [], rules: RULE_METAS }));
      return EXIT.invalid;
    }
    const lint = async (source: string, path: string): Promise<SourceLintResult> => {
      if (!textlint) return lintSource(source, path, options);
      const { lintSourceWithTextlint } = await import('../../lint/textlint/index.js');
      return lintSourceWithTextlint(source, path, options, textlint);
    };
    if (values['ignore-suppressions']) options.ignoreSuppressions = true;
    const files = await collectFiles(io, positionals.length ? positionals : ['terms']);
    if (files.length === 0) throw new TermsError(`検査する版がありません / no terms versions found in: ${positionals.join(' ') || 'terms'}`, EXIT.invalid);
    const diagnostics: Diagnostic[] = [];
    const suppressed: SuppressedDiagnostic[] = [];
    const clauseKeys = new Map<string, string>();
    let compileFailed = false;
    let fixed = 0;
    for (const file of files) {
      const path = displayPath(file, io.cwd);
      let source = await readFile(file, 'utf8');
      let result = await lint(source, path);
      // --fix: apply the findings' fixes (never what a suppression silences), then lint the new text; fixes
      // that overlapped one applied are applied on the next pass.
      for (let pass = 0; values.fix && result.lint && pass < 5; pass++) {
        const { text, applied } = applyFixes(source, result.lint.diagnostics);
        if (applied === 0) break;
        fixed += applied;
        source = text;
        await writeFileAtomic(file, source);
        result = await lint(source, path);
      }
      diagnostics.push(...result.compile, ...(result.lint?.diagnostics ?? []));
      suppressed.push(...(result.lint?.suppressed ?? []));
      if (result.ruleSet) for (const [id, key] of clauseKeysOf(result.ruleSet)) clauseKeys.set(`${path}#${id}`, key);
      else compileFailed = true;
    }
    const rules = [...RULE_METAS, ...(textlint?.metas ?? [])];
    const report = { diagnostics, suppressed, rules, clauseKeys };
    io.stdout(format(report));
    if (values.fix) io.stderr(`terms lint --fix: 修正 ${fixed} 件 / ${fixed} fix(es) applied\n`);
    const overflow = format === FORMATS['sarif'] ? sarifOverflow(report) : 0;
    if (overflow) {
      io.stderr(`terms lint: SARIF は GitHub の上限 ${SARIF_MAX_RESULTS} 件までです。${overflow} 件を省きました（エラーを優先） / SARIF truncated to GitHub's ${SARIF_MAX_RESULTS} results per run: ${overflow} left out (errors kept first)\n`);
    }
    if (format !== FORMATS['stylish'] || diagnostics.length === 0) {
      io.stderr(`terms lint: ${files.length} 版 / ${files.length} file(s): ${summary(diagnostics)}${suppressed.length ? `, 抑止 ${suppressed.length} / ${suppressed.length} suppressed` : ''}\n`);
    }
    if (compileFailed) return EXIT.invalid;
    return diagnostics.some((d) => d.severity === 'error') ? EXIT.failed : EXIT.ok;
  },
};
