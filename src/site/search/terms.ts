/**
 * Which morphemes become search terms. Content words (nouns, verbs, adjectives, adverbs) are terms under
 * their base form, reachable from their surface too; runs of nouns also form compounds (反社会的勢力,
 * 解約希望日, and each stretch of a run: 損害賠償 in 損害賠償責任) so that a query for a whole word finds it. Everything else (particles, auxiliary
 * verbs, する, こと …) is still known, so that the client can skip it in a query, but is no term.
 */
import type { Token } from '../../tokenize/index.js';
import { toHiragana } from './kana.js';
import { normalizeKey } from './normalize.js';

/** A term found in a text: its canonical form, the strings that look it up, and how it is written there. */
export interface TermOccurrence {
  term: string;
  keys: string[];
  form: string;
  /** Its reading in hiragana (解約 → かいやく), when the dictionary reads every part of it. */
  reading?: string;
}

/** What a tokenized text contributes to the index. */
export interface TextTerms {
  terms: TermOccurrence[];
  /** Keys of words that are not terms: a query skips them. */
  ignored: string[];
}

const STOPWORDS = new Set(['する', 'ある', 'いる', 'なる', 'できる', 'おる', 'いう', 'れる', 'られる', 'せる', 'ない', 'こと', 'もの', 'ため', 'よう', 'とき', 'ところ', 'その他', 'その']);
const CONTENT_POS = new Set(['名詞', '動詞', '形容詞', '副詞']);
const LONGEST_COMPOUND = 16;

/** A token's reading in hiragana (解約 → かいやく), or null when the dictionary has none. */
function readingOf(token: Token): string | null {
  return token.reading && token.reading !== '*' ? toHiragana(token.reading) : null;
}

/** The lookup keys of a word: its normalised forms. */
function keysOf(forms: readonly string[]): string[] {
  return [...new Set(forms.map(normalizeKey))].filter((k) => k !== '');
}

/** A term occurrence, with its reading when there is one. */
function occurrence(term: string, forms: readonly string[], form: string, reading: string | null): TermOccurrence {
  return reading ? { term, keys: keysOf(forms), form, reading: normalizeKey(reading) } : { term, keys: keysOf(forms), form };
}

function baseOf(token: Token): string {
  return token.basic_form && token.basic_form !== '*' ? token.basic_form : token.surface_form;
}

/** Whether a token can stand in a compound noun: nouns (not 非自立 or pronouns) and noun prefixes. */
function compoundPart(token: Token): boolean {
  if (token.pos === '接頭詞') return token.pos_detail_1 === '名詞接続';
  return token.pos === '名詞' && token.pos_detail_1 !== '非自立' && token.pos_detail_1 !== '代名詞';
}

/** Whether a token is a term on its own. */
function contentWord(token: Token): boolean {
  if (!CONTENT_POS.has(token.pos) || STOPWORDS.has(baseOf(token))) return false;
  return !['非自立', '代名詞', '数', '接尾'].includes(token.pos_detail_1);
}

/**
 * The terms of a tokenized text.
 * @param tokens kuromoji's morphemes of the text
 */
export function termsOf(tokens: readonly Token[]): TextTerms {
  const terms: TermOccurrence[] = [];
  const ignored: string[] = [];
  let run: Token[] = [];
  // Every stretch of two or more nouns of a run is a compound: 損害賠償責任 also holds 損害賠償 and 賠償責任.
  const endRun = () => {
    for (let start = 0; start < run.length - 1; start++) {
      for (let end = start + 2; end <= run.length; end++) {
        const part = run.slice(start, end);
        const form = part.map((t) => t.surface_form).join('');
        const readings = part.map(readingOf);
        const reading = readings.every((r) => r !== null) ? readings.join('') : null;
        if (form.length <= LONGEST_COMPOUND) terms.push(occurrence(form, [form], form, reading));
      }
    }
    run = [];
  };
  for (const token of tokens) {
    if (compoundPart(token)) run.push(token);
    else endRun();
    const surface = token.surface_form;
    if (contentWord(token)) terms.push(occurrence(baseOf(token), [surface, baseOf(token)], surface, readingOf(token)));
    else ignored.push(...keysOf([surface, baseOf(token)]));
  }
  endRun();
  return { terms, ignored };
}
