import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCK_FILE, parseLock, runCi, serializeLock } from '../../ci/index.js';
import type { Diagnostic } from '../../diagnostics/index.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { FORMATS, FORMAT_NAMES, summary } from '../../lint/format/index.js';
import { RULE_METAS, type SuppressedDiagnostic } from '../../lint/index.js';
import { isIsoDate, todayInJapan } from '../../period/index.js';
import { displayPath } from '../../project/sources.js';
import { TermsError } from '../../errors.js';
import { parseCommandArgs } from '../args.js';
import { CACHE_HELP, CACHE_OPTIONS, CACHE_USAGE, cacheOf } from '../cache.js';
import { compileOrStop } from '../compiled.js';
import { EXIT, type Command } from '../io.js';
import { termsFolder } from '../terms-dir.js';
import { readLintOptions } from './lint.js';

const usage = `terms ci [--terms DIR] [--today YYYY-MM-DD] [--update-lock] [--config FILE] [--format ${FORMAT_NAMES.join('|')}] ${CACHE_USAGE}`;

export const ciCommand: Command = {
  summary: '法務チームの CI 検査 / the legal team CI compliance checks',
  usage,
  help: {
    '--terms DIR': '規約のフォルダ（既定 terms）/ the terms folder (default terms)',
    '--today YYYY-MM-DD': '今日とする日付（既定: 日本時間の今日）/ the date taken as today (default: today in Japan)',
    '--update-lock': 'terms/terms.lock.json に未施行の版と新しい版を記録 / pin new and not-yet-in-force versions in terms/terms.lock.json',
    '--config FILE': 'lint の設定ファイル / lint configuration file',
    '--format, -f FORMAT': '出力形式 stylish・json・sarif・github / output format: stylish, json, sarif, github',
    ...CACHE_HELP,
  },
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        terms: { type: 'string' },
        today: { type: 'string' },
        'update-lock': { type: 'boolean' },
        config: { type: 'string' },
        format: { type: 'string', short: 'f' },
        ...CACHE_OPTIONS,
      },
      usage,
    );
    if (positionals.length) throw new TermsError(`余分な引数です / unexpected argument: ${positionals.join(' ')}\n使い方 / usage: ${usage}`, EXIT.invalid);
    const format = FORMATS[values.format ?? 'stylish'];
    if (!format) throw new TermsError(`不明な形式です / unknown format: ${values.format ?? ''} (${FORMAT_NAMES.join(', ')})`, EXIT.invalid);
    if (values.today !== undefined && !isIsoDate(values.today)) {
      throw new TermsError(`--today は実在する日付（YYYY-MM-DD）で指定してください / --today must be a real date: ${values.today}`, EXIT.invalid);
    }
    const today = values.today ?? todayInJapan();
    const print = (diagnostics: Diagnostic[], suppressed: SuppressedDiagnostic[] = []) => io.stdout(format({ diagnostics, suppressed, rules: RULE_METAS }));

    const { options, problems } = await readLintOptions(io, values.config);
    const termsDir = await termsFolder(io, values.terms);
    const lockPath = join(termsDir, LOCK_FILE);
    const lockFile = displayPath(lockPath, io.cwd);
    const lockText = await readFile(lockPath, 'utf8').catch(() => null);
    const parsed = lockText === null ? { lock: null, diagnostics: [] } : parseLock(lockText, lockFile);
    const compiled = await compileOrStop(io, { termsDir, cache: cacheOf(io, values), before: [...problems, ...parsed.diagnostics], print: (d) => print(d), deferWarnings: true });
    if (!compiled.ok) {
      io.stderr('terms ci: 入力に誤りがあります / the input is invalid\n');
      return compiled.exit;
    }
    const invalid = compiled.diagnostics;
    const versions = compiled.versions.map((v) => ({ ruleSet: v.ruleSet, source: v.text }));
    const result = runCi({ versions, lock: parsed.lock, lockFile, today, updateLock: values['update-lock'] === true, lint: options });
    const diagnostics = [...invalid, ...result.diagnostics];
    print(diagnostics, result.suppressed);
    if (values['update-lock']) {
      if (result.lockRefused) {
        io.stderr(`terms ci: 公開済みの版が変更されているため ${lockFile} を更新しません / not updating ${lockFile}: a published version changed\n`);
      } else if (serializeLock(result.lock) !== lockText) {
        await writeFileAtomic(lockPath, serializeLock(result.lock));
        io.stderr(`terms ci: ${lockFile} を更新しました / updated ${lockFile}\n`);
      }
    }
    // "Today" is Japan's date (the terms take effect at 00:00 in Japan), said so unless --today gave it.
    const japan = values.today === undefined;
    io.stderr(`terms ci: ${versions.length} 版を検査しました（${japan ? '日本時間の' : ''}今日 ${today}） / checked ${versions.length} version(s) as of ${today}${japan ? ' (today in Japan)' : ''}: ${summary(diagnostics)}\n`);
    return diagnostics.some((d) => d.severity === 'error') ? EXIT.failed : EXIT.ok;
  },
};
