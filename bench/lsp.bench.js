// The language server's edit → diagnostics latency on the 2027 document, over stdio with a real client,
// next to the time to compile the same document in-process in this run: with no debounce the server
// should answer in about one compile + lint; the default debounce adds its wait. Ratios against the compile
// time measured here; no absolute limits. The machine's load moves every figure: compare the ratios.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { compileTerms } from '../lib/compile/index.js';
import { lintRuleSet, lintSource } from '../lib/lint/index.js';

const root = new URL('..', import.meta.url).pathname;
const path = 'terms/knet-cloud/2027-01-01.md';
const source = readFileSync(join(root, path), 'utf8');
const edits = Number(process.env.BENCH_RUNS ?? 40);

const time = (fn) => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};
for (let i = 0; i < 10; i++) compileTerms(source, path);
const compileMs = Math.min(...Array.from({ length: 20 }, () => time(() => compileTerms(source, path))));
const ruleSet = compileTerms(source, path).ruleSet;
const lintMs = Math.min(...Array.from({ length: 20 }, () => time(() => lintRuleSet(ruleSet))));
// The same work in-process, on the same edited texts: the server's floor.
const edited = source.replace('契約者は、解約希望日', '契約者はあ、解約希望日');
const inProcess = Array.from({ length: edits }, (_, i) => time(() => lintSource(i % 2 ? source : edited, path))).sort((a, b) => a - b);
const inProcessMedian = inProcess[Math.floor(edits / 2)];

/** Median latency of `edits` edits, each answered before the next, with a given debounce. */
async function measure(debounceMs) {
  const child = spawn(process.execPath, [join(root, 'bin/terms.js'), 'lsp', '--stdio'], { cwd: root });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let waiting = null;
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    if (waiting && p.version === waiting.version) waiting.resolve(p);
  });
  connection.listen();
  const rootUri = pathToFileURL(root).href;
  await connection.sendRequest('initialize', { processId: process.pid, rootUri, capabilities: {}, initializationOptions: { debounceMs } });
  await connection.sendNotification('initialized', {});
  const uri = pathToFileURL(join(root, path)).href;
  const published = (version) => new Promise((resolve) => (waiting = { version, resolve }));
  let done = published(1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: source } });
  await done;
  // Typing in 第14条: insert a character, then delete it (incremental changes, as an editor sends them).
  const line = source.split('\n').findIndex((l) => l.startsWith('契約者は、解約希望日'));
  const latencies = [];
  for (let v = 2; v < edits + 2; v++) {
    const change = v % 2 ? { range: { start: { line, character: 5 }, end: { line, character: 6 } }, text: '' } : { range: { start: { line, character: 5 }, end: { line, character: 5 } }, text: 'あ' };
    done = published(v);
    const start = process.hrtime.bigint();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
    await done;
    latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  latencies.sort((a, b) => a - b);
  return { median: latencies[Math.floor(latencies.length / 2)], p90: latencies[Math.floor(latencies.length * 0.9)] };
}

const immediate = await measure(0);
const debounced = await measure(150);
const fmt = (n) => n.toFixed(1);
console.log(`document: ${path}, ${edits} edits per setting`);
console.log(`compileTerms (in-process)        : ${fmt(compileMs)} ms; lintRuleSet ${fmt(lintMs)} ms`);
console.log(`edit → diagnostics, no debounce  : median ${fmt(immediate.median)} ms, p90 ${fmt(immediate.p90)} ms`);
console.log(`edit → diagnostics, 150 ms wait  : median ${fmt(debounced.median)} ms, p90 ${fmt(debounced.p90)} ms`);
console.log(`ratio latency / compile          : ${(immediate.median / compileMs).toFixed(2)}× (no debounce), ${(debounced.median / compileMs).toFixed(2)}× (default debounce)`);
console.log(`lintSource in-process, same edits: median ${fmt(inProcessMedian)} ms`);
console.log(`ratio latency / (compile + lint) : ${(immediate.median / (compileMs + lintMs)).toFixed(2)}× (no debounce)`);
console.log(`ratio latency / in-process lint  : ${(immediate.median / inProcessMedian).toFixed(2)}× (no debounce; the rest is JSON-RPC over stdio)`);
