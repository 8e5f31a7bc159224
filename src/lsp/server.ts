/**
 * The language server (`terms lsp --stdio`): for every `terms/<document>/<version>.md` of the workspace,
 * diagnostics as the user types (the findings `terms lint` prints, from the same code and configuration),
 * hover, go to definition, find references, the 章/条 outline, workspace symbols, completion in ```rule
 * blocks and quick fixes. Built on vscode-languageserver; this module is the I/O edge, the features are
 * pure functions of an Analysis.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type Location,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Place } from '../diagnostics/index.js';
import { displayPath, isVersionFile, listSources } from '../project/sources.js';
import { codeActionsFor } from './actions.js';
import { analyze, compileOnly, readProjectConfig, type Analysis, type ProjectConfig } from './analysis.js';
import { completionsAt } from './completion.js';
import { fromPosition, toLspDiagnostic, toRange } from './convert.js';
import { hoverAt } from './hover.js';
import { definitionsAt, referencesAt } from './navigation.js';
import { documentSymbols, workspaceSymbols } from './symbols.js';

/** Milliseconds between the last keystroke and the analysis (initializationOptions.debounceMs overrides). */
export const DEFAULT_DEBOUNCE_MS = 150;

/**
 * Serves one client on a connection until it exits.
 * @param connection from vscode-languageserver/node's createConnection
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let root = process.cwd();
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let config: Promise<ProjectConfig> = Promise.resolve({ options: {}, textlint: undefined, problems: [] });
  const analyses = new Map<string, { version: number; analysis: Analysis }>();
  const timers = new Map<string, NodeJS.Timeout>();
  const closedCache = new Map<string, { mtime: number; analysis: Analysis }>();

  const pathOf = (uri: string): string | null => (uri.startsWith('file:') ? fileURLToPath(uri) : null);
  const isTerms = (uri: string): boolean => {
    const path = pathOf(uri);
    return path !== null && isVersionFile(basename(path));
  };
  const location = (uri: string, place: Place): Location => ({ uri, range: toRange(place) });

  /** Analyses a document's current text and publishes its diagnostics, unless it changed meanwhile. */
  const refresh = async (uri: string): Promise<void> => {
    const doc = documents.get(uri);
    const path = pathOf(uri);
    if (!doc || !path) return;
    const version = doc.version;
    const analysis = await analyze(doc.getText(), displayPath(path, root), await config);
    if (documents.get(uri)?.version !== version) return;
    analyses.set(uri, { version, analysis });
    const diagnostics = analysis.diagnostics.map((d) => {
      const clauseLine = d.clause === undefined ? undefined : analysis.context?.clause(d.clause)?.loc.line;
      return toLspDiagnostic(d, clauseLine ?? d.line);
    });
    await connection.sendDiagnostics({ uri, version, diagnostics });
  };
  const schedule = (uri: string, delay: number): void => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        refresh(uri).catch((e: unknown) => connection.console.error(`terms lsp: ${String(e)}`));
      }, delay),
    );
  };
  /** The analysis of an open document, brought up to date first if an edit is pending. */
  const current = async (uri: string): Promise<Analysis | undefined> => {
    const doc = documents.get(uri);
    if (!doc || !isTerms(uri)) return undefined;
    if (analyses.get(uri)?.version !== doc.version) {
      clearTimeout(timers.get(uri));
      timers.delete(uri);
      await refresh(uri);
    }
    return analyses.get(uri)?.analysis;
  };
  const loadConfig = () => {
    config = readProjectConfig(root);
    config
      .then(async (c) => {
        const uri = pathToFileURL(join(root, 'terms.config.json')).href;
        await connection.sendDiagnostics({ uri, diagnostics: c.problems.map((p) => toLspDiagnostic(p, p.line)) });
      })
      .catch((e: unknown) => connection.console.error(`terms lsp: ${String(e)}`));
  };

  connection.onInitialize((params: InitializeParams) => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder) root = fileURLToPath(folder);
    const options = params.initializationOptions as { debounceMs?: unknown } | undefined;
    if (typeof options?.debounceMs === 'number' && options.debounceMs >= 0) debounceMs = options.debounceMs;
    loadConfig();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        completionProvider: { triggerCharacters: [':', ' '] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'terms-lsp', version: '0.1.0' },
    };
  });

  documents.onDidOpen((e) => {
    if (isTerms(e.document.uri)) schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    if (isTerms(e.document.uri)) schedule(e.document.uri, debounceMs);
  });
  documents.onDidSave((e) => {
    if (basename(pathOf(e.document.uri) ?? '') !== 'terms.config.json') return;
    loadConfig();
    for (const doc of documents.all()) if (isTerms(doc.uri)) schedule(doc.uri, 0);
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    analyses.delete(e.document.uri);
    if (isTerms(e.document.uri)) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover(async ({ textDocument, position }) => {
    const a = await current(textDocument.uri);
    return a ? hoverAt(a, fromPosition(position)) : null;
  });
  connection.onDefinition(async ({ textDocument, position }) => {
    const a = await current(textDocument.uri);
    return a ? definitionsAt(a, fromPosition(position)).map((p) => location(textDocument.uri, p)) : [];
  });
  connection.onReferences(async ({ textDocument, position, context }) => {
    const a = await current(textDocument.uri);
    return a ? referencesAt(a, fromPosition(position), context.includeDeclaration).map((p) => location(textDocument.uri, p)) : [];
  });
  connection.onDocumentSymbol(async ({ textDocument }) => {
    const a = await current(textDocument.uri);
    return a ? documentSymbols(a) : [];
  });
  connection.onWorkspaceSymbol(async ({ query }) => {
    const sources = await listSources(join(root, 'terms')).catch(() => []);
    const out = [];
    for (const source of sources) {
      const uri = pathToFileURL(source.path).href;
      let a = documents.get(uri) ? await current(uri) : undefined;
      if (!a) {
        const mtime = (await stat(source.path)).mtimeMs;
        const cached = closedCache.get(source.path);
        a = cached?.mtime === mtime ? cached.analysis : compileOnly(await readFile(source.path, 'utf8'), displayPath(source.path, root));
        closedCache.set(source.path, { mtime, analysis: a });
      }
      out.push(...workspaceSymbols(a, uri, query));
    }
    return out;
  });
  connection.onCompletion(({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc || !isTerms(textDocument.uri)) return [];
    return completionsAt(doc.getText().split(/\r?\n/u), position.line, position.character);
  });
  connection.onCodeAction(({ textDocument, context }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    return codeActionsFor(textDocument.uri, doc.getText().split(/\r?\n/u), context.diagnostics);
  });

  documents.listen(connection);
  connection.listen();
}
