/**
 * Cross-references in the text: 第N条（見出し）第M項第K号, 前条, 前項, 前各項, 同条, 本条, 前各号, 前号, 次号, 各号 …
 * Each is recorded with the clause it stands in and what it resolves to. References to other laws
 * (刑事訴訟法第２１８条, …に関する法律第４条, 同法第…) are recorded as external and never resolved here.
 */
import { NUMBER_CHARS, parseNumber } from '../numbers/index.js';
import type { Article, Item, Num, Paragraph, Reference, Subitem1, TextMap } from '../ruleset/schema.js';
import { positionOf, rangeOf } from './text.js';

const N = `[${NUMBER_CHARS}]+`;
const CAPTION = '[（(][^（()）\\n]*[）)]';
const REFERENCE = new RegExp(
  [
    // 1 relative article | 2,3 absolute article; 4 caption; 5 paragraph | 6 relative paragraph; 7 item; 8 各号
    `(?:(前条|次条|同条|本条)|第(${N})条(?:の(${N}))?)(${CAPTION})?(?:第(${N})項|(前項|同項))?(?:第(${N})号)?(各号)?`,
    // 9 relative paragraph; 10 item; 11 各号
    `(前各項|前項|次項|同項)(?:第(${N})号)?(各号)?`,
    // 12
    `(前各号|前号|次号)`,
    // 13 paragraph; 14 item; 15 各号
    `第(${N})項(?:第(${N})号)?(各号)?`,
    // 16 item
    `第(${N})号`,
  ].join('|'),
  'gu',
);
/** Text just before 第N条 that makes it another law's article. */
const LAW_BEFORE = /(?:法|法律|政令|省令|規則|条例|同法)$/u;

interface Context {
  articles: Article[];
  index: number;
  paragraph: Paragraph;
  item: Item | null;
  /** Last article a reference designated in this article (for 同条). */
  lastArticle: string | null;
  lastParagraph: string | null;
}

function num(written: string | undefined): Num | null {
  if (written === undefined) return null;
  const value = parseNumber(written);
  return value === null ? null : { value, written };
}

function bracketWidth(caption: string): 'full' | 'half' | 'mixed' {
  const open = caption.startsWith('（');
  const close = caption.endsWith('）');
  return open && close ? 'full' : !open && !close ? 'half' : 'mixed';
}

function findArticle(articles: Article[], value: number, branch: number | undefined): Article | undefined {
  return articles.find((a) => a.num.value === value && (a.num.branch ?? undefined) === branch);
}

/**
 * Finds and resolves the references in one clause's sentence.
 * @param sentence the clause's own sentence (label excluded)
 * @param map where the sentence is in the source
 * @param from the id of the clause the sentence belongs to
 * @param ctx the article and paragraph around it (updated: 同条 looks back)
 */
function scan(sentence: string, map: TextMap, from: string, ctx: Context): Reference[] {
  const refs: Reference[] = [];
  const article = ctx.articles[ctx.index] as Article;
  for (const m of sentence.matchAll(REFERENCE)) {
    const text = m[0];
    const offset = m.index;
    const loc = rangeOf(positionOf(map, offset), positionOf(map, offset + text.length));
    const numbers = [m[2], m[3], m[5], m[7], m[10], m[13], m[14], m[16]].map(num).filter((n): n is Num => n !== null);
    const caption = m[4] ?? null;
    const base = {
      text,
      from,
      offset,
      caption: caption ? caption.slice(1, -1) : null,
      brackets: caption ? bracketWidth(caption) : null,
      numbers,
      loc,
    };
    const before = sentence.slice(0, offset);
    if (m[2] !== undefined && LAW_BEFORE.test(before)) {
      refs.push({ ...base, kind: 'external', target: null, targets: [] });
      continue;
    }
    let target: string | null = null;
    let targets: string[] = [];
    let kind: Reference['kind'] = 'relative';

    const paragraphOf = (art: Article | undefined, n: Num | null): Paragraph | undefined =>
      art && n ? art.paragraphs[n.value - 1] : undefined;
    const itemOf = (p: Paragraph | undefined, n: Num | null): Item | undefined => (p && n ? p.items[n.value - 1] : undefined);
    const finish = (art: Article | undefined, artKnown: boolean, pNum: Num | null, para: Paragraph | undefined, iNum: Num | null, all: boolean): void => {
      if (!artKnown) return;
      let p = para;
      if (pNum) p = paragraphOf(art, pNum);
      // 第２条第１号, 前条各号: items named without a paragraph are the first paragraph's.
      else if ((iNum || all) && !p) p = art?.paragraphs[0];
      if (!art || (pNum && !p)) return;
      if (iNum) {
        const item = itemOf(p, iNum);
        target = item?.id ?? null;
        targets = item ? [item.id] : [];
        return;
      }
      const clause = p ?? art;
      target = clause.id;
      targets = all && p ? p.items.map((i) => i.id) : [clause.id];
      if (all && !p) targets = [];
    };

    if (m[1] !== undefined || m[2] !== undefined) {
      let art: Article | undefined;
      if (m[2] !== undefined) {
        kind = 'absolute';
        const value = parseNumber(m[2]);
        const branch = m[3] !== undefined ? (parseNumber(m[3]) ?? undefined) : undefined;
        art = value === null ? undefined : findArticle(ctx.articles, value, branch);
      } else if (m[1] === '前条') art = ctx.articles[ctx.index - 1];
      else if (m[1] === '次条') art = ctx.articles[ctx.index + 1];
      else if (m[1] === '本条') art = article;
      else art = ctx.lastArticle ? ctx.articles.find((a) => a.id === ctx.lastArticle) : undefined;
      if (art) ctx.lastArticle = art.id;
      let para: Paragraph | undefined;
      if (m[6] === '前項') para = article.paragraphs[ctx.paragraph.num.value - 2];
      finish(art, true, num(m[5]), para, num(m[7]), m[8] !== undefined);
      if (m[2] !== undefined && !art) target = null;
    } else if (m[9] !== undefined) {
      const p = ctx.paragraph.num.value;
      if (m[9] === '前各項') {
        targets = article.paragraphs.slice(0, p - 1).map((x) => x.id);
        target = null;
      } else {
        const para =
          m[9] === '前項' ? article.paragraphs[p - 2] :
          m[9] === '次項' ? article.paragraphs[p] :
          ctx.lastParagraph ? article.paragraphs.find((x) => x.id === ctx.lastParagraph) : undefined;
        finish(article, para !== undefined, null, para, num(m[10]), m[11] !== undefined);
      }
    } else if (m[12] !== undefined) {
      const items = ctx.paragraph.items;
      const at = ctx.item ? items.indexOf(ctx.item) : -1;
      if (m[12] === '前各号') {
        targets = at > 0 ? items.slice(0, at).map((i) => i.id) : [];
        target = null;
      } else {
        const item = at < 0 ? undefined : items[m[12] === '前号' ? at - 1 : at + 1];
        target = item?.id ?? null;
        targets = item ? [item.id] : [];
      }
    } else if (m[13] !== undefined) {
      kind = 'absolute';
      finish(article, true, num(m[13]), undefined, num(m[14]), m[15] !== undefined);
    } else if (m[16] !== undefined) {
      kind = 'absolute';
      finish(article, true, null, ctx.paragraph, num(m[16]), false);
    }
    const designated = targets.length === 1 ? targets[0] : target;
    if (designated && /-p\d+$/u.test(designated)) ctx.lastParagraph = designated;
    refs.push({ ...base, kind, target, targets });
  }
  return refs;
}

/** Every cross-reference of a document, in text order, resolved against its articles. */
export function extractReferences(articles: Article[]): Reference[] {
  const refs: Reference[] = [];
  articles.forEach((article, index) => {
    const ctx: Context = { articles, index, paragraph: article.paragraphs[0] as Paragraph, item: null, lastArticle: null, lastParagraph: null };
    for (const paragraph of article.paragraphs) {
      ctx.paragraph = paragraph;
      ctx.item = null;
      refs.push(...scan(paragraph.sentence, paragraph.sentenceMap, paragraph.id, ctx));
      for (const item of paragraph.items) {
        ctx.item = item;
        refs.push(...scan(item.sentence, item.sentenceMap, item.id, ctx));
        item.subitems.forEach((sub: Subitem1) => refs.push(...scan(sub.sentence, sub.sentenceMap, sub.id, ctx)));
      }
    }
  });
  return refs;
}
