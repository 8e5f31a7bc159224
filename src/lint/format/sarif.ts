/**
 * `--format sarif`: SARIF 2.1.0, the format GitHub code scanning uploads
 * (github/codeql-action/upload-sarif). Findings silenced by a suppression comment are listed with an
 * in-source suppression and its reason, so the record of a published defect is kept.
 */
import { sortDiagnostics, type Diagnostic, type Severity } from '../../diagnostics/index.js';
import type { Formatter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The version written into SARIF's tool description. */
const TOOL_VERSION = '0.1.0';

export const sarif: Formatter = (report) => {
  const index = new Map(report.rules.map((r, i) => [r.id, i]));
  const result = (d: Diagnostic, suppression?: { reason: string | null }) => {
    const region: Record<string, number> = { startLine: d.line, startColumn: d.column };
    if (d.endLine !== undefined) region['endLine'] = d.endLine;
    if (d.endColumn !== undefined) region['endColumn'] = d.endColumn;
    const ruleIndex = index.get(d.ruleId);
    return {
      ruleId: d.ruleId,
      ...(ruleIndex === undefined ? {} : { ruleIndex }),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: d.file }, region } }],
      ...(d.clause === undefined ? {} : { properties: { clause: d.clause } }),
      ...(suppression ? { suppressions: [{ kind: 'inSource', ...(suppression.reason ? { justification: suppression.reason } : {}) }] } : {}),
    };
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'knet-terms',
            semanticVersion: TOOL_VERSION,
            rules: report.rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: [
          ...sortDiagnostics(report.diagnostics).map((d) => result(d)),
          ...report.suppressed.map((s) => result(s.diagnostic, { reason: s.reason })),
        ],
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
