/**
 * `--format github`: GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`), which
 * the Actions runner shows as annotations on the pull request's files.
 */
import { sortDiagnostics, type Severity } from '../../diagnostics/index.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a message as workflow commands require. */
function escapeData(s: string): string {
  return s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

/** Escapes a property value (file, title): also `:` and `,`. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}

export const github: Formatter = (report) =>
  sortDiagnostics(report.diagnostics)
    .map((d) => {
      const props = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`];
      if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`);
      if (d.endColumn !== undefined) props.push(`endColumn=${d.endColumn}`);
      props.push(`title=${escapeProperty(d.ruleId)}`);
      return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}\n`;
    })
    .join('');
