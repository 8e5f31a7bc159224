/**
 * The check of many emails that share their end (the statutory check reads the shared end once): a
 * part's beginning read alone reads as it does with any rest after it, or is refused; and a checker used
 * for a run of emails finds in each what the check of that email alone finds, whatever each beginning
 * holds (markup that hides or opens what follows, the elements themselves, or nothing).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStatutoryChecker, emailForms, renderEmail, statutoryProblems, type NoticeContext } from '../../src/notice/index.js';
import { readBeginning, readPart } from '../../src/notice/reading.js';
import { createSharedEnds } from '../../src/notice/shared-end.js';
import { realContext, RECIPIENT } from './support.js';

let context: NoticeContext;
beforeAll(async () => {
  context = await realContext();
});

/** Text made of what the reader's patterns look at: comments, hidden elements, links, tags, entities, URLs, line breaks. */
const nasty = (extra: string[] = []) =>
  fc
    .array(
      fc.constantFrom(
        '<!--', '-->', '<head>', '</head>', '<script>', '</script >', '<STYLE', '</style>', '<p>', '</p>', '<br>', '<a href="', "HREF='", 'href', '"', "'",
        '<', '>', '&amp;', '&#x41', '&lt', ';', '&', '\n', '。', 'https://x.example/', ' ', 'a', '\u3099', '２０２７', '=', ...extra,
      ),
      { maxLength: 24 },
    )
    .map((pieces) => pieces.join(''));

describe('readBeginning', () => {
  it('should read a beginning as it reads with any rest after it, or refuse it', () => {
    let read = 0;
    fc.assert(
      fc.property(nasty(), nasty(), fc.constantFrom('text' as const, 'html' as const), (b, rest, format) => {
        const beginning = `${b}\n`;
        const alone = readBeginning({ format, content: beginning });
        if (alone === null) return;
        read++;
        const tail = readPart({ format, content: rest });
        expect(readPart({ format, content: beginning + rest })).toEqual({ text: alone.text + tail.text, links: [...alone.links, ...tail.links] });
      }),
      { numRuns: 3000 },
    );
    // Not every beginning is refused: the property above was put to the test.
    expect(read).toBeGreaterThan(1000);
  });

  it('should refuse a beginning that leaves a comment, a link or a tag open, or does not end a line', () => {
    for (const content of ['<p>a<!--\n', '<p><a href="x\n', '<p\n', '<script>\n', '<p>a</p>']) expect(readBeginning({ format: 'html', content })).toBeNull();
    expect(readBeginning({ format: 'html', content: '<head><title>t</title></head><p>a<!-- b --></p>\n' })).toEqual({ text: '\na\n\n', links: [] });
  });
});

describe('createSharedEnds', () => {
  it('should cut each string after a line break before the end it shares with the one before, and read that end once', () => {
    const ends: string[] = [];
    const cut = createSharedEnds({ readBeginning: (b) => b.length, readEnd: (e) => ends.push(e), minLength: 4 });
    expect(cut('one\nshared\nend')).toBeNull();
    expect(cut('two!\nshared\nend')).toEqual({ beginning: 'two!\n', beginningValue: 5, endValue: 1 });
    expect(cut('three\nshared\nend')).toEqual({ beginning: 'three\n', beginningValue: 6, endValue: 1 });
    expect(ends).toEqual(['shared\nend']);
    // A string that does not end so is not cut by it.
    expect(cut('four\nshared\nEND')).toBeNull();
  });
});

describe('createStatutoryChecker', () => {
  const title = () => context.document.title;
  // Beginnings that may also hold the elements themselves, or hide them.
  const beginning = () => nasty([`${title()}を変更します`, '2027年1月1日', context.urls.version, `<a href="${context.urls.version}">`]);

  it('should find in each email of a run what the check of that email alone finds', () => {
    const email = renderEmail(context, RECIPIENT, undefined);
    // Ends that hold every element, with a comment a beginning may open; and ends that hold none.
    const ends = {} as Record<'full' | 'bare', { text: string; html: string }>;
    ends.full = { text: email.text, html: email.html.replace('</body>', '<!-- end -->\n</body>') };
    ends.bare = { text: 'お知らせ\n'.repeat(600), html: '<p>お知らせ</p>\n'.repeat(300) + '<!-- c -->\n' };
    let complete = 0;
    let incomplete = 0;
    fc.assert(
      fc.property(fc.constantFrom('full' as const, 'bare' as const), fc.array(fc.tuple(beginning(), beginning()), { minLength: 2, maxLength: 6 }), (which, beginnings) => {
        const end = ends[which];
        const check = createStatutoryChecker(context);
        for (const [text, html] of beginnings) {
          const forms = emailForms({ subject: email.subject, text: `${text}\n${end.text}`, html: `${html}\n${end.html}` });
          const expected = statutoryProblems(forms, context);
          expect(check(forms)).toEqual(expected);
          if (expected.length) incomplete++;
          else complete++;
        }
      }),
      { numRuns: 300 },
    );
    expect(complete).toBeGreaterThan(50);
    expect(incomplete).toBeGreaterThan(50);
  });
});
