/**
 * Rule set → terms Markdown (docs/authoring.md): the inverse of the compiler for everything the rule set
 * keeps as text — front matter, title, 前文, 章, 条 with caption and key, 項 / 号 / 号の細分 with the labels
 * written explicitly, 附則, history and signature. Compiling the result gives the same rule set
 * (locations aside). Annotations are not written back: the rule set holds them normalised
 * (defaults filled in), not as written.
 */
import { stringify } from 'yaml';
import type { Article, Item, Paragraph, RuleSet, Subitem1 } from '../ruleset/schema.js';

const INLINE = /[\\`*_[\]<>&!#~|{}]/gu;

/** Escapes inline markup: CommonMark lets a backslash escape any ASCII punctuation. */
function inline(text: string): string {
  return text.replace(INLINE, (c) => `\\${c}`);
}

/** Escapes a text that starts a line or a list item (so it cannot open a list or a heading). */
function block(text: string): string {
  const escaped = inline(text);
  const ordered = /^(\d{1,9})([.)])/u.exec(escaped);
  if (ordered) return `${ordered[1] ?? ''}\\${ordered[2] ?? ''}${escaped.slice(ordered[0].length)}`;
  return /^[-+=]/u.test(escaped) ? `\\${escaped}` : escaped;
}

/** A clause's text as written in the source: its label only when the label was written explicitly. */
function written(clause: Paragraph | Item | Subitem1): string {
  return block((clause.labelExplicit && clause.label !== null ? clause.label : '') + clause.sentence);
}

function subitems(list: readonly Subitem1[], indent: string, out: string[]): void {
  for (const s of list) out.push(`${indent}- ${written(s)}`);
}

function items(list: readonly Item[], indent: string, out: string[]): void {
  for (const i of list) {
    out.push(`${indent}- ${written(i)}`);
    subitems(i.subitems, `${indent}  `, out);
  }
}

/** Writes the 項 of an article or of the 附則: an unnumbered first one as a paragraph, the rest as an ordered list. */
function paragraphs(list: readonly Paragraph[], out: string[]): void {
  const plainFirst = list[0]?.label === null;
  list.forEach((p, index) => {
    if (index === 0 && plainFirst) {
      out.push('', written(p));
      if (p.items.length) out.push('');
      items(p.items, '', out);
      return;
    }
    const marker = `${index + 1}. `;
    if (index === 0 || (index === 1 && plainFirst)) out.push('');
    out.push(`${marker}${written(p)}`);
    items(p.items, ' '.repeat(marker.length), out);
  });
}

function frontMatter(ruleSet: RuleSet): string {
  const { meta } = ruleSet;
  const fields: Record<string, unknown> = {
    document: meta.document,
    title: meta.title,
    company: meta.company,
    version: meta.version,
    effective: meta.effective,
  };
  if (meta.noticeDate !== null) fields['noticeDate'] = meta.noticeDate;
  if (meta.urgent) fields['urgent'] = true;
  if (meta.urgentReason !== null) fields['urgentReason'] = meta.urgentReason;
  fields['numbering'] = meta.numbering;
  if (meta.changes.length) fields['changes'] = meta.changes;
  if (meta.justification !== undefined) fields['justification'] = meta.justification;
  return `---\n${stringify(fields).trimEnd()}\n---`;
}

function heading(article: Article): string {
  const key = article.key !== article.id ? ` {#${article.key}}` : '';
  return `## ${inline(article.title + (article.caption?.written ?? ''))}${key}`;
}

/**
 * Writes a rule set as terms Markdown.
 * @param ruleSet a compiled rule set
 * @returns the Markdown source, ending with a newline
 */
export function renderRuleSet(ruleSet: RuleSet): string {
  const out: string[] = [frontMatter(ruleSet)];
  if (ruleSet.title) out.push('', `# ${inline(ruleSet.title.text)}`);
  for (const p of ruleSet.preamble?.paragraphs ?? []) out.push('', block(p.sentence));
  const pending = [...ruleSet.chapters];
  const chaptersUpTo = (id: string | null): void => {
    const at = id === null ? -1 : pending.findIndex((c) => c.id === id);
    for (const c of pending.splice(0, at + 1)) out.push('', `# ${inline(c.title)}`);
  };
  for (const article of ruleSet.articles) {
    chaptersUpTo(article.chapter);
    out.push('', heading(article));
    paragraphs(article.paragraphs, out);
  }
  chaptersUpTo(pending.at(-1)?.id ?? null);
  const suppl = ruleSet.supplProvision;
  if (suppl) {
    out.push('', `# ${inline(suppl.label)}`);
    paragraphs(suppl.paragraphs, out);
  }
  const history = ruleSet.history;
  if (history) {
    if (history.heading !== null) out.push('', `## ${inline(history.heading)}`);
    // One paragraph per run of entries (a line each), 以上 a paragraph of its own.
    let run: string[] = [];
    const flush = (): void => {
      if (run.length) out.push('', run.join('\n'));
      run = [];
    };
    for (const line of history.text.split('\n')) {
      if (/^[ 　]*以[ 　]*上[ 　]*$/u.test(line)) {
        flush();
        out.push('', block(line));
      } else {
        run.push(block(line));
      }
    }
    flush();
  }
  if (ruleSet.signature) out.push('', ruleSet.signature.lines.map(block).join('\n'));
  return `${out.join('\n')}\n`;
}
