/**
 * A cross-reference (第15条第１項, 前項, 前各項) in running text: a link to its target in the same version;
 * a statute cited by name links to its page on e-Gov 法令検索 when its law id is known; a reference to
 * another law's article stays text; one the compiler could not resolve stays text with a marker.
 */
import type { Reference } from '../../ruleset/schema.js';
import { html, type Html } from '../html.js';

/** Where a reference leads: its single target, else the first clause it designates (前各項 → 第１項). */
function referenceTarget(reference: Reference): string | null {
  if (reference.kind === 'external' || reference.kind === 'statute') return null;
  return reference.target ?? reference.targets[0] ?? null;
}

/**
 * Renders a reference.
 * @param reference the reference
 * @param names clause names by id (for the link's title: what 前項 means here)
 */
export function renderReference(reference: Reference, names: ReadonlyMap<string, string>): Html {
  if (reference.kind === 'external') return html`<span class="ref-external">${reference.text}</span>`;
  if (reference.kind === 'statute') {
    const law = reference.statute;
    if (!law?.lawId) return html`<span class="ref-statute">${reference.text}</span>`;
    const title = law.title && law.title !== law.name ? `${law.title}（e-Gov 法令検索）` : 'e-Gov 法令検索';
    return html`<a class="ref-statute" href="https://laws.e-gov.go.jp/law/${law.lawId}" rel="external" title="${title}">${reference.text}</a>`;
  }
  const target = referenceTarget(reference);
  if (target === null) {
    return html`<span class="ref-unresolved" title="参照先が見つかりません">${reference.text}<span class="ref-marker" aria-hidden="true">?</span><span class="vh">（参照先が見つかりません）</span></span>`;
  }
  const name = (id: string) => names.get(id) ?? id;
  const last = reference.targets.at(-1);
  const title = reference.target === null && last !== undefined && last !== target ? `${name(target)}〜${name(last)}` : name(target);
  return html`<a class="ref" href="#${target}" title="${title}">${reference.text}</a>`;
}
