/**
 * Rewrites the document part before mammoth reads it, so that mammoth's text is what a reader of the
 * final document sees: tracked changes accepted (insertions kept, deletions gone, format changes
 * dropped), comment anchors removed, and Word's automatic numbers written as text at the start of
 * their paragraphs (computed in document order, see numbering.ts).
 */
import { ListCounter, paragraphList, readNumbering, readStyles, type StyleInfo } from './numbering.js';
import type { DocxPackage } from './package.js';
import { isW, W, wChild, wDescendants } from './xml.js';

/** What the rewrite found, for the report. */
export interface Prepared {
  /** Tracked insertions (accepted: kept). */
  insertions: number;
  /** Tracked deletions (accepted: removed), with their text. */
  deletions: number;
  deletedText: string;
  /** Tracked moves (accepted: the text stands where it was moved to). */
  moves: number;
  /** Tracked formatting changes (accepted: the current formatting kept). */
  formatChanges: number;
  /** Comment anchors removed from the body. */
  commentAnchors: number;
  /** Paragraphs whose automatic number was written as text. */
  numbered: number;
  /** List formats this reader does not know (written in decimal). */
  unknownFormats: string[];
  /** The paragraph styles (names of headings). */
  styles: Map<string, StyleInfo>;
}

const FORMAT_CHANGES = ['rPrChange', 'pPrChange', 'sectPrChange', 'tblPrChange', 'tblGridChange', 'trPrChange', 'tcPrChange', 'tblPrExChange', 'numberingChange'];

function remove(node: Node): void {
  node.parentNode?.removeChild(node);
}

function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

function textOf(el: Element, names: readonly string[]): string {
  let out = '';
  const walk = (n: Node): void => {
    if (n.nodeType === 1 && (n as Element).namespaceURI === W && names.includes((n as Element).localName)) out += n.textContent ?? '';
    else for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(el);
  return out;
}

/** Whether the paragraph mark itself was deleted (the paragraph then runs on into the next one). */
function markDeleted(p: Element): boolean {
  return wChild(wChild(wChild(p, 'pPr'), 'rPr'), 'del') !== null;
}

/** Accepts every tracked change of the part, counting what there was. */
function acceptChanges(doc: Document, found: Prepared): void {
  for (const name of FORMAT_CHANGES) {
    for (const el of wDescendants(doc, name)) {
      found.formatChanges++;
      remove(el);
    }
  }
  // Deleted table rows go with their content.
  for (const tr of wDescendants(doc, 'tr')) {
    if (wChild(wChild(tr, 'trPr'), 'del')) {
      found.deletions++;
      found.deletedText += textOf(tr, ['t', 'delText']);
      remove(tr);
    }
  }
  // Merge paragraphs whose mark was deleted into the next one (which keeps its own properties).
  for (const p of wDescendants(doc, 'p')) {
    if (!markDeleted(p)) continue;
    let next = p.nextSibling;
    while (next && next.nodeType !== 1) next = next.nextSibling;
    const content = Array.from(p.childNodes).filter((n) => !isW(n, 'pPr'));
    if (next && isW(next, 'p')) {
      const anchor = wChild(next, 'pPr')?.nextSibling ?? next.firstChild;
      for (const n of content) next.insertBefore(n, anchor);
      remove(p);
    } else {
      const mark = wChild(wChild(wChild(p, 'pPr'), 'rPr'), 'del');
      if (mark) remove(mark);
    }
  }
  for (const el of wDescendants(doc, 'del')) {
    // A deleted paragraph mark inside rPr has no text; the run-level container has the deleted runs.
    if (el.parentNode && isW(el.parentNode, 'rPr')) {
      remove(el);
      continue;
    }
    found.deletions++;
    found.deletedText += textOf(el, ['delText', 't']);
    remove(el);
  }
  for (const el of wDescendants(doc, 'moveFrom')) {
    found.moves++;
    remove(el);
  }
  for (const name of ['moveFromRangeStart', 'moveFromRangeEnd', 'moveToRangeStart', 'moveToRangeEnd']) for (const el of wDescendants(doc, name)) remove(el);
  for (const el of wDescendants(doc, 'ins')) {
    if (el.parentNode && (isW(el.parentNode, 'rPr') || isW(el.parentNode, 'trPr'))) {
      remove(el);
      continue;
    }
    found.insertions++;
    unwrap(el);
  }
  for (const el of wDescendants(doc, 'moveTo')) unwrap(el);
  // Stray deleted text outside a w:del (some writers do this) is deleted text all the same.
  for (const el of wDescendants(doc, 'delText')) {
    found.deletedText += el.textContent ?? '';
    const run = el.parentNode;
    remove(el);
    if (run && isW(run, 'r') && !Array.from(run.childNodes).some((n) => n.nodeType === 1 && !isW(n, 'rPr'))) remove(run);
  }
}

function removeComments(doc: Document, found: Prepared): void {
  for (const name of ['commentRangeStart', 'commentRangeEnd']) for (const el of wDescendants(doc, name)) remove(el);
  for (const ref of wDescendants(doc, 'commentReference')) {
    found.commentAnchors++;
    const run = ref.parentNode;
    remove(ref);
    if (run && isW(run, 'r') && !Array.from(run.childNodes).some((n) => n.nodeType === 1 && !isW(n, 'rPr'))) remove(run);
  }
}

// Symbol and Wingdings bullets are private-use code points: shown as the bullet a reader sees.
const PRIVATE_BULLET = /[\uF000-\uF0FF]/gu;

/** What follows a number written as text: nothing after a bracket or full stop, else a full-width space. */
function separator(label: string, suffix: 'tab' | 'space' | 'nothing'): string {
  if (suffix === 'nothing' || /[）)．.、：:」』】］\]]$/u.test(label)) return '';
  return '　';
}

/** Writes each list paragraph's number as a run of text at its start. */
function writeNumbers(doc: Document, pkg: DocxPackage, styles: Map<string, StyleInfo>, found: Prepared): void {
  const counter = new ListCounter(readNumbering(pkg.numbering, styles));
  const unknown = new Set<string>();
  for (const p of wDescendants(doc, 'p')) {
    // mammoth reads the fallback of alternate content; Word numbers what it shows, the choice.
    let up: Node | null = p.parentNode;
    let fallback = false;
    while (up) {
      if (up.nodeType === 1 && (up as Element).localName === 'Fallback') fallback = true;
      up = up.parentNode;
    }
    if (fallback) continue;
    const pPr = wChild(p, 'pPr');
    const list = paragraphList(pPr, styles);
    if (!list) continue;
    const shown = counter.next(list.numId, list.ilvl);
    if (!shown || shown.text === '') continue;
    if (shown.unknownFormat) unknown.add(shown.unknownFormat);
    const label = shown.text.replace(PRIVATE_BULLET, '・');
    const run = doc.createElementNS(W, 'w:r');
    const t = doc.createElementNS(W, 'w:t');
    t.setAttribute('xml:space', 'preserve');
    t.appendChild(doc.createTextNode(label + separator(label, shown.suffix)));
    run.appendChild(t);
    p.insertBefore(run, pPr ? pPr.nextSibling : p.firstChild);
    // The number is text now: take the paragraph out of the list so mammoth does not number it again.
    const numPr = wChild(pPr, 'numPr');
    if (numPr) remove(numPr);
    found.numbered++;
  }
  found.unknownFormats = [...unknown];
}

/**
 * Rewrites the package's document part in place (see the module comment).
 * @param pkg the opened package (its `document` is changed and written back into `zip`)
 */
export function prepareDocument(pkg: DocxPackage): Prepared {
  const styles = readStyles(pkg.styles);
  const found: Prepared = { insertions: 0, deletions: 0, deletedText: '', moves: 0, formatChanges: 0, commentAnchors: 0, numbered: 0, unknownFormats: [], styles };
  acceptChanges(pkg.document, found);
  removeComments(pkg.document, found);
  writeNumbers(pkg.document, pkg, styles, found);
  return found;
}
