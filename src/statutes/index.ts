/**
 * Statute names in running text: which law a name stands for (title, abbreviation or former title), and
 * where a sentence cites one. The table is laws.ts; a name not in it is still found when an article
 * number follows it (…法第N条), so lint can report it.
 */
import { NUMBER_CHARS } from '../numbers/index.js';
import { LAWS, type Law, type LawName } from './laws.js';

export { LAWS, type Law, type LawName } from './laws.js';

/** A name looked up in the table. */
export interface KnownName {
  law: Law;
  name: LawName;
}

const BY_NAME = new Map<string, KnownName>(LAWS.flatMap((law) => law.names.map((name) => [name.name, { law, name }] as const)));

/** Every known name, longest first, as one alternation (a longer name wins where one contains another). */
const KNOWN = new RegExp(
  [...BY_NAME.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|'),
  'gu',
);
/**
 * An unknown name is only taken where an article number follows (電子帳簿保存法第４条): found at its 法,
 * then read back over the kanji and katakana before it (linear, whatever the text).
 */
const UNKNOWN_END = new RegExp(`(?:法律|法)(?=第[ \\u3000]*[${NUMBER_CHARS}]+[ \\u3000]*条)`, 'gu');
const NAME_CHAR = /[\p{Script=Han}\p{Script=Katakana}ー・]/u;

/**
 * Looks a name up.
 * @returns the law and how the name stands for it, or null when the table does not list it
 */
export function lookupStatute(name: string): KnownName | null {
  return BY_NAME.get(name) ?? null;
}

/** A statute name found in a sentence. */
export interface StatuteMention {
  start: number;
  end: number;
  name: string;
  known: KnownName | null;
}

/**
 * The statute names a sentence cites, in text order, without overlaps. 同法 is not a name (the
 * compiler reads it as the law named before).
 */
export function findStatuteNames(sentence: string): StatuteMention[] {
  const found: StatuteMention[] = [];
  for (const m of sentence.matchAll(KNOWN)) {
    found.push({ start: m.index, end: m.index + m[0].length, name: m[0], known: BY_NAME.get(m[0]) ?? null });
  }
  for (const m of sentence.matchAll(UNKNOWN_END)) {
    const end = m.index + m[0].length;
    let start = m.index;
    while (start > 0 && NAME_CHAR.test(sentence[start - 1] ?? '')) start--;
    const name = sentence.slice(start, end);
    if (start === m.index || name === '同法' || found.some((f) => start < f.end && f.start < end)) continue;
    found.push({ start, end, name, known: null });
  }
  return found.sort((a, b) => a.start - b.start);
}
