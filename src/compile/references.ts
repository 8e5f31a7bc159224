/**
 * Cross-references and cited statutes in the text. Each clause's sentence is read with one grammar
 * (references/grammar.ts: 第N条（見出し）第M項第K号, 前条, 前二項, 同号, この条, 附則第２項, 別表, ranges,
 * exclusions), each reference resolved from where it stands (references/resolve.ts), and recorded with
 * its parsed parts. References to another law's articles (刑事訴訟法第２１８条, 同法第…) are `external`
 * and never resolved here; the law's name itself is a reference of kind `statute`.
 */
import type { Article, CitedStatute, Paragraph, Reference, SupplProvision, TextMap } from '../ruleset/schema.js';
import { walkClauses } from '../ruleset/walk.js';
import { findStatuteNames } from '../statutes/index.js';
import { parseReferenceAt, parseReferences, writtenNumbers, type ParsedReference } from './references/grammar.js';
import { resolveReference, type Appendix, type Documents, type Position } from './references/resolve.js';
import { positionOf, rangeOf } from './text.js';

/** Text just before 第N条 (or 附則) that makes it another law's. */
const LAW_BEFORE = /(?:法|法律|政令|省令|規則|条例|同法)$/u;
const SAME_LAW = /同法/gu;

function bracketWidth(caption: string): 'full' | 'half' | 'mixed' {
  const open = caption.startsWith('（');
  const close = caption.endsWith('）');
  return open && close ? 'full' : !open && !close ? 'half' : 'mixed';
}

/** Whether a parsed reference names another law's article (刑事訴訟法第２１８条). */
function isExternal(ref: ParsedReference, sentence: string): boolean {
  const head = ref.parts[0];
  const named = head?.pointer === 'named' && (head.level === 'article' || head.level === 'suppl');
  return named && LAW_BEFORE.test(sentence.slice(0, ref.start));
}

/** The statutes a sentence names, and 同法 for the one named before (carried across sentences by `last`). */
function statuteReferences(sentence: string, from: string, locate: (offset: number, length: number) => Reference['loc'], last: { statute: CitedStatute | null }): Reference[] {
  const mentions = findStatuteNames(sentence).map((m) => ({ start: m.start, end: m.end, name: m.name, known: m.known, same: false }));
  for (const m of sentence.matchAll(SAME_LAW)) {
    if (!mentions.some((x) => m.index >= x.start && m.index < x.end)) {
      mentions.push({ start: m.index, end: m.index + 2, name: m[0], known: null, same: true });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const refs: Reference[] = [];
  for (const m of mentions) {
    const cited = parseReferenceAt(sentence, m.end)?.parts[0];
    const statute: CitedStatute | null = m.same
      ? last.statute && { ...last.statute, name: m.name, article: null }
      : { name: m.name, title: m.known?.law.title ?? null, lawId: m.known?.law.lawId ?? null, article: null };
    if (!statute) continue;
    statute.article = cited?.level === 'article' && cited.pointer === 'named' ? cited.num : null;
    if (!m.same) last.statute = { ...statute, article: null };
    refs.push({
      text: m.name,
      kind: 'statute',
      from,
      offset: m.start,
      target: null,
      targets: [],
      caption: null,
      brackets: null,
      numbers: [],
      loc: locate(m.start, m.end - m.start),
      parts: [],
      through: null,
      excluding: [],
      statute,
    });
  }
  return refs;
}

/**
 * Finds and resolves the references in one clause's sentence.
 * @param sentence the clause's own sentence (label excluded)
 * @param map where the sentence is in the source
 * @param from the id of the clause the sentence belongs to
 */
function scan(sentence: string, map: TextMap, from: string, doc: Documents, at: Position, last: { statute: CitedStatute | null }): Reference[] {
  const locate = (offset: number, length: number) => rangeOf(positionOf(map, offset), positionOf(map, offset + length));
  const refs: Reference[] = statuteReferences(sentence, from, locate, last);
  for (const parsed of parseReferences(sentence)) {
    const text = sentence.slice(parsed.start, parsed.end);
    const external = isExternal(parsed, sentence);
    const head = parsed.parts[0];
    const absolute = head?.pointer === 'named';
    const resolved = external ? { target: null, targets: [] } : resolveReference(parsed, doc, at);
    refs.push({
      text,
      kind: external ? 'external' : absolute ? 'absolute' : 'relative',
      from,
      offset: parsed.start,
      ...resolved,
      caption: parsed.caption ? parsed.caption.slice(1, -1) : null,
      brackets: parsed.caption ? bracketWidth(parsed.caption) : null,
      numbers: writtenNumbers(parsed),
      loc: locate(parsed.start, text.length),
      parts: parsed.parts,
      through: parsed.through,
      excluding: parsed.excluding,
      statute: null,
    });
  }
  return refs.sort((a, b) => a.offset - b.offset);
}

/**
 * Every cross-reference and cited statute of a document, in text order, resolved against its articles.
 * @param articles the document's articles
 * @param suppl its 附則, whose sentences are read too and which 附則第２項 designates
 * @param appendices its 別表, when it has any
 */
export function extractReferences(articles: Article[], suppl: SupplProvision | null = null, appendices: readonly Appendix[] = []): Reference[] {
  const doc: Documents = { articles, suppl, appendices };
  const refs: Reference[] = [];
  const last = { statute: null as CitedStatute | null };
  let at: Position | null = null;
  for (const { clause, index } of walkClauses({ articles, supplProvision: suppl })) {
    // Each article (and the 附則) starts afresh: 同項 and 前号 never reach into the one before.
    if (clause.kind === 'Article' || clause.kind === 'SupplProvision') {
      at = { container: clause, index, paragraph: clause.paragraphs[0] as Paragraph, item: null, last: { article: null, paragraph: null, item: null } };
      continue;
    }
    if (!at) continue; // never: a walk meets the article before what is in it
    if (clause.kind === 'Paragraph') {
      at.paragraph = clause;
      at.item = null;
    } else if (clause.kind === 'Item') {
      at.item = clause;
    }
    refs.push(...scan(clause.sentence, clause.sentenceMap, clause.id, doc, at, last));
  }
  return refs;
}
