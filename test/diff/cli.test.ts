import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffCommand } from '../../src/cli/commands/diff.js';
import { FIXTURES, ROOT, runCli } from './support.js';

describe('src/cli/commands/diff', () => {
  it('should export the diff command with its usage', () => {
    expect(diffCommand.usage).toMatch(/^terms diff <old> <new>/u);
    expect(typeof diffCommand.run).toBe('function');
  });
});

describe('terms diff', () => {
  it('should compare two versions named doc@version and print the redline as text by default', async () => {
    const run = await runCli(['diff', 'knet-cloud@2018-04-20', 'knet-cloud@2027-01-01']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Knetクラウドサービス利用規約: 2018-04-20 → 2027-01-01');
    expect(run.stdout).toContain('（１）[-第36条-]{+第35条+}（免責）');
    expect(run.stderr).toBe('');
  });

  it('should accept Markdown paths and compiled rule sets alike', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'terms-diff-'));
    const compiled = await runCli(['compile', '--out', dir]);
    expect(compiled.status).toBe(0);
    const json = join(dir, 'knet-cloud', '2018-04-20.json');
    const fromJson = await runCli(['diff', json, 'terms/knet-cloud/2027-01-01.md', '--format', 'json']);
    const fromMarkdown = await runCli(['diff', 'terms/knet-cloud/2018-04-20.md', 'knet-cloud@2027-01-01', '--format', 'json']);
    expect(fromJson.status).toBe(0);
    expect(JSON.parse(fromJson.stdout)).toEqual(JSON.parse(fromMarkdown.stdout));
  });

  it.each([
    ['markdown', '## Knetクラウドサービス利用規約の変更'],
    ['html', '<section class="terms-diff"'],
    ['table-html', '<table class="shinkyu"'],
    ['table-markdown', '| 改正後 | 改正前 |'],
    ['json', '"schema": "https://knet-terms.dev/schema/diff-1.schema.json"'],
  ])('should write --format %s', async (format, expected) => {
    const run = await runCli(['diff', 'knet-cloud@2018-04-20', 'knet-cloud@2027-01-01', '--format', format]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(expected);
  });

  it('should write the standalone 新旧対照表 to --out, atomically, and nothing to stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'terms-diff-'));
    const out = join(dir, 'nested', '新旧対照表.html');
    const run = await runCli(['diff', 'knet-cloud@2018-04-20', 'knet-cloud@2027-01-01', '--format', 'table-html', '--standalone', '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('<title>Knetクラウドサービス利用規約 新旧対照表</title>');
    expect(readdirSync(join(dir, 'nested'))).toEqual(['新旧対照表.html']);
  });

  it('should fail with status 1 and name each stale cross-reference, having written the diff', async () => {
    const run = await runCli(['diff', join(FIXTURES, 'base.md'), join(FIXTURES, 'stale-reference.md')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('⚠ 第６条第２項の「第４条（当社からの解約）」');
    expect(run.stderr).toContain('art-6-p2: 第６条第２項の「第４条（当社からの解約）」は改正前は第４条を指していましたが');
    expect(run.stderr).toContain('番号が更新されていない参照が 2 件あります / 2 stale cross-reference(s)');
  });

  it('should report every problem with the inputs together, with status 2 and no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'terms-diff-'));
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    const run = await runCli(['diff', 'knet-cloud@2030-01-01', join(dir, 'broken.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('terms/knet-cloud/2030-01-01.md を読めません / cannot read terms/knet-cloud/2030-01-01.md (版 / versions: 2018-04-20, 2027-01-01)');
    expect(run.stderr).toContain('broken.json: JSON を読めません / invalid JSON');
    expect(run.stderr).not.toMatch(/\n\s+at /u);
  });

  it('should report a JSON file that is not a rule set, and a Markdown file that does not compile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'terms-diff-'));
    writeFileSync(join(dir, 'other.json'), '{"schema": "x"}');
    writeFileSync(join(dir, 'broken.md'), '# 第１章 総則\n\n本文だけ。\n');
    const run = await runCli(['diff', join(dir, 'other.json'), join(dir, 'broken.md')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('other.json: ルールセットではありません / not a rule set');
    expect(run.stderr).toMatch(/broken\.md:1:1: .*front matter/u);
    expect(run.stderr).toContain('broken.md をコンパイルできません / ');
  });

  it('should refuse wrong arguments with the usage, all at once', async () => {
    const run = await runCli(['diff', 'knet-cloud@2018-04-20', '--format', 'odt', '--standalone']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('比較する版を二つ指定してください / expected two versions, got 1');
    expect(run.stderr).toContain('--format odt は使えません');
    expect(run.stderr).toContain('--standalone は --format table-html と使います');
    expect(run.stderr).toContain('使い方 / usage: terms diff <old> <new>');
  });

  it('should find doc@version under --terms', async () => {
    const run = await runCli(['diff', 'knet-cloud@2018-04-20', 'knet-cloud@2027-01-01', '--terms', join(ROOT, 'terms'), '--format', 'json'], tmpdir());
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).to.version).toBe('2027-01-01');
  });
});
