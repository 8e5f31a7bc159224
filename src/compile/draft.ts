/**
 * The clause tree while it is being read: drafts hold what the Markdown said; numbers, labels, ids and
 * keys are settled once a whole article (or the 付則) has been read (finalize.ts).
 */
import type { Location, Num } from '../ruleset/schema.js';
import type { ParsedAnnotation } from '../annotation/parse.js';
import type { WrittenLabel } from './labels.js';
import type { SourceText } from './text.js';

export type { LevelName as Level } from '../ruleset/levels.js';
import type { LevelName as Level } from '../ruleset/levels.js';

/** A clause while its article is still being read. */
export interface Draft {
  level: Level;
  sentence: SourceText;
  label: WrittenLabel | null;
  /** False only for an article's unnumbered first paragraph. */
  numbered: boolean;
  children: Draft[];
  annotations: ParsedAnnotation[];
  loc: Location;
}

export interface SupplDraft {
  label: string;
  paragraphs: Draft[];
  orderedSeen: boolean;
  loc: Location;
  annotations: ParsedAnnotation[];
}

export interface ArticleDraft {
  id: string;
  num: Num;
  title: string;
  caption: { text: string; written: string } | null;
  key: string;
  chapter: string | null;
  paragraphs: Draft[];
  orderedSeen: boolean;
  annotations: ParsedAnnotation[];
  loc: Location;
}

/** An annotation bound to the clause it describes. */
export interface BoundAnnotation {
  annotation: ParsedAnnotation;
  clause: string;
  key: string;
}
