/**
 * A real LSP client for the tests: spawns `node bin/terms.js lsp --stdio` and talks JSON-RPC to it over
 * its stdin and stdout with vscode-jsonrpc, as an editor does.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';

const BIN = resolve('bin/terms.js');

/** A client connected to a server process, and what the server published. */
export interface TestClient {
  connection: MessageConnection;
  root: string;
  uri(path: string): string;
  open(path: string, text: string): Promise<PublishDiagnosticsParams>;
  change(path: string, version: number, text: string): Promise<PublishDiagnosticsParams>;
  /** The next diagnostics published for a document (optionally: for a version at least). */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  close(): Promise<number | null>;
  process: ChildProcessWithoutNullStreams;
}

/**
 * Copies this repository's terms/ and terms.config.json into a fresh project folder (plus `files`).
 * @param files more files, by path in the project
 */
export function project(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'terms-lsp-'));
  cpSync(resolve('terms'), join(root, 'terms'), { recursive: true });
  cpSync(resolve('terms.config.json'), join(root, 'terms.config.json'));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  return root;
}

/**
 * Starts a server for a project folder and initializes it.
 * @param root the project (workspace folder)
 * @param initializationOptions sent with initialize (debounceMs)
 */
export async function startClient(root: string, initializationOptions: Record<string, unknown> = {}): Promise<TestClient> {
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: root, env: { ...process.env, TERMS_TODAY: '2026-12-04' } });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting: Array<{ uri: string; version: number | undefined; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    for (const w of [...waiting]) {
      if (w.uri === params.uri && (w.version === undefined || (params.version ?? 0) >= w.version)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(params);
      }
    }
  });
  connection.listen();
  const rootUri = pathToFileURL(root).href;
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'terms' }],
    capabilities: {},
    initializationOptions,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const uri = (path: string) => pathToFileURL(join(root, path)).href;
  const diagnostics = (u: string, version?: number) => new Promise<PublishDiagnosticsParams>((r) => waiting.push({ uri: u, version, resolve: r }));
  return {
    connection,
    root,
    uri,
    process: child,
    diagnostics,
    async open(path, text) {
      const published = diagnostics(uri(path), 1);
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(path), languageId: 'markdown', version: 1, text } });
      return published;
    },
    async change(path, version, text) {
      const published = diagnostics(uri(path), version);
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri(path), version }, contentChanges: [{ text }] });
      return published;
    },
    async close() {
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}
