import { join, resolve } from 'node:path';
import { serializeRuleSet } from '../../ruleset/serialize.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { parseCommandArgs } from '../args.js';
import { CACHE_HELP, CACHE_OPTIONS, CACHE_USAGE, cacheOf } from '../cache.js';
import { compileOrStop } from '../compiled.js';
import { EXIT, type Command } from '../io.js';
import { termsFolder } from '../terms-dir.js';

const usage = `terms compile [--terms DIR] [--out DIR | --out -] ${CACHE_USAGE}`;

export const compileCommand: Command = {
  summary: 'terms/ の全版をルールセット JSON にコンパイル / compile every version into rule sets',
  usage,
  help: {
    '--terms DIR': '規約のフォルダ（既定 terms）/ the terms folder (default terms)',
    '--out DIR': 'ルールセットの出力先（既定 dist/rules）/ where rule sets are written (default dist/rules)',
    '--out -': '標準出力に JSON で出力 / print the rule set(s) as JSON on stdout',
    ...CACHE_HELP,
  },
  async run(args, io) {
    const { values } = parseCommandArgs(args, { terms: { type: 'string' }, out: { type: 'string' }, ...CACHE_OPTIONS }, usage);
    const termsDir = await termsFolder(io, values.terms);
    const result = await compileOrStop(io, { termsDir, cache: cacheOf(io, values) });
    if (!result.ok) return result.exit;
    if (values.out === '-') {
      const sets = result.versions.map((v) => v.ruleSet);
      io.stdout(serializeRuleSet(sets.length === 1 ? sets[0] : sets));
      return EXIT.ok;
    }
    const outDir = resolve(io.cwd, values.out ?? join('dist', 'rules'));
    for (const { source, ruleSet } of result.versions) {
      await writeFileAtomic(join(outDir, source.document, `${source.version}.json`), serializeRuleSet(ruleSet));
    }
    io.stderr(`${result.versions.length} 版をコンパイルしました / compiled ${result.versions.length} version(s) → ${outDir}\n`);
    return EXIT.ok;
  },
};
