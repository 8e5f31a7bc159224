/**
 * The diff of two compiled versions: the contract between `terms diff` and its consumers (notices, site).
 * schema/diff.schema.json is generated from / tested against these types.
 */

/** Schema identifier of a diff (its `schema` field and the JSON Schema's `$id`). */
export const DIFF_SCHEMA_ID = 'https://knet-terms.dev/schema/diff-1.schema.json';

/** One run of a redline: text both versions share, or text only the old / only the new has. */
export interface Segment {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

export type ClauseStatus = 'unchanged' | 'modified' | 'added' | 'removed' | 'moved';

/** Editorial: whitespace, 全角/半角, punctuation, pure renumbering. Substantive: wording or rules. */
export type ChangeClass = 'editorial' | 'substantive';

/**
 * What kind of difference a change is made of. Editorial: `numbering` (the clause's number or its label's
 * style), `whitespace`, `width` (全角/半角), `punctuation`, `reference-number` (a cross-reference whose
 * number follows its renumbered target). Substantive: `wording`, `rules` (the annotation's data), `moved`
 * (the clause now stands in another article or clause).
 */
export type ChangeKind =
  | 'numbering'
  | 'whitespace'
  | 'width'
  | 'punctuation'
  | 'reference-number'
  | 'wording'
  | 'rules'
  | 'moved';

/** What happened to one clause (article, paragraph, item or sub-item, or the 付則). */
export interface ClauseChange {
  status: ClauseStatus;
  /** `Preamble` (前文) and `History` (制定・改定の履歴) are rows of their own, never articles. */
  level: 'Article' | 'Paragraph' | 'Item' | 'Subitem1' | 'SupplProvision' | 'Preamble' | 'History';
  /** Ids in each version (`art-14-p2`); null where the clause does not exist. */
  oldId: string | null;
  newId: string | null;
  /** Stable key (survives renumbering). */
  key: string;
  /** Numbers as shown to people: 第14条第２項, 第15条第１項第８号; null where absent. */
  oldLabel: string | null;
  newLabel: string | null;
  /** Whether the clause's number changed (renumbering or a move). */
  renumbered: boolean;
  /** Null when unchanged. */
  classification: ChangeClass | null;
  /** Morpheme-level redline of the clause's own text (label included); empty when unchanged. */
  redline: Segment[];
  /**
   * The clause's own text in each version, label included, without its sub-clauses (an article's is its
   * heading 第14条（…）, the 付則's its heading); null where the clause does not exist.
   */
  oldText: string | null;
  newText: string | null;
  /** Reasons from the new version's `changes` front matter that name this clause. */
  reasons: string[];
  /**
   * What the change consists of, in a fixed order (empty when unchanged, added or removed). Always set
   * by `diffRuleSets`; optional only so that hand-written diffs (fixtures) may leave it out.
   */
  kinds?: ChangeKind[];
}

/** A rule whose data changed: `art-14/cancellation` notice P2M → P3M. */
export interface RuleChange {
  status: 'added' | 'removed' | 'modified';
  kind: string;
  oldId: string | null;
  newId: string | null;
  clause: string;
  /** Changed fields as JSON-pointer-like paths with old and new values. */
  fields: Array<{ path: string; old: unknown; new: unknown }>;
}

/** A cross-reference whose target changed number, or that still points at a renumbered clause's old number. */
export interface ReferenceChange {
  kind: 'target-renumbered' | 'stale-number';
  /** Clause holding the reference in the new version. */
  from: string;
  text: string;
  /** Target id in the old version and the id the same clause has now. */
  oldTarget: string | null;
  newTarget: string | null;
  message: string;
}

export interface VersionRef {
  document: string;
  version: string;
  effective: string;
  title: string;
}

export interface TermsDiff {
  schema: 'https://knet-terms.dev/schema/diff-1.schema.json';
  from: VersionRef;
  to: VersionRef;
  /** Every clause of both versions, in the new version's order (removed ones where they stood). */
  clauses: ClauseChange[];
  rules: RuleChange[];
  references: ReferenceChange[];
  /** The new version's corrections with their reasons (front matter `changes`). */
  corrections: Array<{ clause: string; reason: string }>;
  summary: {
    added: number;
    removed: number;
    modified: number;
    moved: number;
    editorial: number;
    substantive: number;
    /** Article-level: which 条 change and how, for notices (「第18条を変更」). */
    articles: Array<{
      status: ClauseStatus;
      classification: ChangeClass | null;
      oldId: string | null;
      newId: string | null;
      label: string;
      caption: string | null;
    }>;
  };
}
