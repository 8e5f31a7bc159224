import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import * as format from '../../src/lint/format/index.js';
import type { Report } from '../../src/lint/format/index.js';

const d = (file: string, line: number, severity: Diagnostic['severity'], ruleId: string, message: string, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  file,
  line,
  column: 5,
  severity,
  ruleId,
  message,
  ...extra,
});

const report: Report = {
  diagnostics: [
    d('terms/b.md', 12, 'warning', 'label-style', '項の番号 / Unexpected 2．, expected ２．', { clause: 'art-32-p2' }),
    d('terms/a.md', 3, 'error', 'ref-caption', '見出し / Unexpected caption', { endLine: 3, endColumn: 9, clause: 'art-18-p2-i1' }),
    d('terms/a.md', 10, 'info', 'ci/urgent', '緊急 100%\n二行目'),
  ],
  suppressed: [{ diagnostic: d('terms/a.md', 7, 'error', 'defined-term', '本契約'), reason: '公表版の誤り' }],
  rules: [
    { id: 'ref-caption', severity: 'error', description: '見出し / captions' },
    { id: 'label-style', severity: 'warning', description: '番号 / labels' },
  ],
};

describe('lint output formats', () => {
  it('should export the formats by name and the summary', () => {
    expect(Object.keys(format).sort()).toEqual(['FORMATS', 'FORMAT_NAMES', 'summary']);
    expect(format.FORMAT_NAMES).toEqual(['stylish', 'json', 'sarif', 'github']);
  });

  it('should print stylish output grouped per file as file:line:col severity message rule-id, with a count', () => {
    const out = format.FORMATS['stylish']?.(report) ?? '';
    expect(out.split('\n')).toEqual([
      'terms/a.md',
      '  terms/a.md:3:5   error    見出し / Unexpected caption  ref-caption',
      '  terms/a.md:10:5  info     緊急 100%\n二行目  ci/urgent',
      '',
      'terms/b.md',
      '  terms/b.md:12:5  warning  項の番号 / Unexpected 2．, expected ２．  label-style',
      '',
      '✖ 3 件の問題（エラー 1・警告 1・情報 1） / 3 problems (1 error, 1 warning, 1 info)',
      '',
    ].join('\n').split('\n'));
    expect(format.FORMATS['stylish']?.({ ...report, diagnostics: [] })).toBe('');
  });

  it('should print json as an array with every key, null when unknown', () => {
    const out = JSON.parse(format.FORMATS['json']?.(report) ?? '') as unknown[];
    expect(out[0]).toEqual({ file: 'terms/a.md', line: 3, column: 5, endLine: 3, endColumn: 9, ruleId: 'ref-caption', severity: 'error', message: '見出し / Unexpected caption', clause: 'art-18-p2-i1' });
    expect(out[1]).toMatchObject({ endLine: null, endColumn: null, clause: null });
    expect(out).toHaveLength(3);
  });

  it('should print SARIF 2.1.0 with the rule table, levels, regions and in-source suppressions', () => {
    const log = JSON.parse(format.FORMATS['sarif']?.(report) ?? '');
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toContain('sarif-2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('knet-terms');
    expect(run.tool.driver.rules).toMatchObject([
      { id: 'ref-caption', shortDescription: { text: '見出し / captions' }, defaultConfiguration: { level: 'error' } },
      { id: 'label-style', shortDescription: { text: '番号 / labels' }, defaultConfiguration: { level: 'warning' } },
      // Rules a result names but the report does not list are declared too (code scanning requires it).
      { id: 'ci/urgent', defaultConfiguration: { level: 'note' } },
      { id: 'defined-term', defaultConfiguration: { level: 'error' } },
    ]);
    expect(run.tool.driver.rules).toHaveLength(4);
    expect(run.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ['ref-caption', 'error'],
      ['ci/urgent', 'note'],
      ['label-style', 'warning'],
      ['defined-term', 'error'],
    ]);
    expect(run.results[0]).toMatchObject({
      ruleIndex: 0,
      locations: [{ physicalLocation: { artifactLocation: { uri: 'terms/a.md' }, region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 } } }],
      properties: { clause: 'art-18-p2-i1' },
    });
    expect(run.results[3].suppressions).toEqual([{ kind: 'inSource', justification: '公表版の誤り' }]);
    expect(run.results[0].suppressions).toBeUndefined();
  });

  it('should print GitHub workflow commands, escaping what the runner would misread', () => {
    const out = format.FORMATS['github']?.({ ...report, diagnostics: [...report.diagnostics, d('terms/x,y.md', 1, 'error', 'r', 'a')] }) ?? '';
    expect(out.split('\n')).toEqual([
      '::error file=terms/a.md,line=3,col=5,endLine=3,endColumn=9,title=ref-caption::見出し / Unexpected caption',
      '::notice file=terms/a.md,line=10,col=5,title=ci/urgent::緊急 100%25%0A二行目',
      '::warning file=terms/b.md,line=12,col=5,title=label-style::項の番号 / Unexpected 2．, expected ２．',
      '::error file=terms/x%2Cy.md,line=1,col=5,title=r::a',
      '',
    ]);
  });
});
