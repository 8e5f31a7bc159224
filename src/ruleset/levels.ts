/**
 * The levels of a clause below the article, in one table: their names in the rule set (kind, level,
 * id marker), in Japanese (項, 号, 号の細分), their depth, and the grammar fragments of their written
 * labels and of the headings around them. Compile, import, lint and diff read them from here instead of
 * spelling their own copies.
 */
import { IROHA_CHARS, NUMBER_CHARS } from '../numbers/index.js';

/** A level's name in code: what the compiler's drafts and the importer call it. */
export type LevelName = 'paragraph' | 'item' | 'subitem';

/** One level of the clause tree below the article. */
export interface ClauseLevel {
  name: LevelName;
  /** The rule set's `kind` of a clause at this level (法令標準XML's element name). */
  kind: 'Paragraph' | 'Item' | 'Subitem1';
  /** 0 for 項, 1 for 号, 2 for 号の細分. */
  depth: 0 | 1 | 2;
  /** The Japanese name: 項, 号, 号の細分. */
  ja: '項' | '号' | '号の細分';
  /** The letter of the level in clause ids: `art-15-p1-i2-s1`. */
  marker: 'p' | 'i' | 's';
  /** A written label at the start of a sentence; group 2 (or 3) is the number as written. */
  label: RegExp;
}

/** 項, 号, 号の細分, outermost first. */
export const LEVELS: readonly [ClauseLevel, ClauseLevel, ClauseLevel] = [
  {
    name: 'paragraph',
    kind: 'Paragraph',
    depth: 0,
    ja: '項',
    marker: 'p',
    label: new RegExp(`^(([${NUMBER_CHARS}]+)[．.])[ 　]*`, 'u'),
  },
  {
    name: 'item',
    kind: 'Item',
    depth: 1,
    ja: '号',
    marker: 'i',
    label: new RegExp(`^([（(]([${NUMBER_CHARS}]+)[）)]|([⑴-⒇①-⑳]))[ 　]*`, 'u'),
  },
  {
    name: 'subitem',
    kind: 'Subitem1',
    depth: 2,
    ja: '号の細分',
    marker: 's',
    label: new RegExp(`^([（(]([ア-ン])[）)]|([${IROHA_CHARS}])[ 　])[ 　]*`, 'u'),
  },
];

/** The level of a name. */
export function levelNamed(name: LevelName): ClauseLevel {
  return LEVELS.find((l) => l.name === name) ?? LEVELS[0];
}

/** The level of a rule set clause kind. */
export function levelOfKind(kind: ClauseLevel['kind']): ClauseLevel {
  return LEVELS.find((l) => l.kind === kind) ?? LEVELS[0];
}

/** The level one below, or null under 号の細分 (the deepest the format has). */
export function levelBelow(level: ClauseLevel): ClauseLevel | null {
  return LEVELS[level.depth + 1] ?? null;
}

/** Grammar fragments of headings, shared by the compiler and the importer. */
export const HEADING = {
  /** A written number: 14, １４, 十四. */
  number: `[${NUMBER_CHARS}]+`,
  /** Spaces a heading may hold between its parts (half-width, full-width, tab). */
  space: '[ \\t　]',
  /** What may separate a 章's number from its title: spaces, a colon (half- or full-width), or nothing. */
  chapterSeparator: '[ \\t　]*[:：]?[ \\t　]*',
  /** A caption in full- or half-width brackets. */
  caption: '[（(].*[）)]',
  /** 附則 / 付則, with a space inside (附 則) and an optional note (附則（2020年4月1日）). */
  suppl: '(?:付|附)[ \\t　]*則(?:[ \\t　]*[（(].*[）)])?',
} as const;
