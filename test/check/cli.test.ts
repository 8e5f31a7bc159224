/**
 * `terms check` through the real CLI: `main(argv, io)` in-process, and once as a child process of
 * bin/terms.js (built by `npm run build:ts`, as `npm test` does first).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayInJapan } from '../../src/period/index.js';
import { EXAMPLE, FIXTURES, ROOT, run, versionOf, writeTermsProject } from './support.js';

let project: string;
beforeAll(() => {
  project = writeTermsProject([versionOf('2018-04-20')]);
  writeFileSync(join(project, 'example.json'), JSON.stringify(EXAMPLE));
});

const check = (args: string[], stdin?: string) => run(['check', ...args], stdin === undefined ? { cwd: project } : { cwd: project, stdin });

/** The example without the cancellation and the opt-out: the termination of 2026-04-11 is a violation. */
const violating = { contract: 'K-0002', events: EXAMPLE.events.filter((e) => e.type !== 'cancellation.notice' && e.type !== 'renewal.optout') };

describe('terms check', () => {
  it('should print one result as JSON and exit 0 when there is no violation', async () => {
    const { status, stdout, stderr } = await check(['example.json', '--as-of', '2026-12-01']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ contract: 'K-0001', asOf: '2026-12-01', status: 'ended', endDate: '2026-03-20' });
    expect(stderr).toContain('1 件の契約を評価しました');
  });

  it('should exit 1 when a finding is a violation', async () => {
    writeFileSync(join(project, 'violating.json'), JSON.stringify(violating));
    const { status, stdout } = await check(['violating.json', '--as-of', '2026-12-01']);
    expect(status).toBe(1);
    expect(JSON.parse(stdout).findings.some((f: { severity: string }) => f.severity === 'violation')).toBe(true);
  });

  it('should check an array of contracts into an array, evaluating the others when one is invalid, and exit 2', async () => {
    writeFileSync(join(project, 'array.json'), JSON.stringify([EXAMPLE, { contract: 'K-BAD', events: [{ type: 'contract.formed', date: '2026-02-30', monthlyFee: 1 }] }, violating]));
    const { status, stdout, stderr } = await check(['array.json', '--as-of', '2026-12-01']);
    expect(status).toBe(2);
    const out = JSON.parse(stdout) as Array<{ contract: string; status: string }>;
    expect(out.map((o) => [o.contract, o.status])).toEqual([
      ['K-0001', 'ended'],
      ['K-BAD', 'invalid'],
      ['K-0002', 'ended'],
    ]);
    expect(out[1]).toEqual({
      contract: 'K-BAD',
      status: 'invalid',
      index: 1,
      line: null,
      errors: [{ path: 'events[0].date', event: 0, field: 'date', message: 'K-BAD events[0].date: 2026-02-30 は実在しない日付です / not a real date' }],
    });
    expect(stderr).toContain('K-BAD events[0].date: 2026-02-30 は実在しない日付です / not a real date\n');
  });

  it('should accept a file that starts with a byte-order mark', async () => {
    writeFileSync(join(project, 'bom.json'), `\uFEFF${JSON.stringify(EXAMPLE)}`);
    writeFileSync(join(project, 'bom.ndjson'), `\uFEFF${JSON.stringify(EXAMPLE)}\n`);
    expect((await check(['bom.json', '--as-of', '2026-12-01'])).status).toBe(0);
    expect((await check(['bom.ndjson', '--as-of', '2026-12-01'])).status).toBe(0);
  });

  it('should print an empty array for an empty array', async () => {
    writeFileSync(join(project, 'empty.json'), '[]');
    const { status, stdout } = await check(['empty.json', '--as-of', '2026-12-01']);
    expect([status, JSON.parse(stdout)]).toEqual([0, []]);
  });

  it('should stream NDJSON to NDJSON, one line per contract, naming bad lines by number', async () => {
    const { status, stdout } = await check([join(FIXTURES, 'batch.ndjson'), '--as-of', '2026-12-01']);
    expect(status).toBe(2);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { contract: string | null; status: string; line?: number; errors?: Array<{ message: string }> });
    expect(lines.map((l) => [l.contract, l.status])).toEqual([
      ['K-0001', 'ended'],
      ['K-0002', 'ended'],
      [null, 'invalid'],
      ['K-0004', 'invalid'],
    ]);
    // The blank line 3 is skipped; line 4 is cut short.
    expect(lines[2]).toMatchObject({ index: 2, line: 4 });
    expect(lines[2]?.errors?.[0]?.message).toMatch(/^行 4: JSON として読めません/u);
    expect(lines[3]?.errors?.map((e) => e.message)).toEqual([
      'K-0004 events[1].date: 2026-02-30 は実在しない日付です / not a real date',
      'K-0004 events[1].invoice: 請求 "inv-9" がありません / unknown invoice id',
    ]);
  });

  it('should read NDJSON from stdin with - --ndjson, and write it in chunks as it goes', async () => {
    const many = Array.from({ length: 400 }, (_, i) => JSON.stringify({ ...EXAMPLE, contract: `K-${i}` })).join('\n');
    let writes = 0;
    let stdout = '';
    const decoder = new TextDecoder();
    const { main } = await import('../../src/cli/main.js');
    const { Readable } = await import('node:stream');
    const status = await main(['check', '-', '--ndjson', '--as-of', '2026-12-01'], {
      stdout: (t) => {
        writes++;
        stdout += typeof t === 'string' ? t : decoder.decode(t, { stream: true });
      },
      stderr: () => undefined,
      cwd: project,
      stdin: Readable.from([many]),
    });
    expect(status).toBe(0);
    expect(stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { contract: string }).contract)).toEqual(Array.from({ length: 400 }, (_, i) => `K-${i}`));
    expect(writes).toBeGreaterThan(1);
  });

  it('should explain the result in Japanese with --format text, quoting the clauses', async () => {
    const { status, stdout } = await check(['example.json', '--as-of', '2026-03-15', '--format', 'text']);
    expect(status).toBe(0);
    expect(stdout).toContain('━━ 契約 K-0001 ━━ 2026年（令和8年）3月15日 時点');
    expect(stdout).toContain('状態: 有効 — 2026年（令和8年）3月20日 に終了します（契約者からの解約）');
    expect(stdout).toContain('根拠: 第34条（損害賠償の制限） [art-34]');
    expect(stdout).toContain('｜当社は、本サービスを提供すべき場合に於いて');
    expect(stdout).toContain('2026年（令和8年）6月10日まで: 障害 o-1 による利用料金の減額を請求できる期限です');
  });

  it('should default --as-of to today in Japan', async () => {
    const before = todayInJapan();
    const { stdout } = await check(['example.json']);
    expect([before, todayInJapan()]).toContain(JSON.parse(stdout).asOf);
  });

  it('should refuse bad arguments and unreadable input with exit status 2 and no stack trace', async () => {
    const cases: Array<[string[], string]> = [
      [['example.json', '--as-of', '2026-02-30'], '--as-of: 2026-02-30 は実在しない日付です / not a real date'],
      [['example.json', '--as-of', 'tomorrow'], 'not a YYYY-MM-DD date'],
      [['example.json', '--format', 'xml'], '--format must be json or text'],
      [[], 'give one input file'],
      [['missing.json'], 'missing.json: 読めません / cannot read'],
      [['example.json', '--document', 'other'], '文書 other はありません'],
    ];
    for (const [args, message] of cases) {
      const { status, stderr } = await check(args);
      expect([status, stderr], args.join(' ')).toEqual([2, expect.stringContaining(message)]);
      expect(stderr).not.toMatch(/\n\s+at /u);
    }
    writeFileSync(join(project, 'broken.json'), '{"contract": "K-1",');
    const broken = await check(['broken.json']);
    expect([broken.status, broken.stderr]).toEqual([2, expect.stringContaining('broken.json: JSON として読めません / not valid JSON')]);
  });

  it('should report compile errors in the terms and exit 2', async () => {
    const bad = writeTermsProject([versionOf('2018-04-20', [['kind: cancellation\nnotice: P2M', 'kind: cancellation\nnotice: two months']])]);
    writeFileSync(join(bad, 'example.json'), JSON.stringify(EXAMPLE));
    const { status, stderr } = await run(['check', 'example.json', '--as-of', '2026-12-01'], { cwd: bad });
    expect(status).toBe(2);
    expect(stderr).toMatch(/terms\/knet-cloud\/2018-04-20\.md:\d+:\d+: /u);
    expect(stderr).toContain('the terms do not compile');
  });

  it('should ask for --document when the terms hold several documents', async () => {
    const two = writeTermsProject([versionOf('2018-04-20')]);
    mkdirSync(join(two, 'terms/other'));
    writeFileSync(join(two, 'terms/other/2018-04-20.md'), versionOf('2018-04-20').markdown.replace('document: knet-cloud', 'document: other'));
    writeFileSync(join(two, 'example.json'), JSON.stringify(EXAMPLE));
    const ambiguous = await run(['check', 'example.json', '--as-of', '2026-12-01'], { cwd: two });
    expect([ambiguous.status, ambiguous.stderr]).toEqual([2, expect.stringContaining('--document で選んでください: knet-cloud, other')]);
    const chosen = await run(['check', 'example.json', '--as-of', '2026-12-01', '--document', 'other'], { cwd: two });
    expect([chosen.status, JSON.parse(chosen.stdout).document]).toEqual([0, 'other']);
  });

  it('should run as a child process of bin/terms.js with the same exit statuses', () => {
    const child = (file: string) =>
      spawnSync(process.execPath, [join(ROOT, 'bin/terms.js'), 'check', file, '--as-of', '2026-12-01', '--terms', join(project, 'terms')], { cwd: project, encoding: 'utf8' });
    const ok = child('example.json');
    expect([ok.status, JSON.parse(ok.stdout).contract]).toEqual([0, 'K-0001']);
    expect(child('violating.json').status).toBe(1);
    expect(child(join(FIXTURES, 'batch.ndjson')).status).toBe(2);
  });
});
