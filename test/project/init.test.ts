/**
 * `terms init`: a new company's project from nothing and from an existing file, with the real importer,
 * compiler and linter, and the CLI run in-process in a temporary folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileTerms } from '../../src/compile/index.js';
import { RULE_IDS } from '../../src/lint/index.js';
import { parseProjectConfig } from '../../src/project/config.js';
import * as init from '../../src/project/init.js';
import { runInProcess } from '../helpers/cli.js';
import { autoNumberedDocx, AUTO_EXPECTED } from '../import/docx-fixtures.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'hoshizora-terms.txt');
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'terms-init-'));
  roots.push(dir);
  return dir;
}

const run = (cwd: string, ...argv: string[]) => runInProcess(argv, cwd);

describe('initProject', () => {
  it('should export initProject and the installed schema path', () => {
    expect(Object.keys(init).sort()).toEqual(['INSTALLED_SCHEMA', 'initProject']);
  });

  it('should start from nothing with a first version that compiles, and a configuration that requires nothing', () => {
    const result = init.initProject({ document: 'example-cloud', company: '例示株式会社', effective: '2027-04-01', siteUrl: 'https://terms.example.jp/', sender: '例示株式会社 <terms@example.jp>' });
    expect([...result.files.keys()]).toEqual(['terms/example-cloud/2027-04-01.md', 'terms.config.json']);
    const compiled = compileTerms(result.files.get(result.termsFile) ?? '', result.termsFile);
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.ruleSet?.meta).toMatchObject({ document: 'example-cloud', company: '例示株式会社', title: '例示株式会社利用規約', effective: '2027-04-01' });
    const { config, diagnostics } = parseProjectConfig(result.files.get('terms.config.json') ?? '', 'terms.config.json', RULE_IDS);
    expect(diagnostics).toEqual([]);
    expect(config.siteUrl).toBe('https://terms.example.jp/');
    expect(config.documents['example-cloud']).toEqual({ company: '例示株式会社', sender: '例示株式会社 <terms@example.jp>', requiredAnnotations: [] });
  });

  it('should quote a company name YAML would misread', () => {
    const result = init.initProject({ document: 'x', company: '#1: 株式会社', effective: '2027-04-01' });
    expect(compileTerms(result.files.get(result.termsFile) ?? '', 'x.md').ruleSet?.meta.company).toBe('#1: 株式会社');
  });

  it('should import an existing text file, guessing its title and company', () => {
    const result = init.initProject({ document: 'hoshizora', effective: '2026-10-01', from: { path: 'hoshizora-terms.txt', text: readFileSync(FIXTURE, 'utf8') } });
    expect(result.usable).toBe(true);
    expect(result.compiles).toBe(true);
    const ruleSet = compileTerms(result.files.get(result.termsFile) ?? '', result.termsFile).ruleSet;
    expect(ruleSet?.articles.map((a) => a.caption?.text)).toEqual(['適用', '利用登録', '解約', '準拠法']);
    expect(ruleSet?.meta.title).toBe('ほしぞらストレージ利用規約');
    expect(JSON.parse(result.files.get('terms.config.json') ?? '{}').documents.hoshizora.company).toBe(ruleSet?.meta.company);
  });
});

describe('terms init', () => {
  it('should start a project from an existing file that compile and lint then read', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'old-terms.txt'), readFileSync(FIXTURE));
    const created = await run(dir, 'init', '--doc', 'hoshizora', '--from', 'old-terms.txt', '--effective', '2026-10-01', '--url', 'https://legal.hoshizora.example/', '--sender', '株式会社ほしぞらネット <legal@hoshizora.example>');
    expect(created.stderr).toContain('created terms/hoshizora/2026-10-01.md');
    expect(created.stderr).toContain('created terms.config.json');
    expect(created.status).toBe(0);
    expect((await run(dir, 'compile')).status).toBe(0);
    // A document whose configuration names no annotation kinds requires none: no annotation-required errors.
    const lint = await run(dir, 'lint', '--format', 'json');
    expect(JSON.parse(lint.stdout).filter((d: { ruleId: string }) => d.ruleId === 'annotation-required')).toEqual([]);
    const config = JSON.parse(readFileSync(join(dir, 'terms.config.json'), 'utf8'));
    expect(config).toMatchObject({ $schema: init.INSTALLED_SCHEMA, site: { url: 'https://legal.hoshizora.example/' }, documents: { hoshizora: { sender: '株式会社ほしぞらネット <legal@hoshizora.example>', requiredAnnotations: [] } } });
  });

  it('should write the required kinds asked for, and lint then asks for them', async () => {
    const dir = folder();
    expect((await run(dir, 'init', '--doc', 'example', '--company', '例示株式会社', '--effective', '2027-04-01', '--require', 'governing-law,jurisdiction')).status).toBe(0);
    const lint = await run(dir, 'lint', '--format', 'json');
    expect(JSON.parse(lint.stdout).map((d: { ruleId: string; message: string }) => [d.ruleId, d.message.split(' / ')[1]])).toEqual([
      ['annotation-required', 'Missing annotation governing-law, expected the clause that states it to carry a rule block `kind: governing-law`'],
      ['annotation-required', 'Missing annotation jurisdiction, expected the clause that states it to carry a rule block `kind: jurisdiction`'],
    ]);
    expect(lint.status).toBe(1);
  });

  it('should refuse to overwrite an existing project (exit 2), and write nothing', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'terms.config.json'), '{ "rules": {} }\n');
    const refused = await run(dir, 'init', '--doc', 'example', '--company', '例示株式会社');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('a project is already here (terms.config.json); nothing was written');
    expect(readdirSync(dir)).toEqual(['terms.config.json']);
    const other = folder();
    mkdirSync(join(other, 'terms'));
    expect((await run(other, 'init', '--doc', 'example')).status).toBe(2);
    expect(existsSync(join(other, 'terms.config.json'))).toBe(false);
  });

  it('should start from a Word file with automatic numbering, through the Word importer', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'terms.docx'), await autoNumberedDocx());
    const result = await run(dir, 'init', '--doc', 'photo-share', '--effective', '2027-04-01', '--from', 'terms.docx');
    expect(result.status).toBe(0);
    const written = readFileSync(join(dir, 'terms', 'photo-share', '2027-04-01.md'), 'utf8');
    const compiled = compileTerms(written, 'terms/photo-share/2027-04-01.md');
    expect(compiled.ruleSet?.articles.map((a) => `${a.title}${a.caption?.written ?? ''}`)).toEqual(AUTO_EXPECTED.articles);
    expect(parseProjectConfig(readFileSync(join(dir, 'terms.config.json'), 'utf8'), 'terms.config.json').config.documents['photo-share']?.company).toBe(AUTO_EXPECTED.company);
  }, 60_000);

  it('should refuse bad options together, an unreadable file and a file without articles (exit 2), writing nothing', async () => {
    const dir = folder();
    const bad = await run(dir, 'init', '--doc', 'Bad Id', '--url', 'localhost', '--sender', 'nobody', '--require', 'no-such-kind', '--effective', '2027-02-30');
    expect(bad.status).toBe(2);
    for (const option of ['--doc', '--url', '--sender', 'no-such-kind', '--effective']) expect(bad.stderr).toContain(option);
    expect((await run(dir, 'init', '--doc', 'x', '--from', 'missing.txt')).status).toBe(2);
    expect((await run(dir, 'init', '--doc', 'x', '--from', 'missing.pdf')).status).toBe(2);
    writeFileSync(join(dir, 'notes.txt'), 'これは規約ではありません。\n');
    const empty = await run(dir, 'init', '--doc', 'x', '--from', 'notes.txt');
    expect(empty.status).toBe(2);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    for (const r of [bad, empty]) expect(r.stderr).not.toMatch(/\n\s+at /u);
  });
});
