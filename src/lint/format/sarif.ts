/**
 * `--format sarif`: SARIF 2.1.0, the format GitHub code scanning uploads
 * (github/codeql-action/upload-sarif). Findings silenced by a suppression comment are listed with an
 * in-source suppression and its reason, so the record of a published defect is kept.
 *
 * Code scanning matches a re-uploaded result to its alert by `ruleId` and `partialFingerprints`: every
 * result's rule is declared in `tool.driver.rules`, and its fingerprint hashes what identifies the
 * finding (rule, document, clause key, message), never a line number, so inserting a paragraph above a
 * finding does not open a new alert. GitHub accepts 25,000 results a run: beyond that the run keeps the
 * first 25,000 (errors first) and says so in a tool notification (the CLI also warns on stderr).
 */
import { sortDiagnostics, type Diagnostic, type Severity } from '../../diagnostics/index.js';
import { sha256 } from '../../compile/hash.js';
import type { RuleSet } from '../../ruleset/schema.js';
import { createContext } from '../context.js';
import type { RuleMeta } from '../types.js';
import { ruleDoc } from './rule-docs.js';
import type { Formatter, Report } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The version written into SARIF's tool description. */
const TOOL_VERSION = '0.1.0';

/** GitHub code scanning's limit of results per run. */
export const SARIF_MAX_RESULTS = 25_000;

/** The key of our fingerprint in `partialFingerprints` (versioned: a new scheme gets a new key). */
export const FINGERPRINT_KEY = 'termsFinding/v1';

/**
 * The stable key of every clause of a rule set by its id (ids follow the numbering; keys survive it).
 * @param ruleSet the compiled rule set
 */
export function clauseKeysOf(ruleSet: RuleSet): Map<string, string> {
  const context = createContext(ruleSet);
  const keys = new Map<string, string>();
  for (const a of ruleSet.articles) keys.set(a.id, a.key);
  if (ruleSet.supplProvision) keys.set(ruleSet.supplProvision.id, ruleSet.supplProvision.key);
  for (const c of context.sentences) keys.set(c.id, c.key);
  return keys;
}

/** A one-line description for a check that is not a lint rule (compile/…, ci/…). */
function undeclared(id: string, severity: Severity): RuleMeta {
  const [family] = id.split('/');
  const what = family === 'compile' ? 'コンパイルの問題 / compile problem' : family === 'ci' ? 'CI の検査 / CI check' : family === 'config' ? '設定の問題 / configuration problem' : '検査 / check';
  return { id, severity, description: `${what}: ${id}` };
}

/**
 * How many results a SARIF log of `report` leaves out to stay within GitHub's limit.
 * @param report the report
 */
export function sarifOverflow(report: Report): number {
  return Math.max(0, report.diagnostics.length + report.suppressed.length - SARIF_MAX_RESULTS);
}

export const sarif: Formatter = (report) => {
  const metas = new Map(report.rules.map((r) => [r.id, r]));
  for (const d of [...report.diagnostics, ...report.suppressed.map((s) => s.diagnostic)]) {
    if (!metas.has(d.ruleId)) metas.set(d.ruleId, undeclared(d.ruleId, d.severity));
  }
  const rules = [...metas.values()];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // Identical findings (same rule, document, clause, message) are told apart by their order.
  const seen = new Map<string, number>();
  const fingerprint = (d: Diagnostic): string => {
    const clause = d.clause === undefined ? '' : (report.clauseKeys?.get(`${d.file}#${d.clause}`) ?? d.clause);
    // A message that names a line (suppression-unused) would move with it.
    const message = d.message.replace(/\d+ 行目|line \d+/gu, '');
    const identity = [d.ruleId, d.file, clause, message].join('\u0000');
    const n = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, n);
    return `${sha256(identity).slice(0, 32)}:${n}`;
  };
  const result = (d: Diagnostic, suppression?: { reason: string | null }) => {
    const region: Record<string, number> = { startLine: d.line, startColumn: d.column };
    if (d.endLine !== undefined) region['endLine'] = d.endLine;
    if (d.endColumn !== undefined) region['endColumn'] = d.endColumn;
    return {
      ruleId: d.ruleId,
      ruleIndex: index.get(d.ruleId) ?? 0,
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: d.file }, region } }],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(d) },
      ...(d.clause === undefined ? {} : { properties: { clause: d.clause } }),
      ...(suppression ? { suppressions: [{ kind: 'inSource', ...(suppression.reason ? { justification: suppression.reason } : {}) }] } : {}),
    };
  };
  const reported = sortDiagnostics(report.diagnostics);
  // Fingerprints are numbered in source order, whatever is cut below.
  const all = [...reported.map((d) => result(d)), ...report.suppressed.map((s) => result(s.diagnostic, { reason: s.reason }))];
  const dropped = sarifOverflow(report);
  const kept = dropped
    ? all
        .map((r, i) => ({ r, i, rank: i < reported.length ? RANK[(reported[i] as Diagnostic).severity] : 3 }))
        .sort((a, b) => a.rank - b.rank || a.i - b.i)
        .slice(0, SARIF_MAX_RESULTS)
        .sort((a, b) => a.i - b.i)
        .map((x) => x.r)
    : all;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'knet-terms',
            semanticVersion: TOOL_VERSION,
            rules: rules.map((r) => {
              const doc = ruleDoc(r.id, r.description);
              return {
                id: r.id,
                shortDescription: { text: r.description },
                fullDescription: { text: doc.full },
                help: { text: doc.help, markdown: doc.help },
                defaultConfiguration: { level: LEVEL[r.severity] },
              };
            }),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(dropped
              ? {
                  toolExecutionNotifications: [
                    {
                      level: 'warning',
                      descriptor: { id: 'results-truncated' },
                      message: {
                        text: `結果が GitHub の上限 ${SARIF_MAX_RESULTS} 件を超えたため ${dropped} 件を省きました（エラーを優先） / ${dropped} results left out to stay within GitHub's limit of ${SARIF_MAX_RESULTS} per run (errors kept first)`,
                      },
                    },
                  ],
                }
              : {}),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: kept,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
