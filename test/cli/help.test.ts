/**
 * `terms <command> --help` describes every option of the usage line, bilingual as the messages are
 * (issue 16, a newcomer's first hour).
 */
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const COMMANDS = ['compile', 'lint', 'ci', 'check', 'import', 'diff', 'build', 'notice', 'export', 'init', 'lsp'];

async function help(command: string): Promise<string> {
  const { status, stdout } = await runInProcess([command, '--help']);
  expect(status).toBe(0);
  return stdout;
}

describe('terms <command> --help', () => {
  it.each(COMMANDS)('should describe every option of terms %s, in Japanese and English', async (command) => {
    const text = await help(command);
    const [usage = ''] = text.split('\n').filter((l) => l.startsWith('使い方 / usage:'));
    const described = text.split('\n').filter((l) => /^ {2}\S/u.test(l));
    const options = [...new Set(usage.match(/--[a-z-]+/gu) ?? [])];
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) {
      // The option's entry: its name among the options its key column (before the two spaces) names.
      const line = described.find((l) => (l.slice(2).split('  ')[0]?.match(/--[a-z-]+/gu) ?? ([] as string[])).includes(option));
      expect(line, `${command} ${option}`).toBeDefined();
      // 日本語 / English
      expect(line).toMatch(/[\u3040-\u30ff\u4e00-\u9fff].*\/ [A-Za-z]/u);
    }
  });
});
