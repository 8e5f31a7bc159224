/**
 * Test support for the diff: compiles the fixtures and the real versions with the real compiler, and runs
 * the real CLI with captured output. Nothing here is a stand-in for the code under test.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { compileTerms } from '../../src/compile/index.js';
import type { RuleSet } from '../../src/ruleset/schema.js';

/** The repository's root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The diff fixtures' folder. */
export const FIXTURES = join(ROOT, 'test', 'diff', 'fixtures');

/**
 * Compiles Markdown text, failing the test with the compiler's messages when it does not compile.
 * @param text terms Markdown
 * @param path the path shown in messages
 */
export function compileText(text: string, path: string): RuleSet {
  const result = compileTerms(text, path);
  if (!result.ruleSet) throw new Error(`${path} does not compile:\n${result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n')}`);
  return result.ruleSet;
}

/**
 * Compiles a fixture.
 * @param name file name in test/diff/fixtures
 * @param options.withoutKeys drop every `{#key}`, so that articles can only be matched by their content
 */
export function fixture(name: string, options: { withoutKeys?: boolean } = {}): RuleSet {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  return compileText(options.withoutKeys ? text.replace(/ \{#[^}]*\}/gu, '') : text, `test/diff/fixtures/${name}`);
}

/** Compiles a real version of the Knet terms (`2018-04-20`, `2027-01-01`). */
export function knet(version: string): RuleSet {
  const path = `terms/knet-cloud/${version}.md`;
  return compileText(readFileSync(join(ROOT, path), 'utf8'), path);
}

/** What a CLI run printed and returned. */
export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real CLI in this process, from the repository's root unless `cwd` is given.
 * @param argv the arguments after `terms`
 */
export async function runCli(argv: string[], cwd: string = ROOT): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, {
    cwd,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { status, stdout, stderr };
}
