import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostics/index.js';
import { TermsError } from '../../errors.js';
import { FORMATS, FORMAT_NAMES, summary } from '../../lint/format/index.js';
import { lintSource, parseLintConfig, RULE_IDS, RULE_METAS, type LintOptions, type SuppressedDiagnostic } from '../../lint/index.js';
import { displayPath, isVersionFile } from '../../project/sources.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, type CliIo, type Command } from '../io.js';

const usage = `terms lint [PATH…] [--format ${FORMAT_NAMES.join('|')}] [--config FILE] [--ignore-suppressions]`;

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
export async function readLintOptions(io: CliIo, path: string | undefined): Promise<{ options: LintOptions; problems: Diagnostic[] }> {
  const file = resolve(io.cwd, path ?? DEFAULT_CONFIG);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    if (path === undefined) return { options: {}, problems: [] };
    throw new TermsError(`設定ファイルを読めません / cannot read the configuration: ${path}`, EXIT.invalid);
  }
  const { config, diagnostics } = parseLintConfig(text, displayPath(file, io.cwd), RULE_IDS);
  return { options: { severities: config.rules }, problems: diagnostics };
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
  },
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { format: { type: 'string', short: 'f' }, config: { type: 'string' }, 'ignore-suppressions': { type: 'boolean' } },
      usage,
    );
    const format = FORMATS[values.format ?? 'stylish'];
    if (!format) throw new TermsError(`不明な形式です / unknown format: ${values.format ?? ''} (${FORMAT_NAMES.join(', ')})\n使い方 / usage: ${usage}`, EXIT.invalid);
    const { options, problems } = await readLintOptions(io, values.config);
    if (problems.length) {
      io.stdout(format({ diagnostics: problems, suppressed: [], rules: RULE_METAS }));
      return EXIT.invalid;
    }
    if (values['ignore-suppressions']) options.ignoreSuppressions = true;
    const files = await collectFiles(io, positionals.length ? positionals : ['terms']);
    if (files.length === 0) throw new TermsError(`検査する版がありません / no terms versions found in: ${positionals.join(' ') || 'terms'}`, EXIT.invalid);
    const diagnostics: Diagnostic[] = [];
    const suppressed: SuppressedDiagnostic[] = [];
    let compileFailed = false;
    for (const file of files) {
      const result = lintSource(await readFile(file, 'utf8'), displayPath(file, io.cwd), options);
      diagnostics.push(...result.compile, ...(result.lint?.diagnostics ?? []));
      suppressed.push(...(result.lint?.suppressed ?? []));
      if (!result.ruleSet) compileFailed = true;
    }
    io.stdout(format({ diagnostics, suppressed, rules: RULE_METAS }));
    if (format !== FORMATS['stylish'] || diagnostics.length === 0) {
      io.stderr(`terms lint: ${files.length} 版 / ${files.length} file(s): ${summary(diagnostics)}${suppressed.length ? `, 抑止 ${suppressed.length} / ${suppressed.length} suppressed` : ''}\n`);
    }
    if (compileFailed) return EXIT.invalid;
    return diagnostics.some((d) => d.severity === 'error') ? EXIT.failed : EXIT.ok;
  },
};
