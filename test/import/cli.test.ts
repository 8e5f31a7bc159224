import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import * as command from '../../src/cli/commands/import.js';
import { runCli } from './helpers.js';

const SEED = 'terms/knet-cloud/2018-04-20.published.txt';
const args = ['--doc', 'knet-cloud', '--effective', '2018-04-20'];

describe('terms import', () => {
  it('should export the import command only', () => {
    expect(Object.keys(command)).toEqual(['importCommand']);
    expect(command.importCommand.usage).toContain('terms import FILE --doc ID --effective YYYY-MM-DD');
  });

  it('should print the Markdown on stdout and the report on stderr, with input lines, and exit 0', async () => {
    const { status, stdout, stderr } = await runCli(['import', SEED, ...args]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^---\ndocument: knet-cloud\n/u);
    expect(stdout).toContain('## 第36条（サービスレベル）');
    expect(stderr).toContain(`${SEED}:692:1: warning: 文字のない行です: 「_」`);
  });

  it('should write --out atomically, leaving nothing else in the directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'terms-import-'));
    const out = join(dir, 'knet-cloud', '2018-04-20.md');
    const { status, stdout } = await runCli(['import', SEED, ...args, '--out', out]);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    const { stdout: printed } = await runCli(['import', SEED, ...args]);
    expect(readFileSync(out, 'utf8')).toBe(printed);
    expect(readdirSync(join(dir, 'knet-cloud'))).toEqual(['2018-04-20.md']);
  });

  it('should read standard input for -, as Markdown when told so', async () => {
    const stdin = Readable.from([Buffer.from('## 第1条　総則\n\n1. 本規約は適用されます。\n')]);
    const { status, stdout } = await runCli(['import', '-', ...args, '--from', 'markdown', '--title', '規約', '--company', '株式会社ノット'], stdin);
    expect(status).toBe(0);
    expect(stdout).toContain('title: 規約\ncompany: 株式会社ノット\n');
    expect(stdout).toContain('## 第1条（総則）\n\n本規約は適用されます。\n');
  });

  it('should read Shift_JIS text', async () => {
    // 第１条（目的）\n本文。 in Shift_JIS.
    const bytes = Buffer.from([0x91, 0xe6, 0x82, 0x50, 0x8f, 0xf0, 0x81, 0x69, 0x96, 0xda, 0x93, 0x49, 0x81, 0x6a, 0x0a, 0x96, 0x7b, 0x95, 0xb6, 0x81, 0x42, 0x0a]);
    expect(new TextDecoder('shift_jis').decode(bytes)).toBe('第１条（目的）\n本文。\n');
    const { status, stdout, stderr } = await runCli(['import', '-', ...args], Readable.from([bytes]));
    expect(status).toBe(0);
    expect(stdout).toContain('## 第１条（目的）\n\n本文。\n');
    expect(stderr).toContain('Shift_JIS');
  });

  it.each([
    [['import', SEED, '--effective', '2018-04-20'], '--doc'],
    [['import', SEED, '--doc', 'Knet Cloud', '--effective', '2018-04-20'], '--doc'],
    [['import', SEED, '--doc', 'knet-cloud', '--effective', '2018-02-30'], '--effective'],
    [['import', SEED, ...args, '--from', 'rtf'], '--from'],
    [['import', ...args], 'give exactly one input file'],
    [['import', SEED, ...args, '--frobnicate'], 'invalid arguments'],
  ])('should refuse %j with exit status 2, the usage and no stack trace', async (argv, expected) => {
    const { status, stderr } = await runCli(argv);
    expect(status).toBe(2);
    expect(stderr).toContain(expected);
    expect(stderr).toContain('usage: terms import');
    expect(stderr).not.toMatch(/\n\s+at /u);
  });

  it('should exit 2 on a file it cannot read, or one without any article', async () => {
    const missing = await runCli(['import', 'no/such/file.txt', ...args]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no/such/file.txt: 読めません / cannot read');
    const dir = mkdtempSync(join(tmpdir(), 'terms-import-'));
    writeFileSync(join(dir, 'notes.txt'), 'お知らせ\nサービスを開始しました。\n');
    const empty = await runCli(['import', join(dir, 'notes.txt'), ...args, '--out', join(dir, 'out.md')]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('no article found');
    expect(empty.stderr).toContain(':2:1: warning: 最初の条より前の本文です');
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('should still write a document that does not compile yet, report why at the input line, and exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'terms-import-'));
    writeFileSync(join(dir, 'gap.txt'), '第１条（目的）\n本文。\n\n第３条（変更）\n本文。\n');
    const { status, stderr } = await runCli(['import', join(dir, 'gap.txt'), ...args, '--out', join(dir, 'gap.md')]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/gap\.txt:4:1: 取り込んだ文書のコンパイル .*article out of sequence \[compile\/article-sequence\]/u);
    expect(readFileSync(join(dir, 'gap.md'), 'utf8')).toContain('## 第３条（変更）');
  });
});

describe('terms import, then terms lint on the result', () => {
  it('should give no label-style warning against the labels the importer kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'terms-import-lint-'));
    const out = join(dir, 'sample', '2024-04-01.md');
    const imported = await runCli(['import', 'test/import/fixtures/label-forms/input.txt', '--doc', 'sample', '--effective', '2024-04-01', '--out', out]);
    expect(imported.status).toBe(0);
    const linted = await runCli(['lint', out, '--format', 'json']);
    expect(linted.stderr).toContain('1 版 / 1 file(s)');
    expect(linted.stdout + linted.stderr).not.toContain('label-style');
  });
});
