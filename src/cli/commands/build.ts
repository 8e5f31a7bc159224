import { join, resolve } from 'node:path';
import { TermsError } from '../../errors.js';
import { isBaseUrl } from '../../notice/index.js';
import { isIsoDate, todayInJapan } from '../../period/index.js';
import { displayPath } from '../../project/sources.js';
import { CONFIG_FILE, loadProjectConfig } from '../../project/config.js';
import { RULE_IDS } from '../../lint/index.js';
import { CLIENT_DIR } from '../../site/assets.js';
import { buildSite, type BuildOptions, type BuildResult } from '../../site/build.js';
import { basePathOf } from '../../paths/index.js';
import { serveSite } from '../../site/serve.js';
import { BuildMemo, watchAndRebuild } from '../../site/watch.js';
import { parseCommandArgs } from '../args.js';
import { CACHE_HELP, CACHE_OPTIONS, cacheOf } from '../cache.js';
import { compileOrStop } from '../compiled.js';
import { printDiagnostics, reportError } from '../print.js';
import { EXIT, type CliIo, type Command } from '../io.js';
import { termsFolder } from '../terms-dir.js';

const usage =
  'terms build [--terms DIR] [--out DIR] [--base-url URL] [--today YYYY-MM-DD] [--serve [--port N] [--host HOST]] [--watch] [--no-cache] [--cache-dir DIR]\n' +
  '  --base-url: 公開サイトの URL（既定は terms.config.json の site.url） / the published site’s URL (default: site.url in terms.config.json)\n' +
  '  --serve: dist/site を配信 / serve the site (default port 4173); --watch: terms/ の変更で再構築 / rebuild on change';

const DEFAULT_PORT = 4173;

function report(io: CliIo, result: BuildResult, cwd: string): void {
  printDiagnostics(io, result.diagnostics);
  if (!result.ok) return;
  const { versions, diffs, notices, pages } = result.counts;
  const where = displayPath(result.siteDir, cwd);
  io.stderr(`構築しました / built ${versions} version(s), ${diffs} diff(s), ${notices} notice(s), ${pages} page(s) → ${where} (${result.timings.total} ms)\n`);
  if (result.changed) io.stderr(`変更のあったファイル / files changed: ${result.changed.written.length} 件書き込み / written, ${result.changed.removed.length} 件削除 / removed\n`);
}

/** Resolves when the process is asked to stop (Ctrl-C). */
function untilStopped(): Promise<void> {
  return new Promise((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
}

export const buildCommand: Command = {
  summary: 'ルールセット・差分・通知・サイトを dist/ に構築 / build everything into dist/',
  usage,
  help: {
    '--terms DIR': '規約のフォルダ（既定 terms）/ the terms folder (default terms)',
    '--out DIR': '出力先（既定 dist）/ the output folder (default dist)',
    '--base-url URL': 'サイトの公開 URL / the site\'s public URL',
    '--today YYYY-MM-DD': '今日とする日付（既定: 日本時間の今日）/ the date taken as today (default: today in Japan)',
    '--serve': 'dist/site を配信（既定ポート 4173）/ serve the site (default port 4173)',
    '--port N': '--serve のポート / the port of --serve',
    '--host HOST': '--serve のホスト（既定 127.0.0.1）/ the host of --serve (default 127.0.0.1)',
    '--watch': 'terms/ の変更で再構築 / rebuild when terms/ changes',
    ...CACHE_HELP,
  },
  async run(args, io) {
    const { values } = parseCommandArgs(
      args,
      {
        terms: { type: 'string' },
        out: { type: 'string' },
        'base-url': { type: 'string' },
        today: { type: 'string' },
        serve: { type: 'boolean' },
        port: { type: 'string' },
        host: { type: 'string' },
        watch: { type: 'boolean' },
        ...CACHE_OPTIONS,
      },
      usage,
    );
    const port = Number(values.port ?? DEFAULT_PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TermsError(`--port が正しくありません / invalid --port: ${values.port}`, EXIT.invalid);
    const project = await loadProjectConfig(io.cwd, CONFIG_FILE, RULE_IDS);
    if (project.diagnostics.length) {
      printDiagnostics(io, project.diagnostics);
      return EXIT.invalid;
    }
    // The public URL, never the local server's: a site built without one has no absolute links (build.ts).
    const baseUrl = values['base-url'] ?? project.config.siteUrl;
    if (baseUrl !== null && !isBaseUrl(baseUrl)) throw new TermsError(`--base-url は http(s) の URL で指定してください / --base-url must be an http(s) URL: ${baseUrl}`, EXIT.invalid);
    if (values.today !== undefined && !isIsoDate(values.today)) throw new TermsError(`--today は YYYY-MM-DD で指定してください / --today must be a date: ${values.today}`, EXIT.invalid);
    if ((values.port !== undefined || values.host !== undefined) && !values.serve) throw new TermsError(`--port と --host は --serve と一緒に指定してください / --port and --host need --serve\n使い方 / usage: ${usage}`, EXIT.invalid);

    const termsDir = await termsFolder(io, values.terms);
    const cache = cacheOf(io, values);
    // A watch remembers diffs and the search index between rebuilds and writes only changed files.
    const memo = values.watch ? new BuildMemo() : undefined;
    const options = (): BuildOptions => ({
      cache,
      ...(memo ? { watch: memo } : {}),
      cwd: io.cwd,
      termsDir,
      outDir: resolve(io.cwd, values.out ?? 'dist'),
      baseUrl,
      today: values.today ?? todayInJapan(),
      config: project.config,
    });
    // Compile (printing the compile's problems the way every command does), then build the site, whose
    // own warnings are printed with the compile's.
    const build = async (): Promise<number> => {
      const compiled = await compileOrStop(io, { termsDir, cache, deferWarnings: true });
      if (!compiled.ok) return compiled.exit;
      const result = await buildSite(compiled.versions, options(), compiled.diagnostics);
      report(io, result, io.cwd);
      return EXIT.ok;
    };
    const first = await build();
    if (first !== EXIT.ok && !values.watch) return first;
    if (!values.serve && !values.watch) return EXIT.ok;

    const server = values.serve
      ? await serveSite({ root: join(options().outDir, 'site'), port, host: values.host ?? '127.0.0.1', base: baseUrl === null ? '/' : basePathOf(baseUrl), liveReload: Boolean(values.watch) })
      : null;
    if (server) io.stdout(`配信しています / serving at ${server.url}\n`);
    const watcher = values.watch
      ? watchAndRebuild([termsDir, CLIENT_DIR], async () => {
          try {
            if ((await build()) === EXIT.ok) server?.reload();
          } catch (error) {
            // A rebuild that fails leaves the last good site served; the next save tries again.
            reportError(io, error);
          }
        })
      : null;
    if (watcher) io.stderr(`変更を監視しています / watching ${termsDir} (Ctrl-C で終了 / to stop)\n`);
    await untilStopped();
    watcher?.close();
    await server?.close();
    return EXIT.ok;
  },
};
