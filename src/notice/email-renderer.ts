/**
 * Renders one notice's email for many recipients. Everything but the recipient's fields is the same in
 * every email (the dates, the summary of changes, the links), so the templates run once with stand-ins
 * for the fields, and each recipient's email is that output with the fields put in, escaped where the
 * template escaped them. The result is the email `renderEmail` makes, character for character: the
 * templates may only print and test the fields (`recipientSlots`, checked when they are loaded), and
 * their output differs with a field only by its text and by whether it is empty, so one rendering is
 * kept for each combination of empty fields. Templates that use the recipient otherwise are rendered in
 * full for each recipient.
 */
import Handlebars from 'handlebars';
import type { EmailContext, NoticeContext, Recipient } from './context.js';
import { finishEmail, renderEmail, type RawEmail, type RenderedEmail } from './render.js';
import { RECIPIENT_FIELDS, type NoticeTemplates } from './templates.js';

/** Renders the email of one recipient. */
export type EmailRenderer = (recipient: Recipient) => RenderedEmail;

type Field = (typeof RECIPIENT_FIELDS)[number];

/** A stretch of output: fixed text, or a field printed as is (text templates, `{{{…}}}`) or HTML-escaped. */
type Piece = string | { field: Field; escaped: boolean };

/** The stand-in for field i: private-use marks around `&`, which shows whether the template escaped it. */
const standIn = (i: number): string => `\uE000${i}&\uE001`;
const STAND_IN = /\uE000(\d)(&amp;|&)\uE001/gu;
const MARK = /[\uE000\uE001]/u;

/**
 * Splits a rendering made with stand-ins into its pieces.
 * @returns null when a mark is left over (a template cut a stand-in apart): that output cannot be reused
 */
function piecesOf(output: string): Piece[] | null {
  const pieces: Piece[] = [];
  let at = 0;
  for (const m of output.matchAll(STAND_IN)) {
    pieces.push(output.slice(at, m.index));
    pieces.push({ field: RECIPIENT_FIELDS[Number(m[1])] as Field, escaped: m[2] === '&amp;' });
    at = m.index + m[0].length;
  }
  pieces.push(output.slice(at));
  return pieces.some((p) => typeof p === 'string' && MARK.test(p)) ? null : pieces;
}

function fill(pieces: readonly Piece[], recipient: Recipient): string {
  let out = '';
  for (const p of pieces) out += typeof p === 'string' ? p : p.escaped ? Handlebars.escapeExpression(recipient[p.field]) : recipient[p.field];
  return out;
}

/**
 * The email renderer of a notice.
 * @param context the notice's context
 * @param templates the loaded templates
 * @returns a function giving each recipient's email, equal to `renderEmail(context, recipient, templates)`
 * @throws TermsError (exit 2) naming the template file and line on a template error (at the first email)
 */
export function createEmailRenderer(context: NoticeContext, templates: NoticeTemplates): EmailRenderer {
  const full: EmailRenderer = (recipient) => renderEmail(context, recipient, templates);
  // Private-use marks in the notice itself would be taken for stand-ins.
  if (!templates.recipientSlots || MARK.test(JSON.stringify(context))) return full;
  // One rendering per combination of empty fields, made when first needed; null: render in full.
  const shapes = new Map<number, { subject: Piece[]; text: Piece[]; html: Piece[] } | null>();
  const shapeOf = (recipient: Recipient): number => RECIPIENT_FIELDS.reduce((key, f, i) => (recipient[f] === '' ? key : key | (1 << i)), 0);
  const prepare = (shape: number) => {
    const standIns = Object.fromEntries(RECIPIENT_FIELDS.map((f, i) => [f, shape & (1 << i) ? standIn(i) : ''])) as unknown as Recipient;
    const data: EmailContext = { ...context, recipient: standIns };
    const subject = piecesOf(templates.render('email-subject', data));
    const text = piecesOf(templates.render('email-text', data));
    const html = piecesOf(templates.render('email-html', data));
    return subject && text && html ? { subject, text, html } : null;
  };
  return (recipient) => {
    const shape = shapeOf(recipient);
    let pieces = shapes.get(shape);
    if (pieces === undefined) {
      pieces = prepare(shape);
      shapes.set(shape, pieces);
    }
    if (!pieces || RECIPIENT_FIELDS.some((f) => MARK.test(recipient[f]))) return full(recipient);
    const raw: RawEmail = { subject: fill(pieces.subject, recipient), text: fill(pieces.text, recipient), html: fill(pieces.html, recipient) };
    return finishEmail(context, raw);
  };
}
