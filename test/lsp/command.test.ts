import { describe, expect, it } from 'vitest';
import * as command from '../../src/cli/commands/lsp.js';
import { main } from '../../src/cli/main.js';

describe('terms lsp', () => {
  it('should export lspCommand', () => {
    expect(Object.keys(command)).toEqual(['lspCommand']);
  });

  it('should refuse to start without --stdio, with exit status 2 and the usage', async () => {
    let stderr = '';
    const status = await main(['lsp'], { stdout: () => undefined, stderr: (t) => void (stderr += t) });
    expect(status).toBe(2);
    expect(stderr).toContain('terms lsp --stdio');
  });

  it('should be listed in terms --help', async () => {
    let stdout = '';
    await main(['--help'], { stdout: (t) => void (stdout += String(t)), stderr: () => undefined });
    expect(stdout).toMatch(/^ {2}lsp +\S/mu);
  });
});
