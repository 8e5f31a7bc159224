/**
 * The contract-event checker (shared/spec/checker.md, docs/checker.md): contract events in, where the
 * contract stands on a date out, every figure read from the compiled rule set of the version in force.
 */
export { prepareTerms, type TermsCatalog, type TermsVersion, type VersionRules } from './terms.js';
export { checkLine, checkValue, type InputPosition } from './check.js';
export { dateProblem, readContract, type ReadResult } from './read.js';
export { evaluateContract } from './evaluate.js';
export { hasViolation } from './findings.js';
export { renderText } from './text.js';
export {
  CHECKER_INPUT_SCHEMA_ID,
  CHECKER_OUTPUT_SCHEMA_ID,
  CheckerInput,
  CheckerOutput,
  EVENT_SCHEMAS,
  EVENT_TYPES,
  FINDING_SEVERITIES,
  type CheckOutcome,
  type CheckResult,
  type Contract,
  type ContractError,
  type Credit,
  type Deadline,
  type EventType,
  type Finding,
  type FindingCode,
  type InputEvent,
  type InputProblem,
  type Obligation,
  type Right,
  type Term,
} from './schema.js';
