/**
 * Lines of NDJSON: split as readline splits them (the numbering `terms check` has always used), counted
 * from bytes exactly as splitting the text would count them, and cut only between whole lines.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLines, isBlank, lineEndFrom, splitLines, wholeLinesLength } from '../../../src/check/stream/index.js';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** Text made of what matters to lines: breaks of every kind, blanks of every kind, JSON-ish and non-ASCII characters. */
const texts = fc.array(fc.constantFrom('\n', '\r', '\r\n', ' ', '\t', '\u3000', '\uFEFF', '{', '}', 'a', '"', 'é', '日', '𠮷'), { maxLength: 40 }).map((parts) => parts.join(''));

async function readlineLines(pieces: string[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: Readable.from(pieces), crlfDelay: Infinity })) lines.push(line);
  return lines;
}

describe('splitLines', () => {
  it('should end lines at \\n, \\r\\n and a lone \\r, and drop only an empty last line', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('a')).toEqual(['a']);
    expect(splitLines('a\nb')).toEqual(['a', 'b']);
    expect(splitLines('a\r\nb\r\n')).toEqual(['a', 'b']);
    expect(splitLines('a\rb\r')).toEqual(['a', 'b']);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
    expect(splitLines('\n')).toEqual(['']);
    expect(splitLines('a\r\r\nb')).toEqual(['a', '', 'b']);
  });

  it('should give the lines readline gives (crlfDelay: Infinity), however the input arrives', async () => {
    await fc.assert(
      fc.asyncProperty(texts, fc.array(fc.nat(), { maxLength: 3 }), async (text, cuts) => {
        const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...at].map((from, i) => text.slice(from, at[i] ?? text.length)).filter((p) => p !== '');
        expect(splitLines(text)).toEqual(await readlineLines(pieces));
      }),
      { numRuns: 300 },
    );
  });
});

describe('isBlank', () => {
  it('should take whitespace of every kind (and a lone byte-order mark) as blank, and nothing else', () => {
    for (const blank of ['', ' ', '\t', '\u3000', '\uFEFF', ' \u3000\t']) expect(isBlank(blank)).toBe(true);
    for (const line of ['{', ' {', '\uFEFF{', 'x', '日']) expect(isBlank(line)).toBe(false);
  });
});

describe('countLines', () => {
  it('should count from the bytes what splitting the text counts', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const lines = splitLines(text);
        expect(countLines(utf8(text))).toEqual({ lines: lines.length, contracts: lines.filter((l) => !isBlank(l)).length });
      }),
      { numRuns: 1000 },
    );
  });

  it('should count a view into a larger buffer by its own bytes', () => {
    const whole = utf8('x\n{"a":1}\n\n{"b":2}\nyy');
    expect(countLines(whole.subarray(2, 18))).toEqual({ lines: 3, contracts: 2 });
  });
});

describe('wholeLinesLength', () => {
  it('should cut after the last \\n, else after the last \\r that is not the final byte', () => {
    expect(wholeLinesLength(utf8('a\nb\nc'))).toBe(4);
    expect(wholeLinesLength(utf8('a\r\nb'))).toBe(3);
    expect(wholeLinesLength(utf8('a\rb'))).toBe(2);
    // The byte after a final \r is not known yet: it may be the \n of a \r\n.
    expect(wholeLinesLength(utf8('a\r'))).toBe(0);
    expect(wholeLinesLength(utf8('\r'))).toBe(0);
    expect(wholeLinesLength(utf8('abc'))).toBe(0);
    expect(wholeLinesLength(new Uint8Array(0))).toBe(0);
  });

  it('should leave before the cut exactly the lines the whole text has there', () => {
    fc.assert(
      fc.property(texts, texts, (head, tail) => {
        const bytes = utf8(head + tail);
        const cut = wholeLinesLength(bytes);
        const before = splitLines(bytes.subarray(0, cut).toString('utf8'));
        const after = splitLines(bytes.subarray(cut).toString('utf8'));
        expect([...before, ...after]).toEqual(splitLines(head + tail));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('lineEndFrom', () => {
  it('should find the end of the line that reaches a position, or say that it is not known yet', () => {
    expect(lineEndFrom(utf8('ab\ncd\nef'), 0)).toBe(3);
    expect(lineEndFrom(utf8('ab\ncd\nef'), 3)).toBe(6);
    expect(lineEndFrom(utf8('ab\ncd\nef'), 6)).toBe(-1);
    expect(lineEndFrom(utf8('ab\r\ncd'), 0)).toBe(4);
    expect(lineEndFrom(utf8('ab\rcd'), 0)).toBe(3);
    expect(lineEndFrom(utf8('ab\r'), 0)).toBe(-1);
  });

  it('should cut only where the whole text has a line break', () => {
    fc.assert(
      fc.property(texts, fc.nat(), (text, at) => {
        const bytes = utf8(text);
        const end = lineEndFrom(bytes, at % (bytes.length + 1));
        if (end === -1) return;
        const lines = [...splitLines(bytes.subarray(0, end).toString('utf8')), ...splitLines(bytes.subarray(end).toString('utf8'))];
        expect(lines).toEqual(splitLines(text));
      }),
      { numRuns: 1000 },
    );
  });
});
