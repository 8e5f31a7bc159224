import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleDocument } from '../../src/lint/index.js';
import { runInProcess } from '../helpers/cli.js';

/** Runs `terms lint …` in-process in `cwd`. */
const run = (cwd: string, ...args: string[]) => runInProcess(['lint', ...args], cwd);

/** A project folder whose node_modules is this repository's (where the textlint rules are installed). */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'terms-textlint-'));
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{"private": true}');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const FILE = 'terms/example/2026-04-01.md';

// 第１条: a doubled が (no-doubled-conjunctive-particle-ga) on the second line of a wrapped paragraph.
const DOC = exampleDocument(`
## 第１条（通知） {#notice}

当社は、契約者に通知します。
当社は通知しますが、契約者が拒否しましたが、通知は有効です。

## 第２条（連絡） {#contact}

<!-- terms-lint-disable-next-line textlint/ja-technical-writing/no-doubled-conjunctive-particle-ga -- 公表版の表記 -->
契約者は連絡しますが、当社が不在でしたが、連絡は有効です。
`);

const CONFIG = (textlint: unknown) => JSON.stringify({ rules: { 'annotation-required': 'off' }, textlint });

describe('terms lint with textlint rules from terms.config.json', () => {
  it('should report a preset’s findings at their Markdown line and column, suppressed like the project’s rules', async () => {
    const dir = project({
      [FILE]: DOC,
      'terms.config.json': CONFIG({ severity: 'error', rules: { 'preset-ja-technical-writing': { 'sentence-length': false } } }),
    });
    const { status, stdout } = await run(dir, '--format', 'json');
    const found = (JSON.parse(stdout) as Array<{ ruleId: string; line: number; column: number; severity: string; clause: string }>).filter((d) => d.ruleId.startsWith('textlint/'));
    const line = DOC.split('\n').findIndex((l) => l.startsWith('当社は通知しますが')) + 1;
    expect(found).toEqual([
      expect.objectContaining({ ruleId: 'textlint/ja-technical-writing/no-doubled-conjunctive-particle-ga', line, severity: 'error', clause: 'art-1-p1' }),
    ]);
    expect(found[0]?.column).toBeGreaterThan(1);
    expect(status).toBe(1);
    const sarif = await run(dir, '--format', 'sarif');
    const results = JSON.parse(sarif.stdout).runs[0].results as Array<{ ruleId: string; suppressions?: unknown[] }>;
    expect(results.filter((r) => r.ruleId.includes('conjunctive-particle-ga')).map((r) => Boolean(r.suppressions))).toEqual([false, true]);
    expect(JSON.parse(sarif.stdout).runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('textlint/ja-technical-writing/max-ten');
  }, 120_000); // two runs, each loading kuromoji's dictionary for the preset's Japanese rules

  it('should exit 2 with the place in terms.config.json when a configured rule is not installed', async () => {
    const dir = project({ [FILE]: DOC, 'terms.config.json': CONFIG({ rules: { 'no-such-rule-xyz': true } }) });
    const { status, stdout } = await run(dir);
    expect(stdout).toContain('terms.config.json:1:');
    expect(stdout).toContain('textlint-rule-no-such-rule-xyz');
    expect(status).toBe(2);
  });

  it('should reject a malformed textlint block with its position', async () => {
    const dir = project({ [FILE]: DOC, 'terms.config.json': CONFIG({ severity: 'loud', rules: { 'max-ten': 3 } }) });
    const { status, stdout } = await run(dir);
    expect(stdout).toContain('Unexpected severity "loud"');
    expect(stdout).toContain('Unexpected 3, expected true, false or options');
    expect(status).toBe(2);
  });
});

describe('terms lint --fix', () => {
  it('should apply the fixes the findings carry, write the file and report what is left', async () => {
    const doc = exampleDocument(`
## 第１条（通知） {#notice}

当社は、契約者に通知(電子メール)します。

- (1)電子メール

2. 契約者は、迷惑メール（嫌がらせメール)を送信しないものとします。
`);
    const dir = project({ [FILE]: doc, 'terms.config.json': CONFIG(undefined) });
    const { status, stdout, stderr } = await run(dir, '--fix', '--format', 'json');
    const fixed = readFileSync(join(dir, FILE), 'utf8');
    expect(fixed).toContain('通知（電子メール）します');
    expect(fixed).toContain('- （１）電子メール');
    expect(fixed).toContain('（嫌がらせメール）');
    expect(stderr).toContain('3 fix(es) applied'); // two bracket pairs and a label
    expect(JSON.parse(stdout)).toEqual([]);
    expect(status).toBe(0);
    // Nothing else changed.
    expect(fixed.replace('（１）', '(1)').replace(/（/gu, '(').replace(/）/gu, ')')).toBe(doc.replace(/（/gu, '(').replace(/）/gu, ')'));
  });

  it('should leave suppressed findings as written (a published version keeps its text)', async () => {
    const doc = exampleDocument(`
## 第１条（通知） {#notice}

<!-- terms-lint-disable-next-line bracket-width -- 公表版の表記 -->
当社は、契約者に通知(電子メール)します。
`);
    const dir = project({ [FILE]: doc, 'terms.config.json': CONFIG(undefined) });
    const { status, stderr } = await run(dir, '--fix');
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(doc);
    expect(stderr).toContain('0 fix(es) applied');
    expect(status).toBe(0);
  });
});
