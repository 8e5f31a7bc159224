/**
 * `terms notice` with the project's configuration: the site's URL and the document's sender come from
 * terms.config.json when the options do not give them.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { PACKAGE_ROOT } from '../../src/project/root.js';

const dir = mkdtempSync(join(tmpdir(), 'terms-notice-config-'));
// The notices are given on the 2027 version's notice date: a later "today" would refuse them (第３条２).
const today = process.env['TERMS_TODAY'];
process.env['TERMS_TODAY'] = '2026-11-30';
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (today === undefined) delete process.env['TERMS_TODAY'];
  else process.env['TERMS_TODAY'] = today;
});

const run = (...argv: string[]) => runInProcess(argv, dir);

describe('terms notice and terms.config.json', () => {
  it('should link the configured site and send from the configured sender when neither option is given', async () => {
    mkdirSync(join(dir, 'terms/knet-cloud'), { recursive: true });
    for (const v of ['2018-04-20', '2027-01-01']) copyFileSync(join(PACKAGE_ROOT, `terms/knet-cloud/${v}.md`), join(dir, `terms/knet-cloud/${v}.md`));
    writeFileSync(
      join(dir, 'terms.config.json'),
      JSON.stringify({ site: { url: 'https://legal.example.jp/knet' }, documents: { 'knet-cloud': { sender: 'Knet 法務部 <legal@knet.example>' } } }),
    );
    writeFileSync(join(dir, 'recipients.csv'), 'name,email,contract\n山田 太郎,taro@example.jp,C-0001\n');
    const result = await run('notice', 'knet-cloud', '--to', '2027-01-01', '--recipients', 'recipients.csv', '--out', 'out');
    expect(result.stderr).not.toContain('--base-url');
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'out/web-notice.html'), 'utf8')).toContain('https://legal.example.jp/knet/knet-cloud/2027-01-01/');
    const eml = readdirSync(join(dir, 'out')).find((f) => f.endsWith('.eml'));
    expect(eml).toBeDefined();
    const message = readFileSync(join(dir, 'out', eml ?? ''), 'utf8');
    expect(message).toMatch(/^From: .*<legal@knet\.example>/mu);
    expect(message).not.toContain('localhost');
  }, 120_000);

  it('should let the options override the configuration, and refuse a broken configuration (exit 2)', async () => {
    const overridden = await run('notice', 'knet-cloud', '--to', '2027-01-01', '--base-url', 'https://other.example.jp/', '--out', 'out2');
    expect(overridden.status).toBe(0);
    expect(readFileSync(join(dir, 'out2/web-notice.html'), 'utf8')).toContain('https://other.example.jp/knet-cloud/2027-01-01/');
    writeFileSync(join(dir, 'terms.config.json'), '{ "documents": { "knet-cloud": { "sender": "nobody" } } }');
    const broken = await run('notice', 'knet-cloud', '--to', '2027-01-01', '--out', 'out3');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/terms\.config\.json:1:\d+: /u);
  }, 120_000);
});
