/**
 * What a formatter prints: the problems of one run over any number of files.
 */
import type { Diagnostic } from '../../diagnostics/index.js';
import type { SuppressedDiagnostic } from '../suppress.js';
import type { RuleMeta } from '../types.js';

export interface Report {
  /** Problems to report (compile diagnostics included), any files. */
  diagnostics: readonly Diagnostic[];
  /** Findings silenced by suppression comments (SARIF lists them as suppressed). */
  suppressed: readonly SuppressedDiagnostic[];
  /** The checks that ran, for SARIF's rule table. */
  rules: readonly RuleMeta[];
  /** Stable clause key by `file#clauseId`, for SARIF fingerprints that survive renumbering (else the id). */
  clauseKeys?: ReadonlyMap<string, string>;
}

/** A formatter: the whole report as text (empty when there is nothing to say). */
export type Formatter = (report: Report) => string;
