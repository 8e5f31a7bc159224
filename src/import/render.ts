/**
 * Imported document → the project's structured Markdown (docs/authoring.md): front matter, the title
 * heading and the 前文, `#` 章 and 付則, `##` 条, the first 項 as a plain paragraph, later 項 as an
 * ordered list, 号 and 号の細分 as nested bullets (labels only where the numbering style would not
 * produce them), then the history, 以上 and the signature as written. No annotations.
 */
import { stringify } from 'yaml';
import { paragraphHeading } from '../compile/headings.js';
import { escapeBlock, escapeInline } from './escape.js';
import type { Numbering } from './numbering.js';
import type { ImportedClause, ImportedDocument } from './types.js';

/** Front matter values of the imported version. */
export interface RenderMeta {
  document: string;
  title: string;
  company: string;
  effective: string;
  numbering: Numbering;
}

/** The Markdown, and for each of its lines the input line it came from. */
export interface Rendered {
  markdown: string;
  /** `lineMap[n]` is the input line of output line n (1-based); 0 where none (front matter, blanks). */
  lineMap: number[];
}

/**
 * Writes the Markdown.
 * @param doc the imported document, labels settled (see numbering.ts)
 * @param meta the front matter values
 */
export function renderDocument(doc: ImportedDocument, meta: RenderMeta): Rendered {
  const out: string[] = [];
  const map: number[] = [0];
  const put = (text: string, line: number): void => {
    out.push(text);
    map.push(line);
  };
  const blank = (): void => {
    if (out.length > 0 && out[out.length - 1] !== '') put('', 0);
  };
  const front = stringify({
    document: meta.document,
    title: meta.title,
    company: meta.company,
    version: meta.effective,
    effective: meta.effective,
    numbering: meta.numbering,
  }).trimEnd();
  put('---', 0);
  for (const l of front.split('\n')) put(l, 0);
  put('---', 0);

  const text = (c: ImportedClause) => escapeBlock((c.explicit && c.label !== null ? c.label : '') + c.text);
  const children = (list: readonly ImportedClause[], indent: string): void => {
    for (const c of list) {
      put(`${indent}- ${text(c)}`, c.line);
      children(c.children, `${indent}  `);
    }
  };
  const paragraphs = (list: readonly ImportedClause[]): void => {
    list.forEach((c, i) => {
      blank();
      // A first 項 whose whole text reads as a heading (`第１条（目的）`) would be taken for one as a
      // paragraph: it is written as the list item `1.`, which the compiler reads as the first 項.
      if (i === 0 && paragraphHeading(c.text) === null) {
        put(text(c), c.line);
        if (c.children.length > 0) blank();
        children(c.children, '');
        return;
      }
      const marker = `${i + 1}. `;
      put(`${marker}${text(c)}`, c.line);
      children(c.children, ' '.repeat(marker.length));
    });
  };

  if (doc.title) {
    blank();
    put(`# ${escapeInline(doc.title.text)}`, doc.title.line);
  }
  for (const p of doc.preamble) {
    blank();
    put(escapeBlock(p.text), p.line);
  }
  for (const b of doc.body) {
    blank();
    if (b.kind === 'chapter') {
      put(`# ${escapeInline(b.title)}`, b.line);
      continue;
    }
    put(`## ${escapeInline(b.title + (b.caption?.written ?? ''))}${b.key ? ` {#${b.key}}` : ''}`, b.line);
    paragraphs(b.paragraphs);
  }
  if (doc.suppl) {
    blank();
    put(`# ${escapeInline(doc.suppl.label)}`, doc.suppl.line);
    paragraphs(doc.suppl.paragraphs);
  }
  if (doc.history) {
    const { heading, entries, endMark } = doc.history;
    if (heading) {
      blank();
      put(`# ${escapeInline(heading.text)}`, heading.line);
    }
    for (const e of entries) {
      blank();
      put(escapeBlock(e.text), e.line);
    }
    if (endMark !== null) {
      blank();
      put('以上', endMark);
    }
  }
  if (doc.signature.length > 0) {
    blank();
    for (const l of doc.signature) put(escapeBlock(l.text), l.line);
  }
  return { markdown: `${out.join('\n')}\n`, lineMap: map };
}
