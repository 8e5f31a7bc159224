import { resolve } from 'node:path';
import { TermsError } from '../../errors.js';
import { writeFileAtomic } from '../../io/atomic.js';
import type { CompiledVersion } from '../../project/compile-all.js';
import type { RuleSet } from '../../ruleset/schema.js';
import { parseCommandArgs } from '../args.js';
import { CACHE_HELP, CACHE_OPTIONS, CACHE_USAGE, cacheOf } from '../cache.js';
import { compileOrStop } from '../compiled.js';
import { EXIT, type Command } from '../io.js';

const usage = `terms export <version> --format docx|pdf --out FILE [--terms DIR] ${CACHE_USAGE}`;

const help: Record<string, string> = {
  '<version>': '書き出す版: <doc>@<version>（knet-cloud@2027-01-01）、terms/<doc>/<version>.md、またはコンパイル済みの .json / the version: <doc>@<version>, a terms Markdown file, or a compiled .json rule set',
  '--format docx|pdf': '書き出す形式（Word または PDF）/ Word or PDF',
  '--out FILE': '書き出すファイル（既存のものは置き換え）/ the file to write (replaced atomically)',
  '--terms DIR': '規約のフォルダ（既定 terms）/ the terms folder (default terms)',
  ...CACHE_HELP,
};

/** The exporters, loaded only for the format asked for (the docx library, Chromium). */
const EXPORTERS: Record<string, (ruleSet: RuleSet) => Promise<Uint8Array>> = {
  docx: async (ruleSet) => (await import('../../export/docx.js')).exportVersionDocx(ruleSet),
  pdf: async (ruleSet) => (await import('../../export/pdf.js')).exportVersionPdf(ruleSet),
};

function invalid(message: string): TermsError {
  return new TermsError(`${message}\n使い方 / usage: ${usage}`, EXIT.invalid);
}

export const exportCommand: Command = {
  summary: '一つの版を Word・PDF に書き出す / export one version as Word or PDF',
  usage,
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string' }, out: { type: 'string' }, terms: { type: 'string' }, ...CACHE_OPTIONS }, usage);
    const problems: string[] = [];
    if (positionals.length !== 1) problems.push(`書き出す版を一つ指定してください / give exactly one version, got ${positionals.length}`);
    const exporter = values.format === undefined ? undefined : EXPORTERS[values.format];
    if (!exporter) problems.push(`--format は docx か pdf です / --format must be docx or pdf${values.format === undefined ? '' : `, not "${values.format}"`}`);
    if (!values.out || values.out === '-') problems.push('--out FILE が必要です / --out FILE is required');
    if (problems.length || !exporter || !values.out) throw invalid(problems.join('\n'));
    const loaded = await compileOrStop(io, { termsDir: resolve(io.cwd, values.terms ?? 'terms'), specs: positionals, cache: cacheOf(io, values) });
    if (!loaded.ok) return loaded.exit;
    const bytes = await exporter((loaded.versions[0] as CompiledVersion).ruleSet);
    const out = resolve(io.cwd, values.out);
    await writeFileAtomic(out, bytes);
    io.stderr(`${out} に書き出しました / written\n`);
    return EXIT.ok;
  },
};
