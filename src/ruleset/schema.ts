/**
 * The compiled rule set: the contract between the compiler and every consumer (lint, diff, notice,
 * checker, site). Defined once with TypeBox: the static types and `schema/ruleset.schema.json` both
 * come from these definitions, so they cannot disagree.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Rule as RuleSchema, StringEnum, type Rule } from '../annotation/schema.js';
import { Justification } from './justification.js';

/** Schema identifier written into every rule set (`schema` field) and used as the JSON Schema `$id`. */
import { RULESET_SCHEMA_ID } from './schema-id.js';

export { RULESET_SCHEMA_ID };

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/**
 * A reference to a schema kept once in the rule set schema's `$defs`: the clause kinds nest (article →
 * paragraph → item → sub-item) and inlining them made the generated validator 40× larger.
 */
const ref = <T extends TSchema>(name: string, _schema: T) => Type.Unsafe<Static<T>>({ $ref: `#/$defs/${name}` });

export const IsoDate = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'A calendar date in Japan, YYYY-MM-DD.',
});

/** A source range, 1-based lines and columns, as unist positions. */
export const Location = Type.Object(
  {
    line: Type.Integer({ minimum: 1 }),
    column: Type.Integer({ minimum: 1 }),
    endLine: Type.Integer({ minimum: 1 }),
    endColumn: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type Location = Static<typeof Location>;

/**
 * Where each part of a clause's `sentence` comes from: `[offset, line, column]` triples, one per source
 * line the sentence spans (a sentence wrapped over lines loses its line breaks).
 */
export const TextMap = Type.Array(Type.Tuple([Type.Integer(), Type.Integer(), Type.Integer()]));
export type TextMap = Static<typeof TextMap>;

/** A number as data and as written: 第十四条 → { value: 14, written: '十四' }. */
export const Num = Type.Object(
  {
    value: Type.Integer({ minimum: 0 }),
    /** Branch number for 第３条の２ (2), else absent. */
    branch: Type.Optional(Type.Integer({ minimum: 1 })),
    written: Type.String(),
  },
  { additionalProperties: false },
);
export type Num = Static<typeof Num>;

const clauseCommon = {
  /** Id from the numbering: `art-14`, `art-14-p2`, `art-15-p1-i8`, `suppl-p1`. */
  id: Type.String(),
  /** Stable key that survives renumbering (Akoma Ntoso wId). */
  key: Type.String(),
  /** Plain text of the clause and everything under it, labels included, no line breaks. */
  text: Type.String(),
  /** sha256 (hex) of `text`. */
  hash: Type.String({ pattern: '^[0-9a-f]{64}$' }),
  loc: Location,
};

const sentenceFields = {
  num: Num,
  /** The label as written in the text (`２．`, `（１）`, `イ`), or null for an unnumbered first paragraph. */
  label: Nullable(Type.String()),
  /** Whether the label was written explicitly in the source instead of derived from `numbering`. */
  labelExplicit: Type.Boolean(),
  /** The clause's own sentence(s), without its label and without its children. */
  sentence: Type.String(),
  sentenceMap: TextMap,
};

export const Subitem1 = Type.Object(
  { kind: Type.Literal('Subitem1'), ...clauseCommon, ...sentenceFields },
  { additionalProperties: false },
);
export type Subitem1 = Static<typeof Subitem1>;

export const Item = Type.Object(
  { kind: Type.Literal('Item'), ...clauseCommon, ...sentenceFields, subitems: Type.Array(ref('Subitem1', Subitem1)) },
  { additionalProperties: false },
);
export type Item = Static<typeof Item>;

export const Paragraph = Type.Object(
  { kind: Type.Literal('Paragraph'), ...clauseCommon, ...sentenceFields, items: Type.Array(ref('Item', Item)) },
  { additionalProperties: false },
);
export type Paragraph = Static<typeof Paragraph>;

export const ArticleCaption = Type.Object(
  {
    kind: Type.Literal('ArticleCaption'),
    /** Caption text without brackets: 契約者からの利用契約の解約. */
    text: Type.String(),
    /** As written, brackets included: （契約者からの利用契約の解約）. */
    written: Type.String(),
  },
  { additionalProperties: false },
);
export type ArticleCaption = Static<typeof ArticleCaption>;

export const Article = Type.Object(
  {
    kind: Type.Literal('Article'),
    ...clauseCommon,
    num: Num,
    /** 第14条 as written. */
    title: Type.String(),
    caption: Nullable(ArticleCaption),
    chapter: Nullable(Type.String()),
    paragraphs: Type.Array(ref('Paragraph', Paragraph)),
  },
  { additionalProperties: false },
);
export type Article = Static<typeof Article>;

export const Chapter = Type.Object(
  {
    kind: Type.Literal('Chapter'),
    id: Type.String(),
    num: Num,
    /** Heading as written: 第１章 総則. */
    title: Type.String(),
    articles: Type.Array(Type.String(), { description: 'Article ids in order.' }),
    loc: Location,
  },
  { additionalProperties: false },
);
export type Chapter = Static<typeof Chapter>;

export const SupplProvision = Type.Object(
  {
    kind: Type.Literal('SupplProvision'),
    ...clauseCommon,
    /** Heading as written: 付則 or 附則. */
    label: Type.String(),
    paragraphs: Type.Array(ref('Paragraph', Paragraph)),
  },
  { additionalProperties: false },
);
export type SupplProvision = Static<typeof SupplProvision>;

export const Definition = Type.Object(
  {
    term: Type.String(),
    clause: Type.String(),
    /** The defining text (第２条's item after the term), or null for an inline 「以下「…」」 definition. */
    meaning: Nullable(Type.String()),
    source: StringEnum(['definitions', 'inline']),
    /** Where the definition applies: the whole document or the defining article. */
    scope: StringEnum(['document', 'article']),
  },
  { additionalProperties: false },
);
export type Definition = Static<typeof Definition>;

// ── Reference parts and cited statutes (refs) ─────────────────────────────────────────────────
// The parsed parts of a reference, kept so consumers (lint, site) read them instead of parsing the
// text again. The pointer model is Lawtext's: NAMED 第N, PREV 前, NEXT 次, SAME 同, HERE 本/この, EACH 各.

/** One part of a reference's pointer: 前条 → { level: article, pointer: prev }, 前二項 → prev-count 2. */
export const ReferencePart = Type.Object(
  {
    level: StringEnum(['article', 'paragraph', 'item', 'suppl', 'appendix']),
    /** named 第N, prev 前, next 次, same 同, here 本・この, each 各, prev-each 前各, prev-count 前二・前三. */
    pointer: StringEnum(['named', 'prev', 'next', 'same', 'here', 'each', 'prev-each', 'prev-count']),
    /** The number as written for `named` (第３条の２ → value 3, branch 2); null otherwise. */
    num: Nullable(Num),
    /** How many for `prev-count` (前三項 → 3); null otherwise. */
    count: Nullable(Type.Integer({ minimum: 2 })),
  },
  { additionalProperties: false },
);
export type ReferencePart = Static<typeof ReferencePart>;

/** A statute the text cites by name (民法, 特定商取引法), with its e-Gov 法令ID when the project knows it. */
export const CitedStatute = Type.Object(
  {
    /** The name as written (an abbreviation or a former name included): 特定商取引法. */
    name: Type.String(),
    /** The law's title the name stands for (特定商取引に関する法律), or null when the name is not known. */
    title: Nullable(Type.String()),
    /** e-Gov 法令ID (129AC0000000089), or null when not known. */
    lawId: Nullable(Type.String({ pattern: '^[0-9A-Za-z_]+$' })),
    /** The article cited right after the name (民法第548条の4 → 548, branch 4), or null. */
    article: Nullable(Num),
  },
  { additionalProperties: false },
);
export type CitedStatute = Static<typeof CitedStatute>;

const referenceParts = {
  /** The pointer as parsed, outermost first: 前条第１項各号 → article prev, paragraph named 1, item each. */
  parts: Type.Array(ReferencePart),
  /** The far end of a range (第１条から第３条まで, 第３条乃至第５条), or null. */
  through: Nullable(Type.Array(ReferencePart)),
  /** Pointers excluded: 第２条各号（第二号を除く。） → [[item named 2]]. */
  excluding: Type.Array(Type.Array(ReferencePart)),
  /** For kind `statute`: the statute cited. Null otherwise. */
  statute: Nullable(CitedStatute),
};
// ── end of reference parts ───────────────────────────────────────────────────────────────────────

export const Reference = Type.Object(
  {
    /** The reference as written: 第15条（当社からの利用契約の解約）第１項, 前条, 前各項. */
    text: Type.String(),
    /** absolute 第N条…, relative 前条・同項…, external another law's article, statute a law's name. */
    kind: StringEnum(['absolute', 'relative', 'external', 'statute']),
    /** The clause whose sentence contains the reference, and the offset of `text` in that sentence. */
    from: Type.String(),
    offset: Type.Integer({ minimum: 0 }),
    /** The single target, or null when it does not resolve (or the reference is external / plural). */
    target: Nullable(Type.String()),
    /** Every clause the reference designates (前各項 → all preceding paragraphs); empty if unresolved. */
    targets: Type.Array(Type.String()),
    /** Caption repeated in the reference, without brackets, or null. */
    caption: Nullable(Type.String()),
    /** Width of the brackets around the caption. */
    brackets: Nullable(StringEnum(['full', 'half', 'mixed'])),
    /** Article, paragraph and item numbers as written (for style checks), when absolute. */
    numbers: Type.Array(Num),
    loc: Location,
    ...referenceParts,
  },
  { additionalProperties: false },
);
export type Reference = Static<typeof Reference>;

/**
 * A lint suppression written in the source as
 * `<!-- terms-lint-disable-next-line RULE[, RULE] -- reason -->`; it applies to `line`, the next non-blank
 * source line. Kept in the rule set because lint reads the rule set, never the Markdown.
 */
export const Suppression = Type.Object(
  {
    rules: Type.Array(Type.String()),
    reason: Nullable(Type.String()),
    line: Type.Integer({ minimum: 1 }),
    loc: Location,
  },
  { additionalProperties: false },
);
export type Suppression = Static<typeof Suppression>;

export const Correction = Type.Object(
  { clause: Type.String(), reason: Type.String() },
  { additionalProperties: false },
);
export type Correction = Static<typeof Correction>;

export const NumberingStyle = StringEnum(['fullwidth', 'halfwidth', 'mixed']);
export type NumberingStyle = Static<typeof NumberingStyle>;

export const Meta = Type.Object(
  {
    document: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }),
    title: Type.String({ minLength: 1 }),
    company: Type.String({ minLength: 1 }),
    version: Type.String({ minLength: 1 }),
    effective: IsoDate,
    noticeDate: Nullable(IsoDate),
    urgent: Type.Boolean(),
    urgentReason: Nullable(Type.String()),
    numbering: Type.Object(
      { paragraph: NumberingStyle, item: NumberingStyle },
      { additionalProperties: false },
    ),
    changes: Type.Array(Correction),
    /** Why the change binds without consent (民法548条の4第1項), when the front matter states it. */
    justification: Type.Optional(Justification),
    /** Path of the Markdown source, relative to the project, with forward slashes. */
    source: Type.String(),
  },
  { additionalProperties: false },
);
export type Meta = Static<typeof Meta>;


// ── Around the articles (engineer "structure"): title, 前文, 制定・改定の履歴, signature ─────────────

/** The document's title heading as written in the Markdown (the front matter's `title` names the document). */
export const TitleHeading = Type.Object(
  { text: Type.String(), loc: Location },
  { additionalProperties: false },
);
export type TitleHeading = Static<typeof TitleHeading>;

/** One paragraph of the 前文, with where its source lines start. */
export const PreambleParagraph = Type.Object(
  { sentence: Type.String(), sentenceMap: TextMap, loc: Location },
  { additionalProperties: false },
);
export type PreambleParagraph = Static<typeof PreambleParagraph>;

/** The 前文: text between the title and the first 章 or 条. Never an article, never numbered. */
export const Preamble = Type.Object(
  {
    kind: Type.Literal('Preamble'),
    id: Type.Literal('preamble'),
    /** The paragraphs' sentences, one a line. */
    text: Type.String(),
    hash: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    loc: Location,
    paragraphs: Type.Array(PreambleParagraph),
  },
  { additionalProperties: false },
);
export type Preamble = Static<typeof Preamble>;

/** What a history entry says happened on its date. */
export const HistoryEvent = StringEnum(['制定', '改定', '改正', '改訂', '施行', '公布', '変更', '廃止', '策定', '発効', '実施']);
export type HistoryEvent = Static<typeof HistoryEvent>;

/** One line of 制定・改定の履歴: `【2023年1月25日制定】`, `2017年4月1日 施行`. */
export const HistoryEntry = Type.Object(
  {
    date: IsoDate,
    event: Nullable(HistoryEvent),
    /** The line as written. */
    text: Type.String(),
    loc: Location,
  },
  { additionalProperties: false },
);
export type HistoryEntry = Static<typeof HistoryEntry>;

/** 制定・改定の履歴 and the end mark 以上: data about the document, never part of an article. */
export const History = Type.Object(
  {
    kind: Type.Literal('History'),
    id: Type.Literal('history'),
    /** A heading over the history as written (制定・改定の履歴), or null. */
    heading: Nullable(Type.String()),
    /** Every line as written (entries, 以上), one a line. */
    text: Type.String(),
    hash: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    loc: Location,
    entries: Type.Array(HistoryEntry),
    /** Whether the document ends its text with 以上. */
    endMark: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type History = Static<typeof History>;

/** A signature block after the text (company, address, contact): kept apart, never part of a clause. */
export const Signature = Type.Object(
  { lines: Type.Array(Type.String()), loc: Location },
  { additionalProperties: false },
);
export type Signature = Static<typeof Signature>;

// ── end of "structure" block ──────────────────────────────────────────────────────────────────────────

export const RuleSet = Type.Object(
  {
    schema: Type.Literal(RULESET_SCHEMA_ID),
    meta: Meta,
    /** sha256 of the document's text (every clause's text, in order). */
    hash: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    chapters: Type.Array(Chapter),
    articles: Type.Array(ref('Article', Article)),
    supplProvision: Nullable(SupplProvision),
    definitions: Type.Array(Definition),
    references: Type.Array(Reference),
    suppressions: Type.Array(Suppression),
    rules: Type.Array(ref('Rule', RuleSchema)),
    // "structure": what stands around the articles (absent in rule sets compiled before they existed).
    title: Type.Optional(Nullable(TitleHeading)),
    preamble: Type.Optional(Nullable(Preamble)),
    history: Type.Optional(Nullable(History)),
    signature: Type.Optional(Nullable(Signature)),
  },
  {
    $id: RULESET_SCHEMA_ID,
    title: 'knet-terms compiled rule set',
    additionalProperties: false,
    $defs: { Article, Paragraph, Item, Subitem1, Rule: RuleSchema },
  },
);
/** The rule set; `rules` typed precisely per kind (see annotation/schema.ts). */
export type RuleSet = Omit<Static<typeof RuleSet>, 'rules'> & { rules: Rule[] };

/** Any clause that has an id and text. */
export type Clause = Article | Paragraph | Item | Subitem1 | SupplProvision;
