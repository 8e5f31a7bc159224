/**
 * defined-term: the terms defined in 第２条 (and inline, 以下「…」) are used as defined. Reported are
 * words that look like a defined term but are not one:
 * - 本 + the head of a defined term (本契約 beside 利用契約, 本規約 beside 利用規約);
 * - a defined term + 等 that is not itself defined (利用規約等 beside 利用契約等 and 利用規約);
 * - a defined term written in another width (ユーザーID for ユーザーＩＤ).
 * The text is read whole, 「」 included, so a quoted 「本規約」 is reported like an unquoted one.
 */
import { toHalfwidthAscii } from '../../numbers/index.js';
import type { LintContext, SentenceClause } from '../context.js';
import { exampleDocument } from '../example.js';
import type { Finding, LintRule } from '../types.js';

/** Characters that continue a word (a term ends where one of these does not follow). */
const WORD_CHAR = /[\p{Script=Han}\p{Script=Katakana}ー々Ａ-Ｚａ-ｚA-Za-z０-９0-9]/u;


/** Where defined terms occur, longest first at each position: `[start, end)`. */
function occurrences(text: string, terms: readonly string[]): Array<[number, number]> {
  const firsts = new Set(terms.map((t) => t[0]));
  const out: Array<[number, number]> = [];
  for (let i = 0; i < text.length; ) {
    const term = firsts.has(text[i]) ? terms.find((t) => text.startsWith(t, i)) : undefined;
    if (term) {
      out.push([i, i + term.length]);
      i += term.length;
    } else i++;
  }
  return out;
}

/** The terms of a clause, longest first, and the heads (proper suffixes of two characters or more) of each. */
interface Vocabulary {
  set: ReadonlySet<string>;
  terms: string[];
  /** Head → the defined terms it ends, longest head first. */
  heads: Array<[string, string[]]>;
}

function vocabulary(set: ReadonlySet<string>): Vocabulary {
  const terms = [...set].sort((a, b) => b.length - a.length);
  const heads = new Map<string, string[]>();
  for (const term of terms) {
    for (let k = 1; k <= term.length - 2; k++) {
      const head = term.slice(k);
      if (set.has(`本${head}`)) continue;
      heads.set(head, [...(heads.get(head) ?? []), term]);
    }
  }
  return { set, terms, heads: [...heads].sort((a, b) => b[0].length - a[0].length) };
}

function check(clause: SentenceClause, vocab: Vocabulary, context: LintContext): Finding[] {
  const { set, terms, heads } = vocab;
  const text = clause.sentence;
  const used = occurrences(text, terms);
  const inTerm = (i: number) => used.some(([s, e]) => i >= s && i < e);
  const findings: Finding[] = [];
  const report = (offset: number, word: string, expected: string[]) =>
    findings.push({
      message: `定義されていない用語です: ${word}（定義語は ${expected.join('・')}） / Unexpected ${word}, expected the defined term ${expected.join(' or ')}`,
      place: context.place(clause, offset, word.length),
      clause: clause.id,
    });

  for (let i = text.indexOf('本'); i >= 0; i = text.indexOf('本', i + 1)) {
    if (inTerm(i)) continue;
    // The longest head right after 本 that ends the word there.
    const found = heads.find(([head]) => {
      const end = i + 1 + head.length;
      return text.startsWith(head, i + 1) && (end >= text.length || !WORD_CHAR.test(text[end] ?? '') || text[end] === '等');
    });
    if (found) report(i, `本${found[0]}`, found[1]);
  }

  for (let j = text.indexOf('等'); j >= 0; j = text.indexOf('等', j + 1)) {
    if (inTerm(j)) continue;
    const term = terms.find((t) => !t.endsWith('等') && text.slice(j - t.length, j) === t);
    if (!term || set.has(`${term}等`)) continue;
    const similar = terms.filter((t) => t.endsWith('等') && t.slice(0, 2) === term.slice(0, 2));
    report(j - term.length, `${term}等`, [...similar, term]);
  }

  const folded = toHalfwidthAscii(text);
  for (const term of terms) {
    const key = toHalfwidthAscii(term);
    if (key === term && !/[!-~]/u.test(term)) continue;
    for (let i = folded.indexOf(key); i >= 0; i = folded.indexOf(key, i + 1)) {
      const written = text.slice(i, i + term.length);
      if (written !== term && !inTerm(i)) {
        findings.push({
          message: `定義語と表記が異なります: ${written} / Unexpected ${written}, expected the defined term ${term}`,
          place: context.place(clause, i, term.length),
          clause: clause.id,
        });
      }
    }
  }
  return findings.sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column);
}

/** The definitions article both examples share. */
const DEFINITIONS = `## 第１条（定義） {#a}

利用規約においては、次の用語はそれぞれ次の意味で使用します。

\`\`\`rule
kind: definitions
\`\`\`

- 利用規約 本書

- 利用契約 利用規約に基づく契約

- 利用契約等 利用契約及び利用規約

- ユーザーＩＤ 契約者を識別する符号
`;

export const definedTerm: LintRule = {
  id: 'defined-term',
  severity: 'error',
  description: '定義語に似た未定義の語（本〜・〜等・表記違い）を使わない / no undefined look-alikes of defined terms (本〜, 〜等, other widths)',
  check(_ruleSet, context) {
    // Articles with their own (article-scope) terms get their own vocabulary; most share one.
    const vocabularies = new Map<ReadonlySet<string>, Vocabulary>();
    return context.sentences.flatMap((clause) => {
      const set = context.termsFor(clause.id);
      if (set.size === 0) return [];
      let vocab = vocabularies.get(set);
      if (!vocab) vocabularies.set(set, (vocab = vocabulary(set)));
      return check(clause, vocab, context);
    });
  },
  examples: {
    ok: [
      exampleDocument(`
${DEFINITIONS}
## 第２条（解除） {#b}

当社は、本条に違反した契約者との利用契約等を解除し、ユーザーＩＤを削除できます。本店の所在地は、別に通知します。
`),
    ],
    notOk: [
      {
        markdown: exampleDocument(`
${DEFINITIONS}
## 第２条（解除） {#b}

当社は、本契約を解除できます。

2. 利用規約等のうち、性質上適用できないものを除きます。

3. 当社は、ユーザーIDを削除し、「本規約」の定めに従います。
`),
        findings: [
          { clause: 'art-2-p1', line: 30, column: 5, message: '定義されていない用語です: 本契約（定義語は 利用契約） / Unexpected 本契約, expected the defined term 利用契約' },
          { clause: 'art-2-p2', line: 32, column: 4, message: '定義されていない用語です: 利用規約等（定義語は 利用契約等・利用規約） / Unexpected 利用規約等, expected the defined term 利用契約等 or 利用規約' },
          { clause: 'art-2-p3', line: 34, column: 8, message: '定義語と表記が異なります: ユーザーID / Unexpected ユーザーID, expected the defined term ユーザーＩＤ' },
          { clause: 'art-2-p3', line: 34, column: 20, message: '定義されていない用語です: 本規約（定義語は 利用規約） / Unexpected 本規約, expected the defined term 利用規約' },
        ],
      },
    ],
  },
};
