import { describe, expect, it } from 'vitest';
import * as cli from '../../src/cli/main.js';
import { runInProcess } from '../helpers/cli.js';

/** Runs the CLI in-process with captured output. */
const run = (...argv: string[]) => runInProcess(argv);

describe('the terms CLI', () => {
  it('should export main only', () => {
    expect(Object.keys(cli)).toEqual(['main']);
  });

  it('should list every command with its summary in --help', async () => {
    const { status, stdout } = await run('--help');
    expect(status).toBe(0);
    for (const command of ['compile', 'lint', 'ci', 'check', 'import', 'diff', 'notice', 'build']) {
      expect(stdout).toMatch(new RegExp(`^  ${command} +\\S`, 'mu'));
    }
    expect(stdout).toContain('exit status');
  });

  it('should refuse an unknown command with exit status 2', async () => {
    const { status, stderr } = await run('complie');
    expect(status).toBe(2);
    expect(stderr).toContain('unknown command: complie');
  });

  it('should refuse an unknown option with the usage and exit status 2, without a stack trace', async () => {
    const { status, stderr } = await run('compile', '--frobnicate');
    expect(status).toBe(2);
    expect(stderr).toContain('terms compile [--terms DIR]');
    expect(stderr).not.toMatch(/\n\s+at /u);
  });

  it('should print a command’s usage with --help', async () => {
    const { status, stdout } = await run('compile', '--help');
    expect(status).toBe(0);
    expect(stdout).toContain('usage: terms compile');
  });

  it('should print the compiled rule set on stdout with --out -', async () => {
    const { status, stdout } = await run('compile', '--out', '-');
    expect(status).toBe(0);
    const sets = JSON.parse(stdout) as Array<{ meta: { version: string } }> | { meta: { version: string } };
    const versions = (Array.isArray(sets) ? sets : [sets]).map((s) => s.meta.version);
    expect(versions).toContain('2018-04-20');
  });
});
