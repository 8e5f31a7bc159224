/**
 * The checker's entry points: one input contract (a JSON value, or one NDJSON line) in, one outcome out,
 * either the contract's result or the error object listing every problem in it.
 */
import { parseContractLine } from './parse-line.js';
import { readContract } from './read.js';
import { evaluateContract } from './evaluate.js';
import { inputProblem, placeName } from './problems.js';
import type { CheckOutcome, ContractError } from './schema.js';
import type { TermsCatalog } from './terms.js';

/** Where a contract sits in the input. */
export interface InputPosition {
  /** Position in the batch, from 0. */
  index: number;
  /** NDJSON line, from 1, or null for a JSON file. */
  line: number | null;
}

/**
 * Checks one contract.
 * @param value the contract as parsed from JSON (anything: it is validated)
 * @param position where it sits in the input (messages name it so when it has no readable id)
 * @param catalog the versions of the terms
 * @param asOf the as-of date, a real `YYYY-MM-DD` date
 * @returns the result, or the error object when the contract could not be read
 */
export function checkValue(value: unknown, position: InputPosition, catalog: TermsCatalog, asOf: string): CheckOutcome {
  const read = readContract(value, () => placeName(position), catalog);
  if (!read.ok) return { contract: read.contract, status: 'invalid', index: position.index, line: position.line, errors: read.problems };
  return evaluateContract(read.contract, catalog, asOf);
}

/**
 * Checks one NDJSON line.
 * @param text the line (without its line break)
 * @param position where it sits in the input
 * @param catalog the versions of the terms
 * @param asOf the as-of date
 * @returns the outcome; a line that is not JSON gives an error object
 */
export function checkLine(text: string, position: InputPosition, catalog: TermsCatalog, asOf: string): CheckOutcome {
  let value: unknown;
  try {
    value = parseContractLine(text);
  } catch (error) {
    return invalidJson(position, error);
  }
  return checkValue(value, position, catalog, asOf);
}

/** The error object for input that is not JSON at all. */
function invalidJson(position: InputPosition, error: unknown): ContractError {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    contract: null,
    status: 'invalid',
    index: position.index,
    line: position.line,
    errors: [inputProblem(placeName(position), null, null, `JSON として読めません / not valid JSON: ${reason}`)],
  };
}
