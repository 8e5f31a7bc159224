/**
 * Clause ids, the rule set's public key (site anchors, the lock, diffs, the checker's citations):
 * `art-14`, `art-3_2` (第３条の２), `art-14-p2`, `art-15-p1-i8`, `art-15-p1-i8-s1`, `suppl`, `suppl-p1`.
 * Built and read here only, so their grammar lives in one place.
 */

/** The id of the 附則 (supplementary provisions). */
export const SUPPL_ID = 'suppl';

/** An article's number as ids need it: 第３条の２ → { value: 3, branch: 2 }. */
export interface ArticleNumber {
  value: number;
  branch?: number | undefined;
}

/** What an id designates, read back: the root (article or 附則) and the positions below it (1-based). */
export interface ClausePath {
  /** `art-14`, `art-3_2` or `suppl`. */
  root: string;
  /** The article's number, or null for the 附則. */
  article: ArticleNumber | null;
  paragraph: number | null;
  item: number | null;
  subitem: number | null;
}

/** The level of the clause an id designates. */
export type IdLevel = 'article' | 'suppl' | 'paragraph' | 'item' | 'subitem';

const ID = /^(?:art-(\d+)(?:_(\d+))?|suppl)(?:-p(\d+)(?:-i(\d+)(?:-s(\d+))?)?)?$/u;
const RELATIVE = /^p\d+(?:-i\d+(?:-s\d+)?)?$/u;

/** Id of an article: art-14, art-3_2 for 第３条の２. */
export function articleId(num: ArticleNumber): string {
  return `art-${num.value}${num.branch ? `_${num.branch}` : ''}`;
}

/** Id of paragraph `n` of an article or of the 附則: `art-14-p2`, `suppl-p1`. */
export function paragraphId(parent: string, n: number): string {
  return `${parent}-p${n}`;
}

/** Id of item `n` of a paragraph: `art-15-p1-i8`. */
export function itemId(paragraph: string, n: number): string {
  return `${paragraph}-i${n}`;
}

/** Id of sub-item `n` of an item: `art-15-p1-i8-s1`. */
export function subitemId(item: string, n: number): string {
  return `${item}-s${n}`;
}

/**
 * Reads an id back.
 * @returns its parts, or null when `id` is not a clause id
 */
export function parseClauseId(id: string): ClausePath | null {
  const m = ID.exec(id);
  if (!m) return null;
  const int = (s: string | undefined): number | null => (s === undefined ? null : Number(s));
  const value = int(m[1]);
  const branch = int(m[2]);
  return {
    root: value === null ? SUPPL_ID : articleId({ value, branch: branch ?? undefined }),
    article: value === null ? null : branch === null ? { value } : { value, branch },
    paragraph: int(m[3]),
    item: int(m[4]),
    subitem: int(m[5]),
  };
}

/** The level an id designates, or null when it is not a clause id. */
export function levelOf(id: string): IdLevel | null {
  const path = parseClauseId(id);
  if (!path) return null;
  if (path.subitem !== null) return 'subitem';
  if (path.item !== null) return 'item';
  if (path.paragraph !== null) return 'paragraph';
  return path.article ? 'article' : 'suppl';
}

/** The article an id lies in (`art-15-p1-i8` → `art-15`), or null for the 附則 and for what is not an id. */
export function articleIdOf(id: string): string | null {
  const path = parseClauseId(id);
  return path?.article ? path.root : null;
}

/** Whether `id` is `ancestor` or lies under it (`art-15-p1-i8` is within `art-15-p1`, not within `art-15-p11`). */
export function isWithin(id: string, ancestor: string): boolean {
  return id === ancestor || id.startsWith(`${ancestor}-`);
}

/**
 * The id relative to an ancestor, as annotations write it in `at:` (`art-15-p1-i8` under `art-15` → `p1-i8`).
 * @returns the relative id, or null when `id` is not strictly under `ancestor`
 */
export function relativeId(id: string, ancestor: string): string | null {
  return id.startsWith(`${ancestor}-`) ? id.slice(ancestor.length + 1) : null;
}

/**
 * The id a relative one names under an ancestor (`p1-i8` under `art-15` → `art-15-p1-i8`).
 * @returns the id, or null when `relative` is not a relative id (`p2`, `p1-i8`, `p1-i8-s2`)
 */
export function resolveRelativeId(ancestor: string, relative: string): string | null {
  return RELATIVE.test(relative) ? `${ancestor}-${relative}` : null;
}
