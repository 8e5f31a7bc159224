#!/usr/bin/env node
// Benchmark of `terms diff` (run with `npm run build:ts && node bench/run.js diff`).
//
// 1. The whole process: `terms diff` of the two real Knet versions, against `terms compile` of the same
//    project as the baseline (same start-up and compile work, no diff, no dictionary).
// 2. One process diffing a corpus of 1,000 documents made from the Knet terms with varied edits
//    (periods, inserted articles, deleted items, widths, spaces, wording, captions), against compiling
//    that corpus as the baseline. Loading kuromoji's dictionary is timed apart: it happens once.
// Ratios only; absolute times depend on the machine.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileTerms } from '../lib/compile/index.js';
import { diffRuleSets } from '../lib/diff/index.js';
import { getTokenizer } from '../lib/tokenize/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = 1000;
const RUNS = 5;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1)} ms`;

function timeProcess(args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [join(root, 'bin/terms.js'), ...args], { cwd: root, encoding: 'utf8' });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`terms ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  }
  return median(times);
}

// A small deterministic generator, so every run diffs the same corpus.
function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const FULL = '０１２３４５６７８９';
const written = (n) => (n < 10 ? FULL[n] : String(n));

/** Edits that keep the document compilable, each a function of the Markdown and a random source. */
const EDITS = [
  function period(text, rand) {
    const n = 3 + Math.floor(rand() * 4);
    return text.replace('解約希望日の２ヶ月前までに', `解約希望日の${FULL[n]}ヶ月前までに`).replace('kind: cancellation\nnotice: P2M', `kind: cancellation\nnotice: P${n}M`);
  },
  function insertArticle(text, rand) {
    const at = 5 + Math.floor(rand() * 28);
    let inserted = false;
    return text.replace(/^## 第([０-９0-9]+)条/gmu, (heading, number) => {
      const n = Number(number.replace(/[０-９]/gu, (c) => String(FULL.indexOf(c))));
      if (n < at) return heading;
      const renumbered = `## 第${written(n + 1)}条`;
      if (n !== at || inserted) return renumbered;
      inserted = true;
      return `## 第${written(at)}条（追加の定め） {#added-${at}}\n\n当社は、本サービスの品質の維持向上に努めるものとします。\n\n${renumbered}`;
    });
  },
  function deleteItem(text, rand) {
    const items = ['- 無限連鎖講を開設し、又はこれを勧誘する行為\n\n', '- 第三者になりすまして本サービスを利用する行為\n\n', '- わいせつ、児童ポルノ又は児童虐待にあたる画像、文書等を送信又は掲載する行為\n\n'];
    return text.replace(items[Math.floor(rand() * items.length)], '');
  },
  function width(text) {
    return text.replace('第15条（当社からの利用契約の解約）第１項', '第15条(当社からの利用契約の解約)第1項');
  },
  function whitespace(text) {
    return text.replace('。ただし、', '。 ただし、');
  },
  function reword(text, rand) {
    const words = [['速やかに', '直ちに'], ['一切責任を負わない', '責任を負わない'], ['協議の上', '協議のうえ']];
    const [from, to] = words[Math.floor(rand() * words.length)];
    return text.replace(from, to);
  },
  function caption(text) {
    return text.replace('## 第８条（協議等）', '## 第８条（協議）');
  },
];

function makeCorpus(base) {
  const corpus = [];
  for (let i = 0; i < CORPUS; i++) {
    const rand = random(i + 1);
    let text = base;
    const count = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < count; k++) text = EDITS[Math.floor(rand() * EDITS.length)](text, rand);
    corpus.push(text);
  }
  return corpus;
}

// 1. Whole process.
// Without the cache: this measures the diff itself (bench/cache.bench.js measures warm runs).
const compileProcess = timeProcess(['compile', '--out', '-', '--no-cache']);
const diffProcess = timeProcess(['diff', 'knet-cloud@2018-04-20', 'knet-cloud@2027-01-01', '--format', 'json', '--no-cache']);
console.log('terms diff of the two real versions, whole process (median of %d):', RUNS);
console.log(`  baseline terms compile: ${ms(compileProcess)}`);
console.log(`  terms diff:             ${ms(diffProcess)}  (${(diffProcess / compileProcess).toFixed(2)}× the baseline)`);

// 2. Corpus in one process.
const baseText = readFileSync(join(root, 'terms/knet-cloud/2018-04-20.md'), 'utf8');
const texts = makeCorpus(baseText);
let start = performance.now();
const sets = texts.map((text, i) => {
  const result = compileTerms(text, `corpus/${i}.md`);
  if (!result.ruleSet) throw new Error(`corpus document ${i} does not compile: ${result.diagnostics[0]?.message}`);
  return result.ruleSet;
});
const compileCorpus = performance.now() - start;
const base = compileTerms(baseText, 'terms/knet-cloud/2018-04-20.md').ruleSet;

start = performance.now();
await getTokenizer();
const dictionary = performance.now() - start;

globalThis.gc?.();
start = performance.now();
let changed = 0;
for (const set of sets) {
  const diff = await diffRuleSets(base, set);
  changed += diff.clauses.filter((c) => c.status !== 'unchanged').length;
}
const diffCorpus = performance.now() - start;
const heap = process.memoryUsage();

console.log(`\ndiff of a ${CORPUS}-document corpus in one process (${changed} changed clauses):`);
console.log(`  dictionary load (once):       ${ms(dictionary)}`);
console.log(`  baseline compile of corpus:   ${ms(compileCorpus)}  (${ms(compileCorpus / CORPUS)} per document)`);
console.log(`  diff of corpus:               ${ms(diffCorpus)}  (${ms(diffCorpus / CORPUS)} per document, ${(diffCorpus / compileCorpus).toFixed(2)}× the baseline)`);
console.log(`  heap used after: ${(heap.heapUsed / 2 ** 20).toFixed(0)} MiB, rss ${(heap.rss / 2 ** 20).toFixed(0)} MiB`);
