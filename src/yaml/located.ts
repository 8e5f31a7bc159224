import { LineCounter, parseDocument, isMap, isSeq, isScalar, visit, type Node } from 'yaml';
import type { Place } from '../diagnostics/index.js';

/** A YAML text parsed with positions, so any value can be pointed at in its source file. */
export interface LocatedYaml {
  value: unknown;
  /** Parse errors, each with its place in the file. */
  errors: Array<{ message: string; place: Place }>;
  /**
   * The place of the value at a JSON pointer (`/notice/duration`), or of its nearest parent.
   * @param options.key point at the mapping key instead of its value (for "unknown field")
   */
  placeOf(pointer: string, options?: { key?: boolean }): Place;
}

/**
 * Most alias expansions a document may make (yaml's own default). Annotations and front matter use none
 * or a few; a document that expands more is an alias bomb.
 */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses YAML that starts at `origin` (1-based line and column of its first character) in a file.
 * @param text the YAML
 * @param origin where `text` begins in the file
 */
export function parseLocatedYaml(text: string, origin: { line: number; column: number }): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPlace = (offset: number, endOffset?: number): Place => {
    const at = (o: number) => {
      const p = lineCounter.linePos(o);
      // remark strips the block's indentation from every line, so every line shifts by it.
      return { line: origin.line + p.line - 1, column: origin.column + p.col - 1 };
    };
    const start = at(offset);
    if (endOffset === undefined) return start;
    const end = at(endOffset);
    return { ...start, endLine: end.line, endColumn: end.column };
  };
  const errors = doc.errors.map((e) => ({ message: e.message.split('\n')[0] ?? e.message, place: toPlace(e.pos[0]) }));
  const placeOf = (pointer: string, options: { key?: boolean } = {}): Place => {
    const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node: Node | null = doc.contents;
    let best: Node | null = node;
    for (const [i, part] of parts.entries()) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === part);
        const wantKey = options.key === true && i === parts.length - 1;
        node = ((wantKey ? pair?.key : pair?.value) as Node | null | undefined) ?? (pair?.key as Node | undefined) ?? null;
      } else if (isSeq(node)) {
        node = (node.items[Number(part)] as Node | undefined) ?? null;
      } else {
        node = null;
      }
      if (!node) break;
      best = node;
    }
    const range = best?.range;
    return range ? toPlace(range[0], range[1]) : toPlace(0);
  };
  let value: unknown;
  if (!errors.length) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      // yaml refuses aliases that expand past the limit (a "billion laughs" bomb); point at the first alias.
      let at = 0;
      visit(doc, {
        Alias(_, node) {
          at = node.range?.[0] ?? 0;
          return visit.BREAK;
        },
      });
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      errors.push({ message: `YAML の別名（エイリアス）の展開が多すぎます / too many YAML alias expansions: ${reason}`, place: toPlace(at) });
    }
  }
  return { value: errors.length ? undefined : value, errors, placeOf };
}
