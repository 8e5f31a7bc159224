/**
 * Escaped-by-default HTML: every page is built with the `html` template tag, which escapes whatever is
 * interpolated unless it is already `Html`. Text from the terms can therefore never become markup.
 */
import { escapeHtml } from '../diff/render/common.js';

/** A fragment of markup that is safe to insert as is (built by `html`, or trusted with `raw`). */
export class Html {
  /** @param value the markup */
  constructor(readonly value: string) {}

  /** The markup, so that `String(fragment)` and template literals give the HTML. */
  toString(): string {
    return this.value;
  }
}

/** What `html` accepts between its literal parts: text (escaped), markup, lists of either, or nothing. */
export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

// One escaping for every page the project writes: the diff's renderings are inside the site's pages.
export { escapeHtml };

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  return value.map(render).join('');
}

/**
 * Template tag building markup: interpolated strings are escaped, `Html` is kept, arrays are joined and
 * `null`, `undefined` and `false` render nothing.
 * @example html`<p class="x">${userText}</p>`
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/**
 * Marks markup produced by another trusted module (the diff's redline, the notice) as safe.
 * @param markup HTML that was built with escaping by its producer
 */
export function raw(markup: string): Html {
  return new Html(markup);
}
