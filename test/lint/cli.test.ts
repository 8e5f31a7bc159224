import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as command from '../../src/cli/commands/lint.js';
import { exampleDocument } from '../../src/lint/index.js';
import { runInProcess } from '../helpers/cli.js';

/** Runs `terms lint …` in-process in `cwd`. */
const run = (cwd: string, ...args: string[]) => runInProcess(['lint', ...args], cwd);

/** A project folder with terms/example/<version>.md files. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'terms-lint-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** An example with one error (ref-relative) and one warning (bracket-width); annotations are not its subject. */
const DEFECTS = exampleDocument(`
## 第１条（通知） {#a}

当社は、契約者に通知(電子メール)します。

2. 前各項の定めにかかわらず、当社は通知を省略できます。
`);
const NO_ANNOTATIONS = JSON.stringify({ rules: { 'annotation-required': 'off' } });

describe('terms lint', () => {
  it('should export lintCommand and readLintOptions', () => {
    expect(Object.keys(command).sort()).toEqual(['lintCommand', 'readLintOptions']);
  });

  it('should lint terms/ by default, find nothing in the published 2018 version and exit 0', async () => {
    const dir = project({});
    mkdirSync(join(dir, 'terms/knet-cloud'), { recursive: true });
    copyFileSync('terms/knet-cloud/2018-04-20.md', join(dir, 'terms/knet-cloud/2018-04-20.md'));
    const { status, stdout, stderr } = await run(dir);
    expect(stdout).toBe('');
    expect(stderr).toContain('terms lint: 1 版 / 1 file(s): 0 件の問題');
    expect(status).toBe(0);
  });

  it('should print stylish output grouped per file and exit 1 when an error is found', async () => {
    const dir = project({ 'terms/example/2026-04-01.md': DEFECTS, 'terms.config.json': NO_ANNOTATIONS });
    const { status, stdout } = await run(dir);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'terms/example/2026-04-01.md',
      '  terms/example/2026-04-01.md:14:11  warning  括弧は全角で対にして書きます / Unexpected (電子メール), expected （電子メール）  bracket-width',
      '  terms/example/2026-04-01.md:16:4   error    前にある項は一つだけです / Unexpected 前各項 with one preceding paragraph, expected 前項  ref-relative',
    ]);
    expect(stdout).toContain('✖ 2 件の問題（エラー 1・警告 1） / 2 problems (1 error, 1 warning)');
    expect(status).toBe(1);
  });

  it('should exit 0 when only warnings are found, and apply the severities of --config', async () => {
    const dir = project({
      'terms/example/2026-04-01.md': DEFECTS,
      'strict.json': JSON.stringify({ rules: { 'annotation-required': 'off', 'ref-relative': 'warning', 'bracket-width': 'off' } }),
    });
    const { status, stdout } = await run(dir, '--config', 'strict.json', '--format', 'json', 'terms/example/2026-04-01.md');
    expect(JSON.parse(stdout).map((f: { ruleId: string; severity: string }) => [f.ruleId, f.severity])).toEqual([['ref-relative', 'warning']]);
    expect(status).toBe(0);
  });

  it('should print GitHub workflow commands with --format github', async () => {
    const dir = project({ 'terms/example/2026-04-01.md': DEFECTS, 'terms.config.json': NO_ANNOTATIONS });
    const { stdout } = await run(dir, '--format', 'github', 'terms');
    expect(stdout).toContain('::error file=terms/example/2026-04-01.md,line=16,col=4,endLine=16,endColumn=7,title=ref-relative::前にある項は一つだけです');
    expect(stdout).toContain('::warning file=terms/example/2026-04-01.md,line=14,col=11,endLine=14,endColumn=18,title=bracket-width::');
  });

  it('should list the 2018 version’s suppressed defects in SARIF with their reasons', async () => {
    const { status, stdout } = await run(process.cwd(), '--format', 'sarif', 'terms/knet-cloud/2018-04-20.md');
    const results = JSON.parse(stdout).runs[0].results as Array<{ suppressions?: Array<{ justification: string }> }>;
    expect(results).toHaveLength(28);
    expect(results.every((r) => r.suppressions?.[0]?.justification.startsWith('公表版の'))).toBe(true);
    expect(status).toBe(0);
  });

  it('should print the compile diagnostics and exit 2 when a version does not compile (項 numbers must be consecutive)', async () => {
    const broken = exampleDocument('## 第１条（通知） {#a}\n\n当社は通知します。\n\n3. 前項の通知は電子メールで行います。\n');
    const dir = project({ 'terms/example/2026-04-01.md': broken, 'terms/example/2026-05-01.md': DEFECTS, 'terms.config.json': NO_ANNOTATIONS });
    const { status, stdout } = await run(dir);
    expect(stdout).toContain('terms/example/2026-04-01.md:16:1  error    項の番号が飛んでいます: 2. のはずが 3.');
    expect(stdout).toContain('compile/paragraph-sequence');
    expect(stdout).toContain('terms/example/2026-05-01.md:16:4');
    expect(status).toBe(2);
  });

  it('should exit 2 with one clear message for a bad configuration, a missing path or an unknown format', async () => {
    const dir = project({ 'terms/example/2026-04-01.md': DEFECTS, 'terms.config.json': '{"rules": {"ref-relatve": "off"}}' });
    const config = await run(dir);
    expect(config.status).toBe(2);
    expect(config.stdout).toContain('terms.config.json:1:12  error    不明な規則です: ref-relatve');
    const missing = await run(dir, '--config', 'none.json');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read the configuration: none.json');
    const path = await run(process.cwd(), 'terms/nowhere');
    expect(path.status).toBe(2);
    expect(path.stderr).toContain('no such file or folder: terms/nowhere');
    expect(path.stderr).not.toMatch(/\n\s+at /u);
    const unknown = await run(process.cwd(), '--format', 'xml');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown format: xml');
  });
});
