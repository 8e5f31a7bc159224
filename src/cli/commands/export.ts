import { resolve } from 'node:path';
import { TermsError } from '../../errors.js';
import { writeFileAtomic } from '../../io/atomic.js';
import type { RuleSet } from '../../ruleset/schema.js';
import { parseCommandArgs } from '../args.js';
import { loadVersion } from '../load-version.js';
import { printDiagnostics } from '../print.js';
import { EXIT, type CliIo, type Command } from '../io.js';

const usage =
  'terms export <version> --format docx|pdf --out FILE [--terms DIR]\n' +
  '  <version>: <doc>@<version> (knet-cloud@2027-01-01), terms/<doc>/<version>.md, or a compiled .json rule set';

/** The exporters, loaded only for the format asked for (the docx library, Chromium). */
const EXPORTERS: Record<string, (ruleSet: RuleSet) => Promise<Uint8Array>> = {
  docx: async (ruleSet) => (await import('../../export/docx.js')).exportVersionDocx(ruleSet),
  pdf: async (ruleSet) => (await import('../../export/pdf.js')).exportVersionPdf(ruleSet),
};

function invalid(message: string): TermsError {
  return new TermsError(`${message}\n使い方 / usage: ${usage}`, EXIT.invalid);
}

/** Reads the version to export: a `doc@version`, a terms Markdown file, or a compiled rule set. */
async function load(spec: string, termsDir: string, io: CliIo): Promise<RuleSet> {
  const loaded = await loadVersion(spec, termsDir, io);
  printDiagnostics(io, loaded.diagnostics);
  if (!loaded.ruleSet) throw new TermsError(loaded.problems.join('\n'), EXIT.invalid);
  return loaded.ruleSet;
}

export const exportCommand: Command = {
  summary: '一つの版を Word・PDF に書き出す / export one version as Word or PDF',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string' }, out: { type: 'string' }, terms: { type: 'string' } }, usage);
    const problems: string[] = [];
    if (positionals.length !== 1) problems.push(`書き出す版を一つ指定してください / give exactly one version, got ${positionals.length}`);
    const exporter = values.format === undefined ? undefined : EXPORTERS[values.format];
    if (!exporter) problems.push(`--format は docx か pdf です / --format must be docx or pdf${values.format === undefined ? '' : `, not "${values.format}"`}`);
    if (!values.out || values.out === '-') problems.push('--out FILE が必要です / --out FILE is required');
    if (problems.length || !exporter || !values.out) throw invalid(problems.join('\n'));
    const ruleSet = await load(positionals[0] as string, resolve(io.cwd, values.terms ?? 'terms'), io);
    const bytes = await exporter(ruleSet);
    const out = resolve(io.cwd, values.out);
    await writeFileAtomic(out, bytes);
    io.stderr(`${out} に書き出しました / written\n`);
    return EXIT.ok;
  },
};
