/**
 * The named intermediate forms of `terms import` (each step is a pure function from one to the next):
 * input text → {@link InputLine}s (text or Markdown reader) → {@link ImportedDocument} (structure pass)
 * → Markdown (render). Every form keeps the input line number of what it holds, so the report can
 * point a person at the line.
 */
import type { LevelName } from '../ruleset/levels.js';
import type { Num } from '../ruleset/schema.js';

/** What the input is: text extracted from a PDF or Word file, or Markdown written by hand. */
export type InputFormat = 'text' | 'markdown';

/**
 * What separates a line from the line before it:
 * - `wrap`: the line before was broken by the layout (known from the input, e.g. no trailing space
 *   where real line ends have one), so this line continues it whatever it looks like;
 * - `line`: an ordinary line end, which may or may not end a clause;
 * - `hard`: a real break (an empty line, a line end marked as real, a new Markdown block).
 */
export type BreakKind = 'wrap' | 'line' | 'hard';

/** A Markdown list item that starts on this line: its marker is markup, not text. */
export interface ListMarker {
  ordered: boolean;
  /** The number written in an ordered marker (`3.` → 3), or null for a bullet. */
  value: number | null;
  /** Nesting depth, 0 for a list at the top of the document. */
  depth: number;
}

/** One line of the input as the structure pass reads it: markup stripped, page furniture removed. */
export interface InputLine {
  /** 1-based line number in the input. */
  line: number;
  /** The text, trimmed; never empty. */
  text: string;
  breakBefore: BreakKind;
  /** Markdown heading depth (1–6) when the line is a heading, else null. */
  heading: number | null;
  /** Whether the whole line is bold (`**（目的）**`): a heading written as emphasis. */
  bold: boolean;
  marker: ListMarker | null;
  /**
   * Markdown: the nesting depth of the list item that holds this line when the line is a block of
   * its own inside the item (a paragraph indented under `1.`), else absent.
   */
  listDepth?: number;
  /** Markdown: the line is nothing but links or images (a language switch, a badge, a table of contents). */
  linksOnly?: boolean;
}

/** A 項, 号 or 号の細分 as imported. */
export interface ImportedClause {
  /** Its level below the article (ruleset/levels.ts: 項, 号, 号の細分). */
  level: LevelName;
  /** The label as written in the input text, trailing spaces included, or null (none, or markup). */
  label: string | null;
  /** Whether the label must be written out because the numbering style would not produce it. */
  explicit: boolean;
  /** The clause's own text, without its label and without its children. */
  text: string;
  line: number;
  children: ImportedClause[];
}

/** A 章 heading. */
export interface ImportedChapter {
  kind: 'chapter';
  line: number;
  /** 第１章 総則, as written (a space added after 章 when there was none). */
  title: string;
}

/** A 条. */
export interface ImportedArticle {
  kind: 'article';
  line: number;
  num: Num;
  /** 第14条 as written (spaces inside removed). */
  title: string;
  caption: { written: string; text: string } | null;
  /** The stable key written after the heading (`{#cancellation}`), kept when importing the project's Markdown. */
  key?: string;
  paragraphs: ImportedClause[];
}

/** The 付則 / 附則. */
export interface ImportedSuppl {
  line: number;
  /** 付則 or 附則, with a parenthesised note if one was written (附則（2020年4月1日）). */
  label: string;
  paragraphs: ImportedClause[];
}

/** A text guessed from the input, with where it was found. */
export interface Guessed {
  text: string;
  line: number;
}

/** One dated entry of a 制定・改定履歴 (`2017年4月1日 施行`, `【2023年1月25日改定】`). */
export interface HistoryEntry {
  /** The date as YYYY-MM-DD. */
  date: string;
  /** The entry as written. */
  text: string;
  line: number;
}

/** The 制定・改定履歴 after the articles (or after the 附則), and the end mark 以上. */
export interface ImportedHistory {
  line: number;
  /** A heading over the entries as written (`改定履歴`), or null. */
  heading: Guessed | null;
  entries: HistoryEntry[];
  /** Where 「以上」 stood, or null. */
  endMark: number | null;
}

/** The whole imported document, before it is written as Markdown. */
export interface ImportedDocument {
  /** The first heading (or title-like line) before the first article that is no article. */
  title: Guessed | null;
  /** The 前文: paragraphs between the title and the first article. */
  preamble: Guessed[];
  /** Chapters and articles in order. */
  body: Array<ImportedChapter | ImportedArticle>;
  suppl: ImportedSuppl | null;
  history: ImportedHistory | null;
  /** A signature block (company, address, contact) after the articles, line by line. */
  signature: Guessed[];
}
