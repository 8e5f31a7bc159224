/**
 * Defined terms (定義語) in running text: which definitions apply in an article, finding them in a
 * sentence (longest first, so 利用契約等 wins over 利用契約), and rendering a use as a link to the
 * definition with a tooltip that works without JavaScript (:hover / :focus-within) and is announced
 * through aria-describedby.
 */
import type { Definition } from '../../ruleset/schema.js';
import { html, type Html } from '../html.js';

const TOOLTIP_CHARS = 120;

/**
 * The definitions that apply inside an article, longest term first.
 * @param definitions the rule set's definitions
 * @param articleOf the article id of each clause id (null for the 付則)
 * @param articleId the article being rendered (null for the 付則)
 */
export function definitionsInScope(
  definitions: readonly Definition[],
  articleOf: ReadonlyMap<string, string | null>,
  articleId: string | null,
): Definition[] {
  return definitions
    .filter((d) => d.term !== '' && (d.scope === 'document' || articleOf.get(d.clause) === articleId))
    .sort((a, b) => b.term.length - a.term.length);
}

/**
 * The longest defined term that starts at a position of a text and ends by `end`.
 * @param text the sentence
 * @param at the position
 * @param end where the term must end at the latest (a reference may follow)
 * @param definitions candidates, longest first (`definitionsInScope`)
 */
export function termAt(text: string, at: number, end: number, definitions: readonly Definition[]): Definition | null {
  return definitions.find((d) => at + d.term.length <= end && text.startsWith(d.term, at)) ?? null;
}

/**
 * What the tooltip of a term says: the meaning from 第２条, or for an inline definition the clause that
 * defines it, shortened.
 * @param definition the definition
 * @param names clause names by id
 * @param sentences clause sentences by id
 */
export function tooltipText(definition: Definition, names: ReadonlyMap<string, string>, sentences: ReadonlyMap<string, string>): string {
  const where = names.get(definition.clause) ?? definition.clause;
  if (definition.meaning !== null) return `${definition.meaning}（${where}）`;
  const sentence = sentences.get(definition.clause) ?? '';
  const excerpt = sentence.length > TOOLTIP_CHARS ? `${sentence.slice(0, TOOLTIP_CHARS)}…` : sentence;
  return `${where}で定義：${excerpt}`;
}

/**
 * A use of a defined term: a link to the defining clause, described by its tooltip.
 * @param text the term as it appears
 * @param definition its definition
 * @param tipId a page-unique id for the tooltip
 * @param tip the tooltip's text (`tooltipText`)
 */
export function renderTermUse(text: string, definition: Definition, tipId: string, tip: string): Html {
  return html`<span class="term-wrap"><a class="term" href="#${definition.clause}" aria-describedby="${tipId}">${text}</a><span class="tip" role="tooltip" id="${tipId}"><b>${definition.term}</b> ${tip}</span></span>`;
}

/**
 * The defining occurrence of a term, in the clause that defines it.
 * @param text the term
 */
export function renderDefiningUse(text: string): Html {
  return html`<dfn>${text}</dfn>`;
}
