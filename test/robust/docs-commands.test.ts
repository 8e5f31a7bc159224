/**
 * Every `terms …` command line in the README and docs/ runs as written (issue 16, a newcomer's first
 * hour): the command exists, every option it uses is one the command takes, and it gives every option
 * the command requires. The lint and ci lines are also run, in a copy of the project (in-process: what
 * they answer is the point here; test/robust's other files run the built CLI as a process).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { project, ROOT } from './support.js';

/** Command lines: the `terms …` lines of ```sh blocks (continuations joined) and the README table's. */
function commandLines(): Array<{ file: string; line: string }> {
  const files = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  const out: Array<{ file: string; line: string }> = [];
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const block of text.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```/gmu)) {
      const joined = (block[1] ?? '').replace(/\\\n\s*/gu, ' ');
      for (const raw of joined.split('\n')) {
        const line = raw.replace(/\s#\s.*$/u, '').replace(/\s[|>].*$/u, '').trim();
        // A synopsis (`FILE|-`, `[--as-of …]`) describes, it is not run.
        if (/^(?:npx )?terms \w/u.test(line) && !/[[\]]|\w\|\w/u.test(line)) out.push({ file, line: line.replace(/^npx /u, '') });
      }
    }
    if (file === 'README.md') {
      for (const m of text.matchAll(/^\| `(terms [^`]+)` \|/gmu)) out.push({ file, line: (m[1] ?? '').replace(/\\\|/gu, '|') });
    }
  }
  return out;
}

async function usageOf(command: string): Promise<string> {
  const { stdout } = await runInProcess([command, '--help']);
  return (stdout.split('\n').find((l) => l.startsWith('使い方 / usage:')) ?? '').replace('使い方 / usage: ', '');
}

/** The options a usage line requires: those outside any [brackets]. */
function required(usage: string): string[] {
  let depth = 0;
  let outside = '';
  for (const c of usage) {
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (depth === 0) outside += c;
  }
  return outside.match(/--[a-z-]+/gu) ?? [];
}

const LINES = commandLines();

describe('the command lines of the README and docs', () => {
  it('should find the command lines (README table and docs)', () => {
    expect(LINES.length).toBeGreaterThan(20);
    expect(LINES.some((l) => l.file === 'README.md' && l.line.startsWith('terms notice'))).toBe(true);
  });

  it.each(LINES.map((l) => [`${l.file}: ${l.line}`, l.line]))('%s uses only options the command takes, and every one it requires', async (_, line) => {
    const [, command = '', ...rest] = line.split(/\s+/u);
    const usage = await usageOf(command);
    expect(usage, `unknown command ${command}`).not.toBe('');
    const taken = new Set(usage.match(/--[a-z-]+/gu) ?? []);
    const used = rest.filter((a) => a.startsWith('--')).map((a) => a.split('=')[0] as string);
    for (const option of used) expect(taken.has(option), `${option} in: ${line}`).toBe(true);
    for (const option of required(usage)) expect(used, `${option} is required: ${line}`).toContain(option);
  });

  it('should run the lint and ci lines as written, with an answer, not an error', async () => {
    const dir = project();
    for (const { line } of LINES.filter((l) => /^terms (lint|ci)\b/u.test(l.line) && !/--update-lock|[[\]]|\b[A-Z]{3,}\b/u.test(l.line))) {
      const run = await runInProcess(line.split(/\s+/u).slice(1), dir);
      expect([0, 1], `${line}\n${run.stderr}`).toContain(run.status);
    }
  }, 300_000);
});
