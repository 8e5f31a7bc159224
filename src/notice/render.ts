/**
 * Renders a notice's forms from its context with the legal team's templates: the email (subject, plain
 * text, HTML), the お知らせ page fragment, and the Atom entry.
 */
import { resolve } from 'node:path';
import type { EmailContext, NoticeContext, Recipient } from './context.js';
import { DEFAULT_TEMPLATES_DIR, loadNoticeTemplates, type NoticeTemplates } from './templates.js';

/** Templates: loaded ones, or a folder to load them from (default: the shipped templates). */
export type TemplatesOption = NoticeTemplates | string | undefined;

/** A rendered email. */
export interface RenderedEmail {
  /** One line, no line breaks. */
  subject: string;
  text: string;
  html: string;
  /** A rehearsal's draft: marked in the subject, the text, the HTML, a header and the file name. */
  draft?: boolean;
  /** The Date header (ISO 8601), or absent for the time of composing. */
  date?: string;
}

/** How a draft is marked, whatever the templates say: no one can take it for a notice given. */
export const DRAFT_SUBJECT_PREFIX = '【下書き】';
const DRAFT_TEXT = '【下書き】これは変更通知のリハーサル用の下書きです。契約者への通知ではありません。送信しないでください。';

/** Marks a rendered email as a draft (subject, first line of the text, a banner atop the HTML body). */
function asDraft(email: RenderedEmail): RenderedEmail {
  const banner = `<p style="border:2px solid #b00020;color:#b00020;padding:8px;font-weight:bold;">${DRAFT_TEXT}</p>`;
  const html = /<body[^>]*>/iu.test(email.html) ? email.html.replace(/<body[^>]*>/iu, (tag) => `${tag}\n${banner}`) : `${banner}\n${email.html}`;
  return { ...email, subject: DRAFT_SUBJECT_PREFIX + email.subject, text: `${DRAFT_TEXT}\n\n${email.text}`, html, draft: true };
}

// A folder is read once per process: a batch renders the same templates for every recipient.
const loaded = new Map<string, NoticeTemplates>();

/**
 * The templates for an option: loaded templates as they are, a folder loaded once and kept.
 * @throws TermsError (exit 2) listing the templates' problems
 */
export function resolveTemplates(option: TemplatesOption): NoticeTemplates {
  if (typeof option === 'object') return option;
  const dir = resolve(option ?? DEFAULT_TEMPLATES_DIR);
  let templates = loaded.get(dir);
  if (!templates) {
    templates = loadNoticeTemplates(dir);
    loaded.set(dir, templates);
  }
  return templates;
}

/**
 * The お知らせ page's content: an HTML fragment the site puts inside its page layout.
 * @param context from buildNoticeContext
 * @param templates loaded templates or their folder
 * @throws TermsError naming the template file and line on a template error
 */
export function renderWebNotice(context: NoticeContext, templates?: TemplatesOption): string {
  const html = resolveTemplates(templates).render('web-notice', context);
  return context.draft ? `<p class="notice-draft">${DRAFT_TEXT}</p>\n${html}` : html;
}

/**
 * The notice as one Atom `<entry>` element, for the site's feed.
 * @param context from buildNoticeContext
 * @param templates loaded templates or their folder
 * @throws TermsError naming the template file and line on a template error
 */
export function renderAtomEntry(context: NoticeContext, templates?: TemplatesOption): string {
  const entry = resolveTemplates(templates).render('atom-entry', context).trim() + '\n';
  return context.draft ? entry.replace(/(<title\b[^>]*>)/u, `$1${DRAFT_SUBJECT_PREFIX}`) : entry;
}

/**
 * One recipient's email. The subject is joined into one line (a template may wrap it); runs of blank lines
 * that conditionals leave in the text part are reduced to one.
 * @param context from buildNoticeContext
 * @param recipient the addressee (name, email, contract id), available to templates as `recipient`
 * @param templates loaded templates or their folder
 * @throws TermsError naming the template file and line on a template error
 */
export function renderEmail(context: NoticeContext, recipient: Recipient, templates?: TemplatesOption): RenderedEmail {
  const t = resolveTemplates(templates);
  const data: EmailContext = { ...context, recipient };
  return finishEmail(context, {
    subject: t.render('email-subject', data),
    text: t.render('email-text', data),
    html: t.render('email-html', data),
  });
}

/** The three email templates' output as rendered, before {@link finishEmail}. */
export interface RawEmail {
  subject: string;
  text: string;
  html: string;
}

/**
 * Makes the templates' output an email: the subject on one line, the text's runs of blank lines reduced
 * to one, the Date, and a draft's marks.
 * @param context the notice's context (mail date, draft)
 * @param raw the output of the three email templates
 */
export function finishEmail(context: NoticeContext, raw: RawEmail): RenderedEmail {
  const email: RenderedEmail = {
    subject: raw.subject.replace(/\s*\n\s*/gu, '').trim(),
    text: raw.text.replace(/\n(?:[ \t]*\n){2,}/gu, '\n\n').trim() + '\n',
    html: raw.html,
  };
  if (context.mailDate) email.date = context.mailDate;
  return context.draft ? asDraft(email) : email;
}
