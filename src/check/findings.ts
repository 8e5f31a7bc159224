/**
 * Findings: what the checker reports about the events, each with its code from the stable vocabulary
 * (schema.ts FINDING_SEVERITIES), the severity that code always has, and the clause it rests on.
 */
import { FINDING_SEVERITIES, type Finding, type FindingCode } from './schema.js';

/** Where a finding rests: the cited clause and the version whose rule was applied. */
export interface Citation {
  clause: string;
  version: string;
}

/**
 * Builds a finding.
 * @param code the finding's code; its severity follows from it
 * @param citation the clause (cited id) and the version of the terms applied
 * @param message what happened, in Japanese (read out to customers; the code says it for programs)
 * @param event index of the event in the input's `events`, or null
 * @param date the date the finding turns on (docs/checker.md lists it for each code), or null
 */
export function finding(code: FindingCode, citation: Citation, message: string, event: number | null, date: string | null): Finding {
  return { clause: citation.clause, version: citation.version, severity: FINDING_SEVERITIES[code], code, message, event, date };
}

/**
 * Whether any finding is a violation (the CLI's exit status 1).
 * @param findings the findings of a contract
 */
export function hasViolation(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'violation');
}
