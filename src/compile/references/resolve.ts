/**
 * Resolves a parsed reference (grammar.ts) to the clauses it designates, from where it stands: 前条 is
 * the article before, 同項 the paragraph last designated, 第２号 an item of the current paragraph,
 * 第１条から第３条まで every article between, （第二号を除く。） takes an item out.
 */
import type { Article, Item, Paragraph, ReferencePart, SupplProvision } from '../../ruleset/schema.js';
import type { ParsedReference } from './grammar.js';

/** A 別表 the document has (the rule set has none yet; the resolver takes them when it does). */
export interface Appendix {
  id: string;
  /** 別表第二 → 2; null for a lone 別表. */
  num: number | null;
}

/** The document a reference resolves in. */
export interface Documents {
  articles: readonly Article[];
  suppl: SupplProvision | null;
  appendices: readonly Appendix[];
}

/** Where the reference stands, and what 同条・同項・同号 look back to (updated as references are read). */
export interface Position {
  /** The article (or 附則) the sentence is in, and its index among the articles (-1 for the 附則). */
  container: Article | SupplProvision;
  index: number;
  paragraph: Paragraph;
  item: Item | null;
  last: { article: Article | null; paragraph: Paragraph | null; item: Item | null };
}

type Node = Article | SupplProvision | Paragraph | Item | Appendix;

/** What a pointer designates: one node, or several (前各項, 各号, a range). */
interface Selection {
  nodes: Node[];
  /** The single node the reference names as a whole (前条第１項各号 → the paragraph), or null. */
  whole: Node | null;
}

/** The result: `target` the single clause (or null), `targets` every clause designated (empty: unresolved). */
export interface Resolution {
  target: string | null;
  targets: string[];
}

const RANK: Record<ReferencePart['level'], number> = { suppl: 0, appendix: 0, article: 0, paragraph: 1, item: 2 };

const none: Selection = { nodes: [], whole: null };
const one = (node: Node | undefined | null): Selection => (node ? { nodes: [node], whole: node } : none);
const many = (nodes: readonly Node[]): Selection => ({ nodes: [...nodes], whole: null });

function isArticle(node: Node): node is Article {
  return 'kind' in node && node.kind === 'Article';
}

function paragraphsOf(node: Node | null): readonly Paragraph[] {
  return node && 'kind' in node && (node.kind === 'Article' || node.kind === 'SupplProvision') ? node.paragraphs : [];
}

/** `count` siblings before `index` (前各項: all of them; 前二項: two, or none when fewer stand before). */
function before<T>(list: readonly T[], index: number, count: number | null): T[] {
  if (index < 0) return [];
  if (count === null) return list.slice(0, index);
  return index >= count ? list.slice(index - count, index) : [];
}

/** The first part, read from where the reference stands. */
function first(part: ReferencePart, doc: Documents, at: Position): Selection {
  const value = part.num?.value;
  if (part.level === 'suppl') return one(doc.suppl);
  if (part.level === 'appendix') {
    const found = doc.appendices.filter((a) => a.num === (value ?? null) || (value === undefined && doc.appendices.length === 1));
    return one(found[0]);
  }
  if (part.level === 'article') {
    const articles = doc.articles;
    switch (part.pointer) {
      case 'named':
        return one(articles.find((a) => a.num.value === value && a.num.branch === part.num?.branch));
      case 'prev':
        return one(at.index > 0 ? articles[at.index - 1] : undefined);
      case 'next':
        return one(at.index >= 0 ? articles[at.index + 1] : undefined);
      case 'same':
        return one(at.last.article);
      case 'here':
        return one(at.container);
      case 'prev-each':
        return many(before(articles, at.index, null));
      default:
        return none;
    }
  }
  if (part.level === 'paragraph') {
    const list = at.container.paragraphs;
    const here = list.indexOf(at.paragraph);
    switch (part.pointer) {
      case 'named':
        return one(value === undefined ? undefined : list[value - 1]);
      case 'prev':
        return one(here > 0 ? list[here - 1] : undefined);
      case 'next':
        return one(list[here + 1]);
      case 'same':
        return one(at.last.paragraph);
      case 'here':
        return one(at.paragraph);
      case 'prev-each':
        return many(before(list, here, null));
      case 'prev-count':
        return many(before(list, here, part.count));
      default:
        return none;
    }
  }
  const items = at.paragraph.items;
  const here = at.item ? items.indexOf(at.item) : -1;
  switch (part.pointer) {
    case 'named':
      return one(value === undefined ? undefined : items[value - 1]);
    case 'prev':
      return one(here > 0 ? items[here - 1] : undefined);
    case 'next':
      return one(here >= 0 ? items[here + 1] : undefined);
    case 'same':
      return one(at.last.item);
    case 'here':
      return one(at.item);
    case 'prev-each':
      return many(before(items, here, null));
    case 'prev-count':
      return many(before(items, here, part.count));
    default:
      return none;
  }
}

/** A part below the selection so far: 第１項 of 前条, 各号 of 第１項. */
function below(part: ReferencePart, parent: Selection): Selection {
  const node = parent.whole;
  if (!node || parent.nodes.length !== 1) return none;
  const value = part.num?.value;
  if (part.level === 'paragraph') {
    const list = paragraphsOf(node);
    if (part.pointer === 'named') return one(value === undefined ? undefined : list[value - 1]);
    if (part.pointer === 'each') return { nodes: [...list], whole: list.length ? node : null };
    return none;
  }
  if (part.level === 'item') {
    // Items named without a paragraph are the first paragraph's (第２条第１号, 前条各号).
    const paragraph = 'kind' in node && node.kind === 'Paragraph' ? node : paragraphsOf(node)[0];
    if (!paragraph) return none;
    if (part.pointer === 'named') return one(value === undefined ? undefined : paragraph.items[value - 1]);
    if (part.pointer === 'each') return { nodes: [...paragraph.items], whole: paragraph };
    return none;
  }
  return none;
}

function select(parts: readonly ReferencePart[], doc: Documents, at: Position): Selection {
  const [head, ...rest] = parts;
  if (!head) return none;
  let selection = first(head, doc, at);
  for (const part of rest) selection = below(part, selection);
  return selection;
}

/** A pointer that starts below another's first level takes the other's upper parts (第２項から第４項まで). */
function inherit(parts: readonly ReferencePart[], from: readonly ReferencePart[]): ReferencePart[] {
  const top = RANK[parts[0]?.level ?? 'article'];
  return [...from.filter((p) => RANK[p.level] < top), ...parts];
}

function idOf(node: Node): string {
  return node.id;
}

/** Siblings from `a` to `b` inclusive, when both stand in one list in that order. */
function span(a: Node, b: Node, doc: Documents): Node[] | null {
  const lists: ReadonlyArray<readonly Node[]> = [
    doc.articles,
    ...doc.articles.map((x) => x.paragraphs),
    ...doc.articles.flatMap((x) => x.paragraphs.map((p) => p.items)),
    doc.suppl?.paragraphs ?? [],
    ...(doc.suppl?.paragraphs.map((p) => p.items) ?? []),
  ];
  for (const list of lists) {
    const i = list.indexOf(a);
    const j = list.indexOf(b);
    if (i >= 0 && j >= 0) return i <= j ? list.slice(i, j + 1) : null;
  }
  return null;
}

/**
 * Resolves one parsed reference.
 * @param ref the parsed reference
 * @param doc the document's articles, 附則 and 別表
 * @param at where the reference stands; its `last` is updated with what the reference designates
 */
export function resolveReference(ref: Pick<ParsedReference, 'parts' | 'through' | 'excluding'>, doc: Documents, at: Position): Resolution {
  let selection = select(ref.parts, doc, at);
  const head = ref.parts[0];
  if (head?.level === 'article') {
    // 同条 looks back to the last article a reference designated, whatever follows it.
    const article = ref.parts.length === 1 ? selection.whole : select([head], doc, at).whole;
    if (article && isArticle(article)) at.last.article = article;
  }
  if (ref.through) {
    const end = select(inherit(ref.through, ref.parts), doc, at);
    const from = selection.whole;
    const to = end.whole;
    const nodes = from && to && selection.nodes.length === 1 && end.nodes.length === 1 ? span(from, to, doc) : null;
    selection = nodes ? many(nodes) : none;
  }
  if (ref.excluding.length && selection.nodes.length) {
    const out = new Set<Node>();
    for (const excluded of ref.excluding) {
      const found = select(inherit(excluded, ref.parts), doc, at);
      if (!found.nodes.length || !found.nodes.every((n) => selection.nodes.includes(n))) return { target: null, targets: [] };
      for (const n of found.nodes) out.add(n);
    }
    selection = many(selection.nodes.filter((n) => !out.has(n)));
    if (selection.nodes.length === 0) return { target: null, targets: [] };
  }

  const targets = selection.nodes.map(idOf);
  const plural = head?.pointer === 'prev-each' || head?.pointer === 'prev-count';
  // A reference that names one clause keeps it as `target` even when what it asks of it is missing
  // (第36条第１項各号 of a paragraph without items): lint then compares the caption it repeats.
  const target = selection.whole && !plural ? idOf(selection.whole) : null;
  const single = targets.length === 1 ? selection.nodes[0] : selection.whole;
  if (single && 'kind' in single && single.kind === 'Paragraph') at.last.paragraph = single;
  if (single && 'kind' in single && single.kind === 'Item') at.last.item = single;
  return { target, targets };
}
