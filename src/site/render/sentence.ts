/**
 * One clause's sentence as HTML: cross-references placed by their offsets become links, and defined
 * terms in the text between them become links to their definitions (the first use in each article, so
 * the text stays readable) or `<dfn>` where they are defined.
 */
import type { Definition, Reference } from '../../ruleset/schema.js';
import { html, type Html, type HtmlValue } from '../html.js';
import { renderDefiningUse, renderTermUse, termAt, tooltipText } from './definition.js';
import { renderReference } from './reference.js';

/** What rendering a sentence needs from its rule set and article. */
export interface SentenceContext {
  /** Clause names by id. */
  names: ReadonlyMap<string, string>;
  /** Clause sentences by id (for the tooltips of inline definitions). */
  sentences: ReadonlyMap<string, string>;
  /** References by the clause that contains them. */
  references: ReadonlyMap<string, readonly Reference[]>;
  /** Definitions that apply in the article, longest term first. */
  definitions: readonly Definition[];
  /**
   * Terms already linked or defined in this article (`term`), and definitions already marked as such
   * (`clause term`); the renderer adds to it.
   */
  seen: Set<string>;
}

/**
 * The references of a clause that really stand at their offset, in order, without overlaps (bad data
 * is left as text rather than breaking the sentence).
 */
function placedReferences(sentence: string, references: readonly Reference[]): Reference[] {
  const placed: Reference[] = [];
  let end = 0;
  for (const ref of [...references].sort((a, b) => a.offset - b.offset)) {
    if (ref.text === '' || ref.offset < end || !sentence.startsWith(ref.text, ref.offset)) continue;
    placed.push(ref);
    end = ref.offset + ref.text.length;
  }
  return placed;
}

/**
 * Renders a sentence.
 * @param sentence the clause's `sentence`
 * @param clauseId the clause's id (tooltip ids and definitions are derived from it)
 * @param context the rule set's lookups and the article's state
 */
export function renderSentence(sentence: string, clauseId: string, context: SentenceContext): Html {
  const out: HtmlValue[] = [];
  let tips = 0;
  const text = (from: number, to: number) => {
    let plainFrom = from;
    for (let i = from; i < to; ) {
      const definition = termAt(sentence, i, to, context.definitions);
      if (!definition) {
        i++;
        continue;
      }
      out.push(sentence.slice(plainFrom, i));
      const term = sentence.slice(i, i + definition.term.length);
      const definingKey = `${definition.clause} ${definition.term}`;
      if (definition.clause === clauseId && !context.seen.has(definingKey)) {
        out.push(renderDefiningUse(term));
        context.seen.add(definingKey).add(definition.term);
      } else if (definition.clause !== clauseId && !context.seen.has(definition.term)) {
        const tipId = `tip-${clauseId}-${++tips}`;
        out.push(renderTermUse(term, definition, tipId, tooltipText(definition, context.names, context.sentences)));
        context.seen.add(definition.term);
      } else {
        out.push(term);
      }
      i += definition.term.length;
      plainFrom = i;
    }
    out.push(sentence.slice(plainFrom, to));
  };
  let at = 0;
  for (const ref of placedReferences(sentence, context.references.get(clauseId) ?? [])) {
    text(at, ref.offset);
    out.push(renderReference(ref, context.names));
    at = ref.offset + ref.text.length;
  }
  text(at, sentence.length);
  return html`${out}`;
}
