/**
 * The `terms` CLI: one thin file per command under ./commands, loaded on demand so that `terms compile`
 * never loads what `terms diff` needs (kuromoji's dictionary, for one).
 */
import { isBrokenPipe, reportError } from './print.js';
import { EXIT, type CliIo, type Command } from './io.js';

const COMMANDS: Record<string, () => Promise<Command>> = {
  compile: async () => (await import('./commands/compile.js')).compileCommand,
  lint: async () => (await import('./commands/lint.js')).lintCommand,
  ci: async () => (await import('./commands/ci.js')).ciCommand,
  check: async () => (await import('./commands/check.js')).checkCommand,
  import: async () => (await import('./commands/import.js')).importCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  notice: async () => (await import('./commands/notice.js')).noticeCommand,
  build: async () => (await import('./commands/build.js')).buildCommand,
  lsp: async () => (await import('./commands/lsp.js')).lspCommand,
  init: async () => (await import('./commands/init.js')).initCommand,
};

const HELP = `terms — 利用規約をコードとして扱うツール / terms-as-code toolkit

使い方 / usage: terms <command> [options]   (terms <command> --help)

commands:
__COMMANDS__

global options: --debug (スタックトレースを表示 / show stack traces), --help, --version
exit status: 0 成功 ok · 1 検査で問題あり a check failed · 2 入力の誤り invalid input · 3 内部エラー internal error
`;

/**
 * Runs the CLI.
 * @param argv arguments after `terms`
 * @param io where output goes (defaults to the process's streams)
 * @returns the exit status
 */
export async function main(argv: string[], io?: Partial<CliIo>): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  if (!io?.stdout) quietOnBrokenPipe();
  const cli: CliIo = {
    stdout: (t, written) => {
      if (process.stdout.destroyed) return;
      process.stdout.write(t, written && (() => written()));
    },
    stderr: (t) => {
      if (!process.stderr.destroyed) process.stderr.write(t);
    },
    cwd: process.cwd(),
    stdin: process.stdin,
    ...io,
    debug,
  };
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const lines: string[] = [];
    for (const [command, load] of Object.entries(COMMANDS)) lines.push(`  ${command.padEnd(9)} ${(await load()).summary}`);
    cli.stdout(HELP.replace('__COMMANDS__', lines.join('\n')));
    return name ? EXIT.ok : EXIT.invalid;
  }
  if (name === '--version') {
    cli.stdout('knet-terms 0.1.0\n');
    return EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) {
    cli.stderr(`不明なコマンド / unknown command: ${name}\n(terms --help でコマンドの一覧 / for the list of commands)\n`);
    return EXIT.invalid;
  }
  try {
    const command = await load();
    if (rest.includes('--help') || rest.includes('-h')) {
      cli.stdout(helpOf(command));
      return EXIT.ok;
    }
    return await command.run(rest, cli);
  } catch (error) {
    return reportError(cli, error);
  }
}

let listening = false;

/**
 * A reader that closes the output early (`terms compile --out - | head`) has what it wanted: every
 * command then ends at once, quietly, with status 0 (README, "Exit statuses"). Without a listener Node
 * turns the pipe's error into an uncaught exception with a stack trace. Output to a closed stderr is
 * dropped.
 */
function quietOnBrokenPipe(): void {
  if (listening) return;
  listening = true;
  process.stdout.on('error', (error) => {
    if (!isBrokenPipe(error)) throw error;
    process.exit(0);
  });
  process.stderr.on('error', (error) => {
    if (!isBrokenPipe(error)) throw error;
  });
}

/** `terms <command> --help`: the summary, the usage, and every argument and option described. */
function helpOf(command: Command): string {
  const entries: Array<[string, string]> = [
    ...Object.entries(command.help ?? {}),
    ['--debug', 'スタックトレースを表示 / show stack traces'],
    ['--help', 'この説明 / this help'],
  ];
  const width = Math.min(30, Math.max(...entries.map(([k]) => k.length)));
  const options = entries.map(([option, text]) => `  ${option.padEnd(width)}  ${text}`);
  return [command.summary, `使い方 / usage: ${command.usage}`, '', 'options:', ...options].join('\n') + '\n';
}
