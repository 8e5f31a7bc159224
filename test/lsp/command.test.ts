import { describe, expect, it } from 'vitest';
import * as command from '../../src/cli/commands/lsp.js';
import { runInProcess } from '../helpers/cli.js';

describe('terms lsp', () => {
  it('should export lspCommand', () => {
    expect(Object.keys(command)).toEqual(['lspCommand']);
  });

  it('should refuse to start without --stdio, with exit status 2 and the usage', async () => {
    const { status, stderr } = await runInProcess(['lsp']);
    expect(status).toBe(2);
    expect(stderr).toContain('terms lsp --stdio');
  });

  it('should be listed in terms --help', async () => {
    const { stdout } = await runInProcess(['--help']);
    expect(stdout).toMatch(/^ {2}lsp +\S/mu);
  });
});
