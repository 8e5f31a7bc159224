/**
 * 民法548条の4第2項: before a change of standard terms takes effect, the company must make known that the
 * terms change, the new content, and when the change takes effect. Every rendered notice is checked for
 * the three, whatever the templates say, and a notice that lacks one is not sent.
 */
import { formatDateJa, formatDateJaShort, formatWareki, parseIsoDate, toWareki } from '../period/index.js';
import type { NoticeContext } from './context.js';

/** The three elements: 変更する旨, 変更後の内容 (the new text or a link to it), 効力発生時期. */
export type StatutoryElement = 'change' | 'content' | 'effective-date';

/** Each element as the law names it and what the check looks for. */
export const STATUTORY_ELEMENTS: Readonly<Record<StatutoryElement, string>> = {
  change: '変更する旨 / that the terms change (a sentence with the title of the terms and 変更・改定)',
  content: '変更後の内容 / the new content (a link to the new version)',
  'effective-date': '効力発生時期 / when the change takes effect (the effective date)',
};

/** One rendered part of a notice: plain text (an email's subject or text part) or HTML/Atom markup. */
export interface RenderedPart {
  format: 'text' | 'html';
  content: string;
}

/** What a reader of markup sees: the text, and where its links lead. */
function readable(part: RenderedPart): { text: string; links: string[] } {
  if (part.format === 'text') return { text: part.content, links: [] };
  // What is commented out, in the document's head, scripted or styled is not shown to the reader.
  const shown = part.content.replace(/<!--[\s\S]*?-->|<(head|script|style)\b[\s\S]*?<\/\1\s*>/giu, '');
  const links = [...shown.matchAll(/\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/giu)].map((m) => decodeEntities(m[1] ?? m[2] ?? ''));
  const text = decodeEntities(
    shown
      .replace(/<\/?(p|div|li|ul|ol|h[1-6]|tr|td|th|br|dt|dd|dl|section|article|header|footer|table|title|summary|content|entry)\b[^>]*>/giu, '\n')
      .replace(/<[^>]*>/gu, ''),
  );
  return { text, links };
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

/** Compares without the differences of width and spacing a template may introduce (（ vs (, ９ vs 9). */
const normalize = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '');

/** The ways a notice may write a date: 2027年（令和9年）1月1日, 2027年1月1日, 令和9年1月1日, 2027-01-01. */
function dateForms(date: string): string[] {
  const parsed = parseIsoDate(date);
  if (!parsed) return [date];
  return [formatDateJa(date), formatDateJaShort(date), `${formatWareki(toWareki(date))}${parsed.month}月${parsed.day}日`, date].map(
    normalize,
  );
}

/**
 * Which of the three statutory elements a rendered notice lacks. The parts are read together, as their
 * reader sees them (an email's subject with its text part, or with its HTML part): markup counts by its
 * visible text and its links; comments, scripts and styles do not count.
 * - 変更する旨: a sentence (or heading) that names the terms by their title and says 変更・改定・改正 (an
 *   article caption such as 第４条（利用規約の変更） in the summary of changes does not count);
 * - 変更後の内容: the new version's URL, as text or as a link;
 * - 効力発生時期: the effective date, written 2027年（令和9年）1月1日, 2027年1月1日, 令和9年1月1日 or 2027-01-01
 *   outside a URL.
 * @param parts the rendered notice
 * @param context the context it was rendered from (title, new version's URL, effective date)
 * @returns the missing elements, in the law's order; empty when the notice is complete
 */
export function checkStatutoryElements(
  parts: readonly RenderedPart[],
  context: Pick<NoticeContext, 'document' | 'urls' | 'effectiveDate'>,
): StatutoryElement[] {
  return missingElements(readAll(parts), context);
}

/** A rendered notice read once, for all the checks. */
interface Reading {
  text: string;
  links: string[];
  /** The text without URLs (a date inside a URL states nothing to a reader). */
  prose: string;
}

function readAll(parts: readonly RenderedPart[], cache?: Map<string, { text: string; links: string[] }>): Reading {
  const read = parts.map((part) => {
    const key = `${part.format}\0${part.content}`;
    let r = cache?.get(key);
    if (!r) {
      r = readable(part);
      cache?.set(key, r);
    }
    return r;
  });
  const text = read.map((r) => r.text).join('\n');
  return { text, links: read.flatMap((r) => r.links), prose: text.replace(/https?:\/\/[^\s<>"']+/gu, ' ') };
}

// Only where one of these stands can NFKC give 変更, 改定 or 改正: the characters themselves, or the
// compatibility forms of ideographs (radicals, enclosed and compatibility ideographs).
const MAY_SAY_CHANGE = /[変改\u2E80-\u2FDF\u3200-\u33FF\uF900-\uFAFF\u{1F200}-\u{1F2FF}\u{2F800}-\u{2FA1F}]/u;

const datesOf = new Map<string, string[]>();

function missingElements(reading: Reading, context: Pick<NoticeContext, 'document' | 'urls' | 'effectiveDate'>): StatutoryElement[] {
  const { text, links, prose } = reading;
  const missing: StatutoryElement[] = [];
  const title = normalize(context.document.title);
  const sentences = prose.split(/[。\n]/u).filter((s) => MAY_SAY_CHANGE.test(s)).map(normalize);
  if (!sentences.some((s) => s.includes(title) && /変更|改定|改正/u.test(s))) missing.push('change');
  const url = context.urls.version;
  if (!text.includes(url) && !links.some((l) => l.trim().startsWith(url))) missing.push('content');
  const compact = normalize(prose);
  let forms = datesOf.get(context.effectiveDate);
  if (!forms) datesOf.set(context.effectiveDate, (forms = dateForms(context.effectiveDate)));
  if (!forms.some((form) => compact.includes(form))) missing.push('effective-date');
  return missing;
}

/** One form of a notice as its reader sees it (an email's text view, its HTML view, the web page…). */
export interface NoticeForm {
  /** How messages name it. */
  name: string;
  parts: RenderedPart[];
}

/** An email's two views: the subject with the text part, and the subject with the HTML part. */
export function emailForms(email: { subject: string; text: string; html: string }): NoticeForm[] {
  const subject: RenderedPart = { format: 'text', content: email.subject };
  return [
    { name: 'メール（件名・テキスト）/ email (subject + text)', parts: [subject, { format: 'text', content: email.text }] },
    { name: 'メール（件名・HTML）/ email (subject + HTML)', parts: [subject, { format: 'html', content: email.html }] },
  ];
}

/**
 * Whether a rendered notice states why the change binds without consent (民法548条の4第1項), as the
 * version's `justification` says: the law (第1号 or 第2号) and the terms' own change clause (第４条),
 * in its visible text.
 * @param parts the rendered notice
 * @param context the context it was rendered from
 * @returns true when it does, or when the version states no justification
 */
export function statesJustification(parts: readonly RenderedPart[], context: Pick<NoticeContext, 'justification'>): boolean {
  return justificationStated(readAll(parts), context);
}

function justificationStated(reading: Reading, context: Pick<NoticeContext, 'justification'>): boolean {
  const j = context.justification;
  if (!j) return true;
  const text = normalize(reading.text);
  return text.includes(normalize(j.law)) && text.includes(normalize(j.changeClause));
}

/**
 * Checks each form and describes what is missing, one message per incomplete form.
 * @param forms the rendered forms
 * @param context the context they were rendered from
 * @returns e.g. `web notice: 効力発生時期 …が記載されていません / missing: …`; empty when all are complete
 */
export function statutoryProblems(
  forms: readonly NoticeForm[],
  context: Pick<NoticeContext, 'document' | 'urls' | 'effectiveDate'> & Partial<Pick<NoticeContext, 'justification'>>,
): string[] {
  // An email's subject is a part of both its forms: read once.
  const cache = new Map<string, { text: string; links: string[] }>();
  return forms.flatMap((form) => {
    const problems: string[] = [];
    const reading = readAll(form.parts, cache);
    const missing = missingElements(reading, context);
    if (missing.length) {
      const list = missing.map((m) => STATUTORY_ELEMENTS[m]).join('; ');
      problems.push(`${form.name}: 民法548条の4第2項の記載事項がありません / lacks what 民法548条の4第2項 requires: ${list}`);
    }
    if (context.justification && !justificationStated(reading, { justification: context.justification })) {
      const what = `変更の根拠（${context.justification.law}、${context.justification.changeClause}）が記載されていません / does not state the basis of the change under 民法548条の4第1項 and the change clause`;
      problems.push(problems.length ? what : `${form.name}: ${what}`);
    }
    // One message per incomplete form.
    return problems.length ? [problems.join('; ')] : [];
  });
}
