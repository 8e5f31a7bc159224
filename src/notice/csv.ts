/**
 * A small RFC 4180 reader for the CSV files Excel and spreadsheets write: quoted fields, doubled quotes,
 * line breaks inside quotes, a UTF-8 byte order mark, CRLF, LF or CR line ends. No installed package reads
 * CSV, and this is all the recipients list needs.
 */

/** One record, with where it starts: `row` counts records as a spreadsheet numbers rows (the header is 1). */
export interface CsvRecord {
  fields: string[];
  row: number;
  /** The source line the record starts on (differs from `row` after a quoted line break). */
  line: number;
}

/** The records read, and an unterminated quoted field if there is one. */
export interface CsvResult {
  records: CsvRecord[];
  /** The record whose quoted field never closes; everything after its opening quote is lost. */
  unterminated: { row: number; line: number } | null;
}

/**
 * Reads CSV text into records. A quote inside an unquoted field and text after a closing quote are kept
 * as written, as spreadsheets do.
 * @param text the file's content, decoded
 */
export function parseCsv(text: string): CsvResult {
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  // A field is its text so far plus the run of plain characters from `run` (or none: -1), taken as one
  // slice: adding a character at a time would keep each field as a chain of one-character strings, about
  // a kilobyte per row that a list of 100,000 recipients holds until the run ends.
  let field = '';
  let run = -1;
  let line = 1;
  let start = 1;
  let quoted = false;
  let quoteLine = 0;
  const flush = (end: number) => {
    if (run >= 0) field += s.slice(run, end);
    run = -1;
  };
  const endRecord = () => {
    fields.push(field);
    records.push({ fields, row: records.length + 1, line: start });
    fields = [];
    field = '';
    start = line;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        flush(i);
        field += '"';
        i++;
      } else if (c === '"') {
        flush(i);
        quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && s[i + 1] !== '\n')) line++;
        if (run < 0) run = i;
      }
    } else if (c === '"' && field === '' && run < 0) {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      flush(i);
      fields.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      flush(i);
      if (c === '\r' && s[i + 1] === '\n') i++;
      line++;
      endRecord();
    } else if (run < 0) {
      run = i;
    }
  }
  if (quoted) return { records, unterminated: { row: records.length + 1, line: quoteLine } };
  flush(s.length);
  if (field !== '' || fields.length) endRecord();
  return { records, unterminated: null };
}
