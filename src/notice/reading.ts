/**
 * A rendered part as its reader sees it: plain text as it is; markup by its visible text (comments, the
 * document's head, scripts and styles do not show; tags end lines or vanish; entities are decoded) and
 * the links it holds. Also the reading of a part's beginning alone, for a checker that reads the rest
 * of many parts, the same in each, once (./statutory.ts).
 */

/** One rendered part of a notice: plain text (an email's subject or text part) or HTML/Atom markup. */
export interface RenderedPart {
  format: 'text' | 'html';
  content: string;
}

/** What a reader sees of a part: its text, and where its links lead. */
export interface PartReading {
  text: string;
  links: string[];
}

// What is commented out, in the document's head, scripted or styled is not shown to the reader.
const HIDDEN = /<!--[\s\S]*?-->|<(head|script|style)\b[\s\S]*?<\/\1\s*>/giu;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/giu;
const BLOCK = /<\/?(p|div|li|ul|ol|h[1-6]|tr|td|th|br|dt|dd|dl|section|article|header|footer|table|title|summary|content|entry)\b[^>]*>/giu;
const TAG = /<[^>]*>/gu;

/**
 * How a reader sees a part.
 * @param part the rendered part
 */
export function readPart(part: RenderedPart): PartReading {
  return part.format === 'text' ? { text: part.content, links: [] } : readMarkup(part.content.replace(HIDDEN, ''));
}

function readMarkup(shown: string): PartReading {
  const links = [...shown.matchAll(HREF)].map((m) => decodeEntities(m[1] ?? m[2] ?? ''));
  return { text: decodeEntities(shown.replace(BLOCK, '\n').replace(TAG, '')), links };
}

function decodeEntities(s: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[name.toLowerCase()] ?? whole;
  });
}

// An opening of something hidden, a link's `href` or a tag that the beginning alone leaves unfinished.
const OPENS_HIDDEN = /<(?:!--|head|script|style)/iu;
const HREF_WORD = /href/iu;
const closesTags = (s: string): boolean => s.lastIndexOf('<') < s.lastIndexOf('>') || !s.includes('<');

/**
 * How a reader sees the beginning of a part, when that reading is the same whatever follows it: then
 * `readPart` of the beginning followed by any rest is this reading followed by `readPart` of the rest
 * (texts joined, links listed in order). That holds when the beginning ends a line and nothing in it
 * that the reader's patterns look at waits for more: in markup, every `<!--`, `<head`, `<script`,
 * `<style` is closed (none is left once the hidden parts are taken out), every `href` stands in a
 * complete link, every `<` comes before a `>` (once the tags that end lines are taken out, as the reader
 * does, which leaves any `<` that has none). A pattern can then neither run on from the beginning
 * into the rest nor fail in the beginning alone where, with more text, it would succeed; and each
 * pattern starts afresh after a line break (none looks behind it but `\b`, which a line break ends).
 * @param part the beginning of a rendered part
 * @returns its reading, or null when what follows could change it
 */
export function readBeginning(part: RenderedPart): PartReading | null {
  if (!part.content.endsWith('\n')) return null;
  if (part.format === 'text') return { text: part.content, links: [] };
  const shown = part.content.replace(HIDDEN, '');
  if (OPENS_HIDDEN.test(shown) || HREF_WORD.test(shown.replace(HREF, '')) || !closesTags(shown.replace(BLOCK, '\n'))) {
    return null;
  }
  return readMarkup(shown);
}
