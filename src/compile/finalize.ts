/**
 * Drafts → rule set clauses: once an article has been read, its 項 and 号 get their numbers (by
 * position), labels (as written, or derived from the numbering style), ids, keys, texts and hashes,
 * and its annotations are bound to clause ids.
 */
import type { DiagnosticSink } from '../diagnostics/index.js';
import { itemLabel, paragraphLabel, subitemLabel, writeNumber } from '../numbers/index.js';
import type { Article, Item, Meta, Paragraph, Subitem1, SupplProvision } from '../ruleset/schema.js';
import type { ArticleDraft, BoundAnnotation, Draft, SupplDraft } from './draft.js';
import { sha256 } from './hash.js';
import { levelNamed } from '../ruleset/levels.js';

/**
 * Settles the 付則: its paragraphs, and its text as published (one unnumbered paragraph stands on the
 * heading's line: 付則 本規約は、…).
 */
export function finalizeSuppl(draft: SupplDraft, meta: Pick<Meta, 'numbering'>, sink: DiagnosticSink, out: BoundAnnotation[]): SupplProvision {
  const paragraphs = finalizeParagraphs(draft.paragraphs, 'suppl', 'suppl', meta, sink, out);
  const only = paragraphs.length === 1 && paragraphs[0]?.label === null ? paragraphs[0] : null;
  const text = only ? `${draft.label} ${only.text}` : [draft.label, ...paragraphs.map((p) => p.text)].join('\n');
  for (const annotation of draft.annotations) out.push({ annotation, clause: 'suppl', key: 'suppl' });
  return { kind: 'SupplProvision', id: 'suppl', key: 'suppl', label: draft.label, text, hash: sha256(text), loc: draft.loc, paragraphs };
}

/** Settles an article that has been read completely. */
export function finalizeArticle(draft: ArticleDraft, meta: Pick<Meta, 'numbering'>, sink: DiagnosticSink, out: BoundAnnotation[]): Article {
  const paragraphs = finalizeParagraphs(draft.paragraphs, draft.id, draft.key, meta, sink, out);
  const head = draft.title + (draft.caption?.written ?? '');
  const text = [head, ...paragraphs.map((p) => p.text)].join('\n');
  const ids = new Map<string, string>();
  const collect = (list: Array<Paragraph | Item | Subitem1>): void => {
    for (const c of list) {
      ids.set(c.id.slice(draft.id.length + 1), c.key);
      if (c.kind === 'Paragraph') collect(c.items);
      if (c.kind === 'Item') collect(c.subitems);
    }
  };
  collect(paragraphs);
  for (const annotation of draft.annotations) {
    const at = annotation.fields['at'];
    if (typeof at === 'string') {
      const key = ids.get(at);
      if (key === undefined) {
        sink.error('compile/annotation-target', `at: ${at} は ${draft.title} にありません / no such clause in this article`, annotation.placeOf('at'), draft.id);
        continue;
      }
      out.push({ annotation, clause: `${draft.id}-${at}`, key });
    } else {
      out.push({ annotation, clause: draft.id, key: draft.key });
    }
  }
  if (paragraphs.length === 0) sink.error('compile/empty-article', `${draft.title} に本文がありません / article without text`, draft.loc, draft.id);
  return {
    kind: 'Article',
    id: draft.id,
    key: draft.key,
    num: draft.num,
    title: draft.title,
    caption: draft.caption ? { kind: 'ArticleCaption', ...draft.caption } : null,
    chapter: draft.chapter,
    text,
    hash: sha256(text),
    loc: draft.loc,
    paragraphs,
  };
}

function checkLabel(draft: Draft, position: number, id: string, sink: DiagnosticSink): void {
  if (draft.label && draft.label.value !== position) {
    const what = levelNamed(draft.level).ja;
    sink.error(
      `compile/${draft.level}-sequence`,
      `${what}の番号が位置と合いません: 「${draft.label.written.trim()}」は${position}番目です / label does not match its position (${position})`,
      { line: draft.loc.line, column: draft.loc.column },
      id,
    );
  }
}

function finalizeParagraphs(
  drafts: Draft[],
  parentId: string,
  parentKey: string,
  meta: Pick<Meta, 'numbering'>,
  sink: DiagnosticSink,
  out: BoundAnnotation[],
): Paragraph[] {
  return drafts.map((draft, index) => {
    const n = index + 1;
    const id = `${parentId}-p${n}`;
    checkLabel(draft, n, id, sink);
    const label = draft.label ? draft.label.written : draft.numbered ? paragraphLabel(n, meta.numbering.paragraph) : null;
    const key = annotationKey(draft) ?? `${parentKey}.p${n}`;
    const items = draft.children.map((child, i) => finalizeItem(child, i + 1, id, key, meta, sink, out));
    const text = [(label ?? '') + draft.sentence.text, ...items.map((i) => i.text)].join('\n');
    bind(draft, id, key, out);
    return {
      kind: 'Paragraph',
      ...clauseFields(draft, id, key, label, text),
      num: { value: n, written: draft.label?.number ?? (draft.numbered ? writeNumber(n, meta.numbering.paragraph) : '') },
      items,
    };
  });
}

function finalizeItem(
  draft: Draft,
  n: number,
  parentId: string,
  parentKey: string,
  meta: Pick<Meta, 'numbering'>,
  sink: DiagnosticSink,
  out: BoundAnnotation[],
): Item {
  const id = `${parentId}-i${n}`;
  checkLabel(draft, n, id, sink);
  const key = annotationKey(draft) ?? `${parentKey}.i${n}`;
  const label = draft.label?.written ?? itemLabel(n, meta.numbering.item);
  const subitems: Subitem1[] = draft.children.map((child, i) => {
    const sid = `${id}-s${i + 1}`;
    checkLabel(child, i + 1, sid, sink);
    const skey = annotationKey(child) ?? `${key}.s${i + 1}`;
    const slabel = child.label?.written ?? subitemLabel(i + 1);
    const text = slabel + (child.label ? '' : '　') + child.sentence.text;
    bind(child, sid, skey, out);
    return {
      kind: 'Subitem1',
      ...clauseFields(child, sid, skey, slabel, text),
      num: { value: i + 1, written: child.label?.number ?? subitemLabel(i + 1) },
    };
  });
  const text = [label + draft.sentence.text, ...subitems.map((s) => s.text)].join('\n');
  bind(draft, id, key, out);
  return {
    kind: 'Item',
    ...clauseFields(draft, id, key, label, text),
    num: { value: n, written: draft.label?.number ?? writeNumber(n, meta.numbering.item) },
    subitems,
  };
}

/** The fields every clause has, settled from its draft. */
function clauseFields(draft: Draft, id: string, key: string, label: string | null, text: string) {
  return {
    id,
    key,
    label,
    labelExplicit: draft.label !== null,
    sentence: draft.sentence.text,
    sentenceMap: draft.sentence.map,
    text,
    hash: sha256(text),
    loc: draft.loc,
  };
}

function annotationKey(draft: Draft): string | null {
  const withKey = draft.annotations.find((a) => typeof a.fields['key'] === 'string');
  return withKey ? (withKey.fields['key'] as string) : null;
}

function bind(draft: Draft, clause: string, key: string, out: BoundAnnotation[]): void {
  for (const annotation of draft.annotations) out.push({ annotation, clause, key });
}
