/**
 * Which clause of the old version is which clause of the new one. Keys the author chose come first (they
 * survive renumbering); then, level by level from the articles down, the siblings under each matched
 * parent are aligned in order by similarity (so inserting 第５条 is one insertion, not 32 rewrites); what
 * is still unmatched is paired across the whole document by similarity (a paragraph moved to another
 * article). Derived keys (`art-5`, `…p2`) are positions, so they are never trusted on their own.
 *
 * A 項 or 号 is compared by its whole text (its sentence and its sub-clauses') and by its own sentence,
 * whichever is closer: its sub-clauses are aligned on their own one level down, so replacing every 号 of a
 * 項 whose lead sentence stayed is a change of the 号, never the removal and re-addition of the 項.
 */
import type { ClauseIndex, ClauseNode } from './clauses.js';
import { profile, similarity, type Profile } from './similarity.js';

/** Both directions of the matching; a clause absent from a map was added or removed. */
export interface Alignment {
  oldToNew: Map<ClauseNode, ClauseNode>;
  newToOld: Map<ClauseNode, ClauseNode>;
}

/** Similarity from which two clauses are taken for the same clause, wherever they stand. */
const SAME = 0.5;
/** Lower similarity enough for the only unmatched clause left at the same place on both sides (a rewrite). */
const REWRITTEN = 0.25;
/** Shortest own sentence (in characters) that identifies a clause by itself, apart from its sub-clauses. */
const SENTENCE_ALONE = 10;

/**
 * Aligns two versions' clauses.
 * @param before the old version's clauses
 * @param after the new version's clauses
 */
export function alignClauses(before: ClauseIndex, after: ClauseIndex): Alignment {
  const oldToNew = new Map<ClauseNode, ClauseNode>();
  const newToOld = new Map<ClauseNode, ClauseNode>();
  const profiles = new Map<ClauseNode, Profile>();
  const sentences = new Map<ClauseNode, Profile>();
  const cached = (cache: Map<ClauseNode, Profile>, n: ClauseNode, text: string): Profile => {
    let p = cache.get(n);
    if (!p) cache.set(n, (p = profile(text)));
    return p;
  };
  const score = (a: ClauseNode, b: ClauseNode): number => {
    if (a.level !== b.level) return 0;
    if (a.content === b.content) return 1;
    const whole = similarity(cached(profiles, a, a.content), cached(profiles, b, b.content));
    if (!identifiedBySentence(a) || !identifiedBySentence(b)) return whole;
    return Math.max(whole, similarity(cached(sentences, a, a.sentence), cached(sentences, b, b.sentence)));
  };
  const pair = (a: ClauseNode, b: ClauseNode): void => {
    oldToNew.set(a, b);
    newToOld.set(b, a);
  };

  const explicit = new Map<string, ClauseNode>();
  for (const b of after.all) if (b.explicitKey) explicit.set(`${b.level}\u0000${b.key}`, b);
  for (const a of before.all) {
    const b = a.explicitKey ? explicit.get(`${a.level}\u0000${a.key}`) : undefined;
    if (b && !newToOld.has(b)) pair(a, b);
  }

  const depth = (n: ClauseNode): number => n.path.length;
  const maxDepth = Math.max(0, ...before.all.map(depth), ...after.all.map(depth));
  for (let d = 1; d <= maxDepth; d++) {
    const groups: Array<[ClauseNode[], ClauseNode[]]> =
      d === 1
        ? [[before.roots, after.roots]]
        : [...oldToNew].filter(([a]) => depth(a) === d - 1).map(([a, b]) => [a.children, b.children]);
    for (const [olds, news] of groups) {
      alignSiblings(olds.filter((a) => !oldToNew.has(a)), news.filter((b) => !newToOld.has(b)), score, pair);
    }
    const oldLeft = before.all.filter((a) => depth(a) === d && !oldToNew.has(a));
    const newLeft = after.all.filter((b) => depth(b) === d && !newToOld.has(b));
    pairMostAlike(oldLeft, newLeft, score, pair);
  }
  return { oldToNew, newToOld };
}

/** Whether a clause's own sentence is enough to recognise it: a 項 or 号 with a sentence of some length (an article's is its caption). */
function identifiedBySentence(n: ClauseNode): boolean {
  return n.level !== 'Article' && n.level !== 'SupplProvision' && n.sentence.length >= SENTENCE_ALONE;
}

/**
 * Aligns two sibling lists in order (the largest total similarity, each pair at least SAME), then pairs
 * what is left between two aligned pairs when both sides left the same number of clauses there. Equal
 * clauses at the start and the end are paired first, so that the quadratic alignment only sees the part
 * that changed (most of a revision leaves most clauses alone).
 */
function alignSiblings(
  allOlds: ClauseNode[],
  allNews: ClauseNode[],
  score: (a: ClauseNode, b: ClauseNode) => number,
  pair: (a: ClauseNode, b: ClauseNode) => void,
): void {
  let start = 0;
  let endOld = allOlds.length;
  let endNew = allNews.length;
  const same = (a: ClauseNode | undefined, b: ClauseNode | undefined): boolean => a !== undefined && b !== undefined && a.level === b.level && a.content === b.content;
  while (start < endOld && start < endNew && same(allOlds[start], allNews[start])) {
    pair(allOlds[start] as ClauseNode, allNews[start] as ClauseNode);
    start++;
  }
  while (endOld > start && endNew > start && same(allOlds[endOld - 1], allNews[endNew - 1])) {
    pair(allOlds[--endOld] as ClauseNode, allNews[--endNew] as ClauseNode);
  }
  const olds = allOlds.slice(start, endOld);
  const news = allNews.slice(start, endNew);
  const n = olds.length;
  const m = news.length;
  if (n === 0 || m === 0) return;
  const scores = olds.map((a) => news.map((b) => score(a, b)));
  const width = m + 1;
  const best = new Float64Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = scores[i - 1]?.[j - 1] ?? 0;
      const diagonal = s >= SAME ? (best[(i - 1) * width + j - 1] ?? 0) + s : -1;
      best[i * width + j] = Math.max(diagonal, best[(i - 1) * width + j] ?? 0, best[i * width + j - 1] ?? 0);
    }
  }
  const anchors: Array<[number, number]> = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const here = best[i * width + j] ?? 0;
    const s = scores[i - 1]?.[j - 1] ?? 0;
    if (s >= SAME && here === (best[(i - 1) * width + j - 1] ?? 0) + s) {
      anchors.unshift([i - 1, j - 1]);
      i--;
      j--;
    } else if (here === (best[(i - 1) * width + j] ?? 0)) i--;
    else j--;
  }
  let fromOld = 0;
  let fromNew = 0;
  for (const [i, j] of [...anchors, [n, m] as [number, number]]) {
    if (i - fromOld === j - fromNew) {
      for (let k = 0; k < i - fromOld; k++) {
        const a = olds[fromOld + k] as ClauseNode;
        const b = news[fromNew + k] as ClauseNode;
        if ((scores[fromOld + k]?.[fromNew + k] ?? 0) >= REWRITTEN) pair(a, b);
      }
    }
    if (i < n && j < m) pair(olds[i] as ClauseNode, news[j] as ClauseNode);
    fromOld = i + 1;
    fromNew = j + 1;
  }
}

/** Pairs the most alike clauses first, each at most once, as long as they are at least SAME alike. */
function pairMostAlike(
  olds: ClauseNode[],
  news: ClauseNode[],
  score: (a: ClauseNode, b: ClauseNode) => number,
  pair: (a: ClauseNode, b: ClauseNode) => void,
): void {
  const candidates: Array<{ a: ClauseNode; b: ClauseNode; s: number }> = [];
  for (const a of olds) {
    for (const b of news) {
      const s = score(a, b);
      if (s >= SAME) candidates.push({ a, b, s });
    }
  }
  candidates.sort((x, y) => y.s - x.s);
  const used = new Set<ClauseNode>();
  for (const { a, b } of candidates) {
    if (used.has(a) || used.has(b)) continue;
    used.add(a);
    used.add(b);
    pair(a, b);
  }
}
