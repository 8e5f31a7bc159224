import { TermsError } from '../../errors.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, type Command } from '../io.js';

const usage = 'terms lsp --stdio';

export const lspCommand: Command = {
  summary: 'エディタ用の言語サーバー / language server for editors (LSP over stdio)',
  usage,
  help: { '--stdio': '標準入出力で LSP を話す（唯一の方式）/ speak LSP over stdin and stdout (the only transport)' },
  async run(args) {
    const { values } = parseCommandArgs(args, { stdio: { type: 'boolean' } }, usage);
    if (!values.stdio) throw new TermsError(`--stdio を指定してください / the server talks over stdio only\n使い方 / usage: ${usage}`, EXIT.invalid);
    const { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } = await import('vscode-languageserver/node');
    const { startServer } = await import('../../lsp/server.js');
    const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
    startServer(connection);
    // The server runs until the client sends exit or closes stdin; vscode-languageserver then ends the
    // process itself (status 0 after a shutdown request, 1 without one).
    return new Promise<number>(() => undefined);
  },
};
