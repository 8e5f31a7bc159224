import { resolve } from 'node:path';
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
import type { RuleSet } from '../../ruleset/schema.js';
import { parseCommandArgs } from '../args.js';
import { CACHE_HELP, CACHE_OPTIONS, CACHE_USAGE, cacheOf } from '../cache.js';
import { compileOrStop } from '../compiled.js';
import { EXIT, type Command } from '../io.js';

const usage =
  `terms diff <old> <new> [--format text|json|markdown|html|table-html|table-markdown|docx|pdf] [--standalone] [--out FILE] [--terms DIR] ${CACHE_USAGE}\n` +
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

export const diffCommand: Command = {
  summary: '二つの版を比較（差分・新旧対照表） / compare two versions (redline, comparison table)',
  usage,
  help: {
    '<old> <new>': '比較する二つの版: terms/<文書>/<版>.md、コンパイル済み .json、<文書>@<版> / the two versions: a .md file, a compiled .json, or <doc>@<version>',
    '--format FORMAT': '出力形式 text（既定）・json・markdown・html・table-html・table-markdown / output format (default text)',
    '--standalone': '--format table-html を単独の HTML 文書に / a whole HTML document (with --format table-html)',
    '--out FILE': '標準出力でなくファイルに書く / write to a file instead of stdout',
    '--terms DIR': '規約のフォルダ（既定 terms）/ the terms folder (default terms)',
    ...CACHE_HELP,
  },
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        format: { type: 'string', default: 'text' },
        standalone: { type: 'boolean', default: false },
        out: { type: 'string' },
        terms: { type: 'string' },
        ...CACHE_OPTIONS,
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
    const cache = cacheOf(io, values);
    const loaded = await compileOrStop(io, { termsDir, specs: positionals, cache });
    if (!loaded.ok) return loaded.exit;
    const [before, after] = loaded.versions.map((v) => v.ruleSet) as [RuleSet, RuleSet];

    const [a, b] = [before.meta, after.meta];
    if (a.document !== b.document) io.stderr(`注意 / warning: 別の文書を比較しています / comparing different documents (${a.document}, ${b.document})\n`);
    if (a.effective > b.effective) io.stderr(`注意 / warning: 新しい版が先です / the first version is the later one (${a.effective} > ${b.effective})\n`);

    const diff = await diffRuleSets(before, after, cache);
    await cache?.flush();
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
