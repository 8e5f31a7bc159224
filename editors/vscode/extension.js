// The knet-terms VS Code extension: starts `terms lsp --stdio` in the workspace folder and connects
// VS Code to it with vscode-languageclient. Everything the editor shows comes from the server.
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const settings = vscode.workspace.getConfiguration('knetTerms');
  const [command, ...args] = settings.get('command', ['node', 'bin/terms.js', 'lsp', '--stdio']);
  const serverOptions = {
    command,
    args,
    transport: TransportKind.stdio,
    options: { cwd: folder?.uri.fsPath },
  };
  const clientOptions = {
    // Version files only: terms/<document>/<YYYY-MM-DD>.md, whether VS Code calls them markdown or terms-markdown.
    documentSelector: [
      { scheme: 'file', language: 'terms-markdown' },
      { scheme: 'file', language: 'markdown', pattern: '**/terms/*/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].md' },
    ],
    initializationOptions: { debounceMs: settings.get('debounceMs', 150) },
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/terms.config.json') },
  };
  client = new LanguageClient('knetTerms', 'knet-terms', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate };
