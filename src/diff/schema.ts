/**
 * JSON Schema of a diff (`terms diff --format json`), written with TypeBox beside the hand-written types
 * in ./types.ts; test/diff/schema.test.ts checks at compile time that the two describe the same value,
 * and validates real diffs against the schema. The lead writes it to schema/diff.schema.json.
 */
import { Type, type TSchema } from '@sinclair/typebox';

/** The `schema` value of every diff, and the schema's `$id`. */
import { DIFF_SCHEMA_ID } from './types.js';

export { DIFF_SCHEMA_ID };

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const closed = { additionalProperties: false } as const;

const Status = Type.Union([
  Type.Literal('unchanged'),
  Type.Literal('modified'),
  Type.Literal('added'),
  Type.Literal('removed'),
  Type.Literal('moved'),
]);
const ChangeClass = Type.Union([Type.Literal('editorial'), Type.Literal('substantive')]);

const SegmentSchema = Type.Object(
  { op: Type.Union([Type.Literal('equal'), Type.Literal('delete'), Type.Literal('insert')]), text: Type.String() },
  closed,
);

const ChangeKindSchema = Type.Union([
  Type.Literal('numbering'),
  Type.Literal('whitespace'),
  Type.Literal('width'),
  Type.Literal('punctuation'),
  Type.Literal('reference-number'),
  Type.Literal('wording'),
  Type.Literal('rules'),
  Type.Literal('moved'),
]);

const ClauseChangeSchema = Type.Object(
  {
    status: Status,
    level: Type.Union([
      Type.Literal('Article'),
      Type.Literal('Paragraph'),
      Type.Literal('Item'),
      Type.Literal('Subitem1'),
      Type.Literal('SupplProvision'),
      Type.Literal('Preamble'),
      Type.Literal('History'),
    ]),
    oldId: Nullable(Type.String()),
    newId: Nullable(Type.String()),
    key: Type.String(),
    oldLabel: Nullable(Type.String()),
    newLabel: Nullable(Type.String()),
    renumbered: Type.Boolean(),
    classification: Nullable(ChangeClass),
    redline: Type.Array(SegmentSchema),
    oldText: Nullable(Type.String()),
    newText: Nullable(Type.String()),
    reasons: Type.Array(Type.String()),
    kinds: Type.Optional(Type.Array(ChangeKindSchema)),
  },
  closed,
);

const RuleChangeSchema = Type.Object(
  {
    status: Type.Union([Type.Literal('added'), Type.Literal('removed'), Type.Literal('modified')]),
    kind: Type.String(),
    oldId: Nullable(Type.String()),
    newId: Nullable(Type.String()),
    clause: Type.String(),
    fields: Type.Array(Type.Object({ path: Type.String(), old: Type.Unknown(), new: Type.Unknown() }, closed)),
  },
  closed,
);

const ReferenceChangeSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('target-renumbered'), Type.Literal('stale-number')]),
    from: Type.String(),
    text: Type.String(),
    oldTarget: Nullable(Type.String()),
    newTarget: Nullable(Type.String()),
    message: Type.String(),
  },
  closed,
);

const VersionRefSchema = Type.Object(
  { document: Type.String(), version: Type.String(), effective: Type.String(), title: Type.String() },
  closed,
);

/** The whole diff. */
export const TermsDiffSchema = Type.Object(
  {
    schema: Type.Literal(DIFF_SCHEMA_ID),
    from: VersionRefSchema,
    to: VersionRefSchema,
    clauses: Type.Array(ClauseChangeSchema),
    rules: Type.Array(RuleChangeSchema),
    references: Type.Array(ReferenceChangeSchema),
    corrections: Type.Array(Type.Object({ clause: Type.String(), reason: Type.String() }, closed)),
    summary: Type.Object(
      {
        added: Type.Integer({ minimum: 0 }),
        removed: Type.Integer({ minimum: 0 }),
        modified: Type.Integer({ minimum: 0 }),
        moved: Type.Integer({ minimum: 0 }),
        editorial: Type.Integer({ minimum: 0 }),
        substantive: Type.Integer({ minimum: 0 }),
        articles: Type.Array(
          Type.Object(
            {
              status: Status,
              classification: Nullable(ChangeClass),
              oldId: Nullable(Type.String()),
              newId: Nullable(Type.String()),
              label: Type.String(),
              caption: Nullable(Type.String()),
            },
            closed,
          ),
        ),
      },
      closed,
    ),
  },
  { $id: DIFF_SCHEMA_ID, title: 'knet-terms diff of two versions', ...closed },
);
