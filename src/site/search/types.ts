/**
 * The search index (`/search/index.json`): built at build time with kuromoji, read by the browser, which
 * never loads a dictionary. Arrays refer to each other by position to keep the file small.
 *
 * How a query is answered without a tokenizer: `keys` holds every string the index knows (the surface
 * and the base form of every content word and compound noun of the terms, NFKC-normalised, lower case)
 * mapped to a term. The client splits the query by longest match against `keys` (「解約した」 → 解約 + し,
 * 「支払わない」 → 支払わ → 支払う), so conjugated and dictionary forms meet at the same term, then looks
 * each term's clauses up in `postings`. Characters no key covers are searched as literal text.
 */

/** One document in the index (its version in force). */
export interface IndexedDocument {
  id: string;
  title: string;
  version: string;
  /** The page the results link to (`/knet-cloud/`). */
  url: string;
}

/** One article (or the 付則). */
export interface IndexedArticle {
  /** Position of its document in `documents`. */
  doc: number;
  id: string;
  /** 第14条 (付則 for the 付則). */
  title: string;
  /** 契約者からの利用契約の解約, or '' */
  caption: string;
  /** The article's number as a query names it (`14`, `4_2`); absent for the 付則. */
  num?: string;
}

/** One clause with a sentence of its own (項, 号, 号の細分). */
export interface IndexedClause {
  /** Position of its article in `articles`. */
  article: number;
  id: string;
  /** 第14条第２項 */
  name: string;
  /** Its sentence, label first, as written. */
  text: string;
  /** Length of the sentence in terms (for length normalisation). */
  length: number;
}

/** The index. */
export interface SearchIndex {
  version: 2;
  documents: IndexedDocument[];
  articles: IndexedArticle[];
  clauses: IndexedClause[];
  /** Each term's canonical form (a base form or a compound). */
  terms: string[];
  /** Each term's forms as written in the text, for highlighting (支払う: 支払わ, 支払い …). */
  forms: string[][];
  /** Each term's clauses as flat pairs: clause position, occurrences in it. */
  postings: number[][];
  /** Every lookup string (normalised surface, base form or compound) → term position. */
  keys: Record<string, number>;
  /**
   * Readings in hiragana (かいやく, はんしゃかいてきせいりょく) → term position. A query word written all in kana is
   * read with them when they cover it whole; otherwise kana would meet readings by accident (た, すま).
   */
  readings: Record<string, number>;
  /** The defined terms (定義語): normalised term → the positions of the clauses that define it. */
  definitions: Record<string, number[]>;
  /**
   * Synonyms from the configuration (SLA → サービスレベル, 解約 ↔ 解除): term position → the terms a query for it
   * also finds.
   */
  synonyms: Record<string, number[]>;
  /**
   * The clauses that carry the rule for a thing (an annotation whose subject names it): term position →
   * clause positions. They rank before clauses that only mention it.
   */
  governs: Record<string, number[]>;
}
