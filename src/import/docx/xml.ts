/**
 * The little of XML the Word reader needs: parse a part (never throwing on content), find the
 * WordprocessingML children of an element, read a `w:` attribute, serialise a part back.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

/** The WordprocessingML namespace (transitional; what Word and LibreOffice write). */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * Parses an XML part, or returns null when it is not well-formed XML.
 * @param text the part's text
 */
export function parseXml(text: string): Document | null {
  let broken = false;
  const parser = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: () => {
        broken = true;
      },
      fatalError: () => {
        broken = true;
      },
    },
  });
  try {
    const doc = parser.parseFromString(text, 'application/xml');
    return broken || !doc.documentElement ? null : doc;
  } catch {
    return null;
  }
}

/** Serialises a parsed part back to text. */
export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

/** Whether a node is a WordprocessingML element named `name` (`p`, `numPr`). */
export function isW(node: Node | null | undefined, name: string): node is Element {
  return node !== null && node !== undefined && node.nodeType === 1 && (node as Element).namespaceURI === W && (node as Element).localName === name;
}

/** The WordprocessingML children of `el` named `name`, in order. */
export function wChildren(el: Element | null | undefined, name: string): Element[] {
  const out: Element[] = [];
  if (!el) return out;
  for (let n = el.firstChild; n; n = n.nextSibling) if (isW(n, name)) out.push(n);
  return out;
}

/** The first WordprocessingML child of `el` named `name`, or null. */
export function wChild(el: Element | null | undefined, name: string): Element | null {
  return wChildren(el, name)[0] ?? null;
}

/** Every WordprocessingML descendant of `el` named `name`, in document order. */
export function wDescendants(el: Element | Document, name: string): Element[] {
  return Array.from(el.getElementsByTagNameNS(W, name));
}

/** A `w:` attribute (`w:val`), or null. */
export function wAttr(el: Element | null | undefined, name: string): string | null {
  if (!el) return null;
  return el.hasAttributeNS(W, name) ? el.getAttributeNS(W, name) : null;
}

/** `w:val` of the child `name` of `el`, or null. */
export function wVal(el: Element | null | undefined, name: string): string | null {
  return wAttr(wChild(el, name), 'val');
}
