/**
 * 民法548条の4第2項: before a change of standard terms takes effect, the company must make known that the
 * terms change, the new content, and when the change takes effect. Every rendered notice is checked for
 * the three, whatever the templates say, and a notice that lacks one is not sent.
 */
import { formatDateJa, formatDateJaShort, formatWareki, parseIsoDate, toWareki } from '../period/index.js';
import type { NoticeContext } from './context.js';
import { readBeginning, readPart, type PartReading, type RenderedPart } from './reading.js';
import { recentValues } from './recent.js';
import { createSharedEnds, type Cut } from './shared-end.js';

export type { RenderedPart } from './reading.js';

/** The three elements: 変更する旨, 変更後の内容 (the new text or a link to it), 効力発生時期. */
export type StatutoryElement = 'change' | 'content' | 'effective-date';

/** Each element as the law names it and what the check looks for. */
export const STATUTORY_ELEMENTS: Readonly<Record<StatutoryElement, string>> = {
  change: '変更する旨 / that the terms change (a sentence with the title of the terms and 変更・改定)',
  content: '変更後の内容 / the new content (a link to the new version)',
  'effective-date': '効力発生時期 / when the change takes effect (the effective date)',
};

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
  return missingElements(stretchesOf(parts, normalize(context.document.title)), context);
}

/**
 * A stretch of a notice as its reader sees it, with what the checks need of it. A notice is read as
 * stretches joined where one ends or the next begins with a line break: no pattern the checks use runs
 * across a line break (a URL, a sentence, a character that NFKC joins with the next), so each stretch is
 * read alone, and one that many notices share (./shared-end.ts) is read once. Only what is looked for
 * in the normalized text (which has no line breaks left) may run across stretches: see includesAcross.
 */
interface Stretch {
  text: string;
  links: readonly string[];
  /** A sentence (or line) of it names the terms by their title and says 変更・改定・改正. */
  saysChange: boolean;
  /** The text without URLs (a date inside a URL states nothing to a reader), normalized. */
  prose: string;
  /** The text normalized. */
  compact: string;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/gu;

// Only where one of these stands can NFKC give 変更, 改定 or 改正: the characters themselves, or the
// compatibility forms of ideographs (radicals, enclosed and compatibility ideographs).
const MAY_SAY_CHANGE = /[変改\u2E80-\u2FDF\u3200-\u33FF\uF900-\uFAFF\u{1F200}-\u{1F2FF}\u{2F800}-\u{2FA1F}]/u;

/**
 * @param reading a stretch's text and links
 * @param title the terms' title, normalized
 */
function stretchOf(reading: PartReading, title: string): Stretch {
  const prose = reading.text.replace(URL_IN_TEXT, ' ');
  const saysChange = prose
    .split(/[。\n]/u)
    .some((s) => MAY_SAY_CHANGE.test(s) && ((n) => n.includes(title) && /変更|改定|改正/u.test(n))(normalize(s)));
  return { text: reading.text, links: reading.links, saysChange, prose: normalize(prose), compact: normalize(reading.text) };
}

/** The line break that joins the parts of a form (an email's subject and its body). */
const JOIN: Stretch = { text: '\n', links: [], saysChange: false, prose: '', compact: '' };

/** The stretches of a form's parts, in order, joined by line breaks. */
function joinParts(parts: readonly (readonly Stretch[])[]): Stretch[] {
  return parts.flatMap((stretches, i) => (i ? [JOIN, ...stretches] : stretches));
}

/** The stretches of parts read whole. */
function stretchesOf(parts: readonly RenderedPart[], title: string): Stretch[] {
  return joinParts(parts.map((part) => [stretchOf(readPart(part), title)]));
}

/**
 * Whether the stretches' strings, joined, include `needle`: in one of them, or across where they join.
 * @param strings the stretches' strings, in order
 * @param needle what is looked for
 */
function includesAcross(strings: readonly string[], needle: string): boolean {
  const keep = needle.length - 1;
  let carry = '';
  for (const s of strings) {
    if (s.includes(needle)) return true;
    if (keep <= 0) continue;
    if (carry && (carry + s.slice(0, keep)).includes(needle)) return true;
    carry = s.length >= keep ? s.slice(-keep) : (carry + s).slice(-keep);
  }
  return strings.length === 0 && needle === '';
}

const datesOf = new Map<string, string[]>();

function missingElements(stretches: readonly Stretch[], context: Pick<NoticeContext, 'urls' | 'effectiveDate'>): StatutoryElement[] {
  const missing: StatutoryElement[] = [];
  if (!stretches.some((s) => s.saysChange)) missing.push('change');
  const url = context.urls.version;
  if (!includesAcross(stretches.map((s) => s.text), url) && !stretches.some((s) => s.links.some((l) => l.trim().startsWith(url)))) {
    missing.push('content');
  }
  let forms = datesOf.get(context.effectiveDate);
  if (!forms) datesOf.set(context.effectiveDate, (forms = dateForms(context.effectiveDate)));
  const prose = stretches.map((s) => s.prose);
  if (!forms.some((form) => includesAcross(prose, form))) missing.push('effective-date');
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
  return justificationStated(stretchesOf(parts, ''), context);
}

function justificationStated(stretches: readonly Stretch[], context: Pick<NoticeContext, 'justification'>): boolean {
  const j = context.justification;
  if (!j) return true;
  const compact = stretches.map((s) => s.compact);
  return includesAcross(compact, normalize(j.law)) && includesAcross(compact, normalize(j.changeClause));
}

/** The context a check needs. */
export type CheckedContext = Pick<NoticeContext, 'document' | 'urls' | 'effectiveDate'> & Partial<Pick<NoticeContext, 'justification'>>;

/** Checks rendered forms, as {@link statutoryProblems} does. */
export type StatutoryChecker = (forms: readonly NoticeForm[]) => string[];

/** Parts shorter than this are read whole (and kept, by their content, in a small memo). */
const SHORT = 2048;
const MEMO = 256;

/**
 * A checker for the many emails of one notice: each email is checked in full as rendered, as
 * {@link statutoryProblems} checks it, but the long end that the emails' parts share is read once
 * (./shared-end.ts): each part is cut after a line break where its beginning reads the same whatever
 * follows (./reading.ts, readBeginning), and only the beginning, which holds the recipient's fields, is
 * read for each email.
 * @param context the context the forms are rendered from
 */
export function createStatutoryChecker(context: CheckedContext): StatutoryChecker {
  const title = normalize(context.document.title);
  const recent = recentValues<Stretch>(MEMO);
  const cutters = new Map<string, (content: string) => Cut<Stretch, Stretch> | null>();
  const stretchesOfPart = (form: string, index: number, part: RenderedPart): Stretch[] => {
    if (part.content.length < SHORT) return [recent(`${part.format}\0${part.content}`, () => stretchOf(readPart(part), title))];
    const slot = `${form}\0${index}\0${part.format}`;
    let cut = cutters.get(slot);
    if (!cut) {
      const { format } = part;
      cut = createSharedEnds<Stretch, Stretch>({
        readBeginning: (content) => {
          const reading = readBeginning({ format, content });
          return reading && stretchOf(reading, title);
        },
        readEnd: (content) => stretchOf(readPart({ format, content }), title),
      });
      cutters.set(slot, cut);
    }
    const pieces = cut(part.content);
    return pieces ? [pieces.beginningValue, pieces.endValue] : [stretchOf(readPart(part), title)];
  };
  return (forms) => forms.flatMap((form) => problemsOf(form.name, joinParts(form.parts.map((part, i) => stretchesOfPart(form.name, i, part))), context));
}

/** One message for an incomplete form, or none. */
function problemsOf(name: string, stretches: readonly Stretch[], context: CheckedContext): string[] {
  const problems: string[] = [];
  const missing = missingElements(stretches, context);
  if (missing.length) {
    const list = missing.map((m) => STATUTORY_ELEMENTS[m]).join('; ');
    problems.push(`${name}: 民法548条の4第2項の記載事項がありません / lacks what 民法548条の4第2項 requires: ${list}`);
  }
  if (context.justification && !justificationStated(stretches, { justification: context.justification })) {
    const what = `変更の根拠（${context.justification.law}、${context.justification.changeClause}）が記載されていません / does not state the basis of the change under 民法548条の4第1項 and the change clause`;
    problems.push(problems.length ? what : `${name}: ${what}`);
  }
  // One message per incomplete form.
  return problems.length ? [problems.join('; ')] : [];
}

/**
 * Checks each form and describes what is missing, one message per incomplete form.
 * @param forms the rendered forms
 * @param context the context they were rendered from
 * @returns e.g. `web notice: 効力発生時期 …が記載されていません / missing: …`; empty when all are complete
 */
export function statutoryProblems(forms: readonly NoticeForm[], context: CheckedContext): string[] {
  return createStatutoryChecker(context)(forms);
}
