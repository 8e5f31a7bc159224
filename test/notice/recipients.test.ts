/**
 * The recipients CSV as Excel writes it (BOM, CRLF, quoted fields with commas, quotes and line breaks),
 * with English or Japanese headers; one message per bad row, everything reported together.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEmailAddress, parseCsv, readRecipients } from '../../src/notice/index.js';
import { failure } from './support.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('parseCsv', () => {
  it('should read quoted fields, doubled quotes, line breaks inside quotes, a BOM and CRLF', () => {
    const { records, unterminated } = parseCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""","line1\r\nline2"\r\nplain,,end\r\n');
    expect(unterminated).toBeNull();
    expect(records.map((r) => r.fields)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line1\r\nline2'],
      ['plain', '', 'end'],
    ]);
    expect(records.map((r) => [r.row, r.line])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
    ]);
  });

  it('should read LF and CR line ends and a last line without one', () => {
    expect(parseCsv('a,b\nc,d\re,f').records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('should report an unterminated quote with the row and line it starts on', () => {
    const { records, unterminated } = parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(unterminated).toEqual({ row: 3, line: 3 });
  });
});

describe('readRecipients', () => {
  it('should read English headers in any order, extra columns, quoted names and blank lines', () => {
    const csv = '\uFEFFcontract,Email,note,Name\r\nC-1,taro@example.jp,x,"山田, 太郎"\r\n\r\nC-2, hanako@example.jp ,,佐藤 花子\r\n';
    expect(readRecipients(bytes(csv), 'r.csv')).toEqual({
      recipients: [
        { name: '山田, 太郎', email: 'taro@example.jp', contract: 'C-1', row: 2 },
        { name: '佐藤 花子', email: 'hanako@example.jp', contract: 'C-2', row: 4 },
      ],
      problems: [],
    });
  });

  it('should read the Japanese headers 氏名/名前, メールアドレス, 契約番号', () => {
    for (const name of ['氏名', '名前']) {
      const { recipients } = readRecipients(bytes(`${name},メールアドレス,契約番号\n山田,taro@example.jp,C-1\n`), 'r.csv');
      expect(recipients).toEqual([{ name: '山田', email: 'taro@example.jp', contract: 'C-1', row: 2 }]);
    }
  });

  it('should give one message per bad row and keep the good rows', () => {
    const csv = [
      'name,email,contract',
      '一郎,ichiro@example.jp,C-1',
      '二郎,,C-2',
      '三郎,saburo@,C-3',
      '四郎,shiro@example.jp,',
      '五郎,goro@example.jp,C-1',
      '六郎,"roku ro@example.jp",C-6',
      '七郎,nana＠example.jp,C-7',
      '八郎,hachi@example.jp,C-8',
    ].join('\n');
    const { recipients, problems } = readRecipients(bytes(csv), 'r.csv');
    expect(recipients.map((r) => r.contract)).toEqual(['C-1', 'C-8']);
    expect(problems).toEqual([
      'r.csv 3行目 / row 3: メールアドレスがありません / missing email',
      'r.csv 4行目 / row 4: メールアドレスが正しくありません / invalid email address: saburo@',
      'r.csv 5行目 / row 5: 契約番号がありません / missing contract id',
      'r.csv 6行目 / row 6: 契約番号 C-1 は 2行目と重複しています / duplicate contract id (row 2)',
      'r.csv 7行目 / row 7: メールアドレスが正しくありません / invalid email address: roku ro@example.jp',
      'r.csv 8行目 / row 8: メールアドレスが正しくありません（全角の＠） / invalid email address: nana＠example.jp',
    ]);
  });

  it('should refuse a file with an unterminated quote, listing the bad rows before it too (exit 2)', () => {
    const csv = 'name,email,contract\n一郎,,C-1\n二郎,jiro@example.jp,"C-2\n三郎,saburo@example.jp,C-3\n';
    const { message, exitCode } = failure(() => readRecipients(bytes(csv), 'r.csv'));
    expect(exitCode).toBe(2);
    expect(message.split('\n').slice(1)).toEqual([
      'r.csv 2行目 / row 2: メールアドレスがありません / missing email',
      'r.csv 3行目 / row 3: 引用符 " が閉じられていません / unterminated quoted field',
    ]);
  });

  it('should refuse a header without the required columns, and a file that is not UTF-8', () => {
    expect(failure(() => readRecipients(bytes('氏名,電話\nA,1\n'), 'r.csv')).message).toContain('見出しに email, contract の列がありません');
    const shiftJis = Uint8Array.from([0x8e, 0x81, 0x96, 0xbc, 0x0a]); // 氏名 in Shift_JIS
    expect(failure(() => readRecipients(shiftJis, 'r.csv')).message).toContain('UTF-8 ではありません');
  });
});

describe('isEmailAddress', () => {
  it.each(['taro@example.jp', 'first.last+tag@mail.example.co.jp', 'ユーザー@例え.jp'])('should accept %s', (a) => {
    expect(isEmailAddress(a)).toBe(true);
  });
  it.each(['', 'taro', 'taro@', '@example.jp', 'taro@example', 'taro@@example.jp', 'a b@example.jp', 'Taro <taro@example.jp>', 'taro＠example.jp', 'taro@example..jp'])(
    'should refuse %s',
    (a) => {
      expect(isEmailAddress(a)).toBe(false);
    },
  );
});

describe('parseCsv, against the character-at-a-time reader it replaced', () => {
  it('should read any text the same way', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\r', '\n', '\r\n', '様', ' ', '\uFEFF'), maxLength: 60 });
    fc.assert(
      fc.property(text, (t) => {
        expect(parseCsv(t)).toEqual(referenceParseCsv(t));
      }),
      { numRuns: 2000 },
    );
  });
});

/** The reader before fields were taken as slices (kept here as the reference). */
function referenceParseCsv(text: string): ReturnType<typeof parseCsv> {
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: ReturnType<typeof parseCsv>["records"] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRecord = () => {
    fields.push(field);
    records.push({ fields, row: records.length + 1, line: start });
    fields = [];
    field = '';
    start = line;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && s[i + 1] !== '\n')) line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      line++;
      endRecord();
    } else {
      field += c;
    }
  }
  if (quoted) return { records, unterminated: { row: records.length + 1, line: quoteLine } };
  if (field !== '' || fields.length) endRecord();
  return { records, unterminated: null };
}
