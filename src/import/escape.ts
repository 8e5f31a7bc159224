/**
 * Markdown escaping for imported text: whatever the input holds must come back unchanged when the
 * compiler reads the Markdown (a `*` must not start emphasis, `&amp;` must stay five characters, a
 * clause that starts with `1.` must not become a list).
 */

// Every ASCII punctuation character that can start inline markup; CommonMark lets a backslash
// escape any ASCII punctuation, so escaping one that needed none does no harm.
const INLINE = /[\\`*_[\]<>&!#~|]/gu;

/** Escapes inline markup anywhere in a text. */
export function escapeInline(text: string): string {
  return text.replace(INLINE, (c) => `\\${c}`);
}

/**
 * Escapes a text that starts a Markdown line or a list item's content: inline markup, and what would
 * make the line a block of another kind (a list `-`/`+`/`1.`, a setext underline `=`).
 */
export function escapeBlock(text: string): string {
  const inline = escapeInline(text);
  const ordered = /^(\d{1,9})([.)])/u.exec(inline);
  if (ordered) return `${ordered[1] ?? ''}\\${ordered[2] ?? ''}${inline.slice(ordered[0].length)}`;
  return /^[-+=]/u.test(inline) ? `\\${inline}` : inline;
}
