/**
 * JSON.parse of one NDJSON contract, without letting its id into V8's string table. V8 internalizes every
 * string value of up to 10 characters it parses, so each short contract id (`K-0000001`) is entered into
 * the table of the thread that parsed it, and the table keeps its size after the ids are dead: a million
 * contracts grew the process by 20–40 MB (bench/check.bench.js; the same batch with 21-character ids did
 * not grow). A line that starts with such an id is parsed without it, and the id is cut from the text.
 */

/** `{"contract":"` */
const HEAD = '{"contract":"';

/** Ids up to this length are the ones V8 internalizes (longer ones are left to JSON.parse). */
const SHORT = 10;

/**
 * Parses a line as JSON.parse does.
 * @param text the line
 * @returns the value, the same as JSON.parse(text) gives (the id first, as written)
 * @throws SyntaxError as JSON.parse(text) throws it
 */
export function parseContractLine(text: string): unknown {
  if (!text.startsWith(HEAD)) return JSON.parse(text);
  const end = text.indexOf('"', HEAD.length);
  const length = end - HEAD.length;
  // Only a plain id (no escapes) followed at once by another member (`,"`): then the line is valid JSON
  // exactly when the rest, as an object, is. Anything else goes to JSON.parse whole.
  if (end === -1 || length > SHORT || text.charCodeAt(end + 1) !== 0x2c || text.charCodeAt(end + 2) !== 0x22 || text.lastIndexOf('\\', end) >= HEAD.length) {
    return JSON.parse(text);
  }
  let rest: unknown;
  try {
    rest = JSON.parse(`{${text.slice(end + 2)}`);
  } catch {
    // The messages name positions in the line as given.
    return JSON.parse(text);
  }
  // Members of the rest come after the id, and a later "contract" still wins, as in JSON.parse.
  return { contract: text.slice(HEAD.length, end), ...(rest as object) };
}
