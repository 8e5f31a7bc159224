/**
 * Reads the as-published text (PDF extraction) into its real lines: a line without a trailing space
 * was wrapped by the PDF and continues on the next; a line with one is a real line end, unless the next
 * line cannot start a clause (no label, no heading) and this one is not a heading: then a page or line
 * break fell in mid-sentence (第12条３, 第28条３, 第29条(4) in the 2018 text).
 */
/** A chapter or article heading line: 第１章 総則, 第14条（…） — not a paragraph that starts with 第10条（…）の. */
const HEADING = /^(第[0-9０-９]+章 .*|第[0-9０-９]+条（[^（）]*）)$/u;

export function unwrapPublished(text: string): string[] {
  const raw = text.split(/\r?\n/u).filter((l) => l.trim() !== '' && l.trim() !== '_');
  const startsClause = (l: string) =>
    /^(第[0-9０-９]+[章条]|付則|（[0-9０-９]+）|[0-9０-９]+．)/u.test(l);
  const isHeading = (l: string) => HEADING.test(l.trim());
  const out: string[] = [];
  let current = '';
  raw.forEach((line, i) => {
    current += line.replace(/ +$/u, '');
    const next = raw[i + 1];
    const wrapped = !/ $/u.test(line);
    const midSentence = next !== undefined && !startsClause(next) && !isHeading(current);
    if (next === undefined || (!wrapped && !midSentence)) {
      out.push(current);
      current = '';
    }
  });
  return out;
}

/** Splits real lines into article blocks keyed by their heading line (第N条（…）), plus 付則. */
export function articleBlocks(lines: string[]): Map<string, string> {
  const blocks = new Map<string, string>();
  let key: string | null = null;
  let body: string[] = [];
  const flush = () => {
    if (key) blocks.set(key, body.join('\n'));
  };
  for (const line of lines) {
    if (HEADING.test(line) && line.includes('章')) {
      flush();
      key = null;
      body = [];
    } else if (HEADING.test(line) || line.startsWith('付則')) {
      flush();
      key = /^(第[0-9０-９]+条|付則)/u.exec(line)?.[1] ?? line;
      body = [line];
    } else {
      body.push(line);
    }
  }
  flush();
  return blocks;
}
