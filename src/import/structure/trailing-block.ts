/**
 * The block of trailing matter that ends the input: history, 以上, separators, links, signature lines
 * (a company name alone, an address, a contact) and short lines beside a signature line. Only there is
 * a line taken for part of a signature, so that an article that names a company stays whole.
 */
import type { InputLine } from '../types.js';
import { readArticleLine, readChapterLine, readLabels, readSupplLine } from './classify.js';
import { isEndMark, isHistoryHeading, isSeparator, isSignatureLine, readHistoryEntry } from './matter.js';

function isHeadingLine(l: InputLine): boolean {
  return l.heading !== null || l.bold;
}

/** Whether a line opens a part of the terms (so it can never be trailing matter). */
function opensPart(l: InputLine): boolean {
  return readChapterLine(l.text, l.heading !== null) !== null || readSupplLine(l.text) !== null || readArticleLine(l.text, { heading: isHeadingLine(l), captionAbove: false, expected: null }) !== null;
}

/** Whether a line is trailing matter on its own (whatever stands around it). */
function isMatter(l: InputLine): boolean {
  return isEndMark(l.text) || isSeparator(l.text) || isHistoryHeading(l.text) || readHistoryEntry(l.text) !== null || l.linksOnly === true;
}

/**
 * Index of the first line of the block that ends the input and holds only trailing matter (history,
 * end mark, separators, signature lines, and short lines beside a signature line), lines.length if none.
 * @param lines the input lines
 */
export function findTrailing(lines: readonly InputLine[]): number {
  let from = lines.length;
  let signature = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (!l || opensPart(l)) break;
    const strong = isSignatureLine(l.text);
    const short = signature && !l.marker && l.text.length <= 40 && !/。/u.test(l.text) && readLabels(l.text).every((c) => !c.strong);
    if (!strong && !short && !isMatter(l) && l.breakBefore !== 'wrap') break;
    signature ||= strong;
    from = i;
  }
  return from;
}

