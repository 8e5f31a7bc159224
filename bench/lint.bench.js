// Lint of the whole 2018 document in-process, next to the time to compile it: the rule set is built
// once and shared by every rule, so linting should cost a fraction of compiling. Ratios against the
// compile time measured in this same run; no absolute limits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileTerms } from '../lib/compile/index.js';
import { lintRuleSet, RULES } from '../lib/lint/index.js';

const root = new URL('..', import.meta.url).pathname;
const path = 'terms/knet-cloud/2018-04-20.md';
const source = readFileSync(join(root, path), 'utf8');
const runs = Number(process.env.BENCH_RUNS ?? 200);

const time = (fn) => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const best = (fn, rounds = 5) => Math.min(...Array.from({ length: rounds }, () => time(fn)));

const ruleSet = compileTerms(source, path).ruleSet;
if (!ruleSet) throw new Error('the 2018 document does not compile');
const options = { ignoreSuppressions: true };
const found = lintRuleSet(ruleSet, options).diagnostics.length;
// Warm both paths up before measuring.
for (let i = 0; i < 20; i++) {
  compileTerms(source, path);
  lintRuleSet(ruleSet, options);
}
const compileMs = best(() => {
  for (let i = 0; i < runs; i++) compileTerms(source, path);
}) / runs;
const lintMs = best(() => {
  for (let i = 0; i < runs; i++) lintRuleSet(ruleSet, options);
}) / runs;
const perRule = RULES.map((rule) => {
  const ms = best(() => {
    for (let i = 0; i < runs; i++) lintRuleSet(ruleSet, { ...options, rules: [rule] });
  }, 3) / runs;
  return [rule.id, ms];
}).sort((a, b) => b[1] - a[1]);

const fmt = (n) => n.toFixed(3);
console.log(`document: ${path} (${ruleSet.articles.length} articles, ${ruleSet.references.length} references), ${RULES.length} rules, ${found} findings`);
console.log(`compileTerms            : ${fmt(compileMs)} ms per run`);
console.log(`lintRuleSet (all rules) : ${fmt(lintMs)} ms per run`);
console.log(`ratio lint / compile    : ${(lintMs / compileMs).toFixed(2)}×`);
console.log(`compile + lint          : ${fmt(compileMs + lintMs)} ms per document`);
console.log('slowest rules (each alone, context included):');
for (const [id, ms] of perRule.slice(0, 5)) console.log(`  ${id.padEnd(22)} ${fmt(ms)} ms`);
