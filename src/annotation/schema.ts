/**
 * Annotations: the machine-readable rules written beside clauses as ```rule blocks (YAML).
 * Two shapes per kind, both from TypeBox: the *input* a lawyer writes (defaults optional, a period may be
 * a bare ISO 8601 duration) and the normalized *rule* the compiler puts into the rule set (defaults
 * applied, periods expanded, bound to a clause). See docs/authoring.md for the table of kinds.
 */
import { Type, type Static, type TObject, type TProperties, type TSchema } from '@sinclair/typebox';

/**
 * A string from a fixed list, as a JSON Schema `enum`: TypeBox's union of literals becomes an `anyOf`
 * that ajv turns into many times more code.
 */
export const StringEnum = <const T extends readonly string[]>(values: T, options: { description?: string } = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

export const ANNOTATION_SCHEMA_ID = 'https://knet-terms.dev/schema/annotation-1.schema.json';

const DURATION_PATTERN = '^P(?:\\d+[YMWD]|T\\d+[HM])$';

const Location = Type.Object(
  {
    line: Type.Integer({ minimum: 1 }),
    column: Type.Integer({ minimum: 1 }),
    endLine: Type.Integer({ minimum: 1 }),
    endColumn: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);

const FirstDay = StringEnum(['exclude', 'include']);
const EventAnchor = StringEnum(['start-of-day', 'end-of-day']);
const Rounding = StringEnum(['floor', 'round', 'ceil']);
export type Rounding = Static<typeof Rounding>;

/** Input: `P2M` or `{ duration: P2M, firstDay?, event? }`. */
const PeriodInput = Type.Union([
  Type.String({ description: 'ISO 8601 duration' }),
  Type.Object(
    {
      duration: Type.String(),
      firstDay: Type.Optional(FirstDay),
      event: Type.Optional(EventAnchor),
    },
    { additionalProperties: false },
  ),
]);
export type PeriodInput = Static<typeof PeriodInput>;

/** A duration as written and as data. */
export const DurationValue = Type.Object(
  {
    duration: Type.String({ pattern: DURATION_PATTERN }),
    n: Type.Integer({ minimum: 0 }),
    unit: StringEnum(['days', 'weeks', 'months', 'years', 'hours', 'minutes']),
  },
  { additionalProperties: false },
);
export type DurationValue = Static<typeof DurationValue>;

/** A period with its anchor semantics (periods.md): first day counted or not, event at start or end of day. */
export const Period = Type.Object(
  { ...DurationValue.properties, firstDay: FirstDay, event: EventAnchor },
  { additionalProperties: false },
);
export type Period = Static<typeof Period>;

export const Fraction = Type.Object(
  {
    numerator: Type.Integer({ minimum: 1 }),
    denominator: Type.Integer({ minimum: 1 }),
    written: Type.String(),
  },
  { additionalProperties: false },
);
export type Fraction = Static<typeof Fraction>;

const Party = StringEnum(['customer', 'company']);
/** legal (issue 15): why a suspension may be made; `cause` of a company.suspension event. */
export const SUSPENSION_CAUSES = ['unpaid-fees', 'termination-ground', 'breach'] as const;
const SuspensionCause = StringEnum(SUSPENSION_CAUSES);
export type SuspensionCause = (typeof SUSPENSION_CAUSES)[number];

/**
 * Field specs per kind: the input schema, the normalized schema and how a field is normalized.
 * `period(anchor)` and `duration()` fields are normalized by the compiler (src/annotation/normalize.ts).
 */
export type FieldSpec =
  | { type: 'value'; input: TSchema; output: TSchema; default?: unknown }
  | { type: 'period'; firstDay: 'exclude' | 'include'; event: 'start-of-day' | 'end-of-day'; optional?: true }
  | { type: 'duration'; default?: string }
  | { type: 'fraction'; default?: string };

const value = (schema: TSchema, defaultValue?: unknown): FieldSpec =>
  defaultValue === undefined
    ? { type: 'value', input: schema, output: schema }
    : { type: 'value', input: schema, output: schema, default: defaultValue };
const period = (event: 'start-of-day' | 'end-of-day', firstDay: 'exclude' | 'include' = 'exclude'): FieldSpec => ({
  type: 'period',
  firstDay,
  event,
});
const duration = (defaultValue?: string): FieldSpec =>
  defaultValue === undefined ? { type: 'duration' } : { type: 'duration', default: defaultValue };

/** Every annotation kind and its fields. Adding a kind here adds it to both schemas and the types. */
export const KIND_FIELDS = {
  definitions: {},
  definition: {
    term: value(Type.String({ minLength: 1 })),
    scope: value(StringEnum(['document', 'article']), 'document'),
  },
  'notice-effect': {
    methods: value(
      Type.Array(StringEnum(['email', 'website', 'writing']), {
        minItems: 1,
      }),
    ),
    effective: value(StringEnum(['on-dispatch', 'on-arrival'])),
  },
  'change-notice': {
    notice: period('start-of-day'),
    urgentException: value(Type.Boolean(), true),
  },
  jurisdiction: {
    court: value(Type.String({ minLength: 1 })),
    exclusive: value(Type.Boolean(), true),
    instance: value(Type.Literal('first'), 'first'),
  },
  'governing-law': { law: value(Type.String({ minLength: 1 })) },
  'term-start': { firstDay: value(FirstDay, 'include') },
  term: {
    duration: duration(),
    renewal: duration(),
    optout: period('end-of-day'),
    optoutBy: value(Type.Union([Type.Literal('either'), Party]), 'either'),
  },
  cancellation: {
    notice: period('end-of-day'),
    party: value(Party, 'customer'),
  },
  'unpaid-fees-due': { due: value(Type.Literal('cancellation-date'), 'cancellation-date') },
  suspension: {
    holder: value(Party, 'company'),
    ground: value(StringEnum(['unpaid-fees', 'violation'])),
    from: value(Type.Literal('day-after-due'), 'day-after-due'),
    // ── legal (issue 15): what the clause allows a suspension for (第12条３: unpaid fees, any 第15条１
    // item, any other breach). `unpaid-fees` is verifiable from the invoices; the others are asserted.
    causes: value(Type.Array(SuspensionCause, { minItems: 1, uniqueItems: true }), ['unpaid-fees']),
  },
  termination: {
    holder: value(Party, 'company'),
    grounds: value(Type.Literal('items'), 'items'),
  },
  'termination-ground': {
    ground: value(Type.Literal('unpaid-fees')),
    after: period('end-of-day'),
  },
  discontinuation: {
    notice: period('start-of-day'),
    forceMajeureException: value(Type.Boolean(), true),
  },
  'after-end': {
    party: value(Party),
    action: value(
      StringEnum(['return-or-erase', 'erase', 'delete-business-data']),
    ),
    when: value(StringEnum(['immediately', 'promptly'])),
  },
  'authorized-user-cure': {
    cure: period('end-of-day'),
    remedies: value(
      Type.Array(StringEnum(['suspend-user', 'terminate']), { minItems: 1 }),
    ),
    // legal (issue 15): the item stating each remedy, in the order of `remedies` (`[i1, i2]`), so that a
    // right cites the finest clause (第30条第２項第２号); empty: the rule's own clause.
    remedyItems: value(Type.Array(Type.String({ pattern: '^i\\d+$' })), []),
  },
  confidentiality: { survives: duration() },
  'sla-credit': {
    threshold: duration(),
    unit: duration(),
    unitRounding: value(Rounding, 'floor'),
    creditPerUnit: { type: 'fraction' },
    base: value(Type.Literal('monthly-fee'), 'monthly-fee'),
    rounding: value(Rounding, 'floor'),
    cap: value(Type.Union([Type.Literal('monthly-fee'), Type.Null()]), 'monthly-fee'),
    claimWithin: period('end-of-day'),
  },
  // ── legal (issue 15): rules of the second edition of the checker spec ──────────────────────────────
  /** 第15条２: on the company's termination every unpaid fee falls due (期限の利益の喪失). */
  acceleration: {
    on: value(StringEnum(['company-termination']), 'company-termination'),
    party: value(Party, 'customer'),
    due: value(StringEnum(['termination-date']), 'termination-date'),
  },
  /** 第33条２ 第２文: what a party must do by the end of the contract (the customer saves its data). */
  'before-end': {
    party: value(Party),
    action: value(StringEnum(['save-business-data'])),
  },
  /** 第22条２: fees stay payable while the service is interrupted or suspended, except what a credit rule reduces. */
  'fees-continue': {
    during: value(Type.Array(StringEnum(['interruption', 'suspension']), { minItems: 1, uniqueItems: true }), ['interruption', 'suspension']),
    except: value(StringEnum(['sla-credit']), 'sla-credit'),
  },
  // ── end legal ─────────────────────────────────────────────────────────────────────────────────────
} satisfies Record<string, Record<string, FieldSpec>>;

export type AnnotationKind = keyof typeof KIND_FIELDS;
export const ANNOTATION_KINDS = Object.keys(KIND_FIELDS) as AnnotationKind[];

const commonInput = {
  kind: Type.String(),
  key: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._/-]*$' })),
  note: Type.Optional(Type.String()),
  at: Type.Optional(Type.String({ pattern: '^p\\d+(-i\\d+(-s\\d+)?)?$' })),
};

function inputField(spec: FieldSpec): TSchema {
  switch (spec.type) {
    case 'value':
      return spec.default === undefined ? spec.input : Type.Optional(spec.input);
    case 'period':
      return spec.optional ? Type.Optional(PeriodInput) : PeriodInput;
    case 'duration':
      return spec.default === undefined ? Type.String() : Type.Optional(Type.String());
    case 'fraction':
      return spec.default === undefined ? Type.String() : Type.Optional(Type.String());
  }
}

function outputField(spec: FieldSpec): TSchema {
  switch (spec.type) {
    case 'value':
      return spec.output;
    case 'period':
      return spec.optional ? Type.Optional(Period) : Period;
    case 'duration':
      return DurationValue;
    case 'fraction':
      return Fraction;
  }
}

function mapFields(fields: Record<string, FieldSpec>, f: (spec: FieldSpec) => TSchema): TProperties {
  return Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, f(spec)]));
}

/** The input schema of one kind (what the YAML must look like). */
export const annotationInputSchemas: Record<AnnotationKind, TObject> = Object.fromEntries(
  ANNOTATION_KINDS.map((kind) => [
    kind,
    Type.Object(
      { ...commonInput, kind: Type.Literal(kind), ...mapFields(KIND_FIELDS[kind], inputField) },
      { $id: `https://knet-terms.dev/schema/annotation-1/${kind}.json`, additionalProperties: false, title: `annotation: ${kind}` },
    ),
  ]),
) as unknown as Record<AnnotationKind, TObject>;

/** JSON Schema of an annotation block's content: one annotation or a list of them. */
export const AnnotationBlock = Type.Union(
  [
    Type.Union(ANNOTATION_KINDS.map((k) => annotationInputSchemas[k])),
    Type.Array(Type.Union(ANNOTATION_KINDS.map((k) => annotationInputSchemas[k])), { minItems: 1 }),
  ],
  { $id: ANNOTATION_SCHEMA_ID, title: 'knet-terms annotation block' },
);

const ruleCommon = {
  /** `<clause>/<kind>`, unique in the rule set (a suffix `#2` when a clause has two of a kind). */
  id: Type.String(),
  clause: Type.String(),
  key: Type.String(),
  note: Type.Optional(Type.String()),
  loc: Location,
};

function ruleSchema<K extends AnnotationKind>(kind: K) {
  return Type.Object(
    { ...ruleCommon, kind: Type.Literal(kind), ...mapFields(KIND_FIELDS[kind], outputField) },
    { additionalProperties: false, title: `rule: ${kind}` },
  );
}

export const DefinitionsRule = ruleSchema('definitions');
export const DefinitionRule = ruleSchema('definition');
export const NoticeEffectRule = ruleSchema('notice-effect');
export const ChangeNoticeRule = ruleSchema('change-notice');
export const JurisdictionRule = ruleSchema('jurisdiction');
export const GoverningLawRule = ruleSchema('governing-law');
export const TermStartRule = ruleSchema('term-start');
export const TermRule = ruleSchema('term');
export const CancellationRule = ruleSchema('cancellation');
export const UnpaidFeesDueRule = ruleSchema('unpaid-fees-due');
export const SuspensionRule = ruleSchema('suspension');
export const TerminationRule = ruleSchema('termination');
export const TerminationGroundRule = ruleSchema('termination-ground');
export const DiscontinuationRule = ruleSchema('discontinuation');
export const AfterEndRule = ruleSchema('after-end');
export const AuthorizedUserCureRule = ruleSchema('authorized-user-cure');
export const ConfidentialityRule = ruleSchema('confidentiality');
export const SlaCreditRule = ruleSchema('sla-credit');
export const AccelerationRule = ruleSchema('acceleration');
export const BeforeEndRule = ruleSchema('before-end');
export const FeesContinueRule = ruleSchema('fees-continue');

export const Rule = Type.Union([
  DefinitionsRule,
  DefinitionRule,
  NoticeEffectRule,
  ChangeNoticeRule,
  JurisdictionRule,
  GoverningLawRule,
  TermStartRule,
  TermRule,
  CancellationRule,
  UnpaidFeesDueRule,
  SuspensionRule,
  TerminationRule,
  TerminationGroundRule,
  DiscontinuationRule,
  AfterEndRule,
  AuthorizedUserCureRule,
  ConfidentialityRule,
  SlaCreditRule,
  AccelerationRule,
  BeforeEndRule,
  FeesContinueRule,
]);

/**
 * Static types. TypeBox cannot infer through the generic builder above, so the rule types are written
 * out here; test/schema/types-agree.test.ts checks each against its schema (both directions).
 */
type Common = { id: string; clause: string; key: string; note?: string; loc: Static<typeof Location> };
type Party = 'customer' | 'company';
export type RuleOf = {
  definitions: Common & { kind: 'definitions' };
  definition: Common & { kind: 'definition'; term: string; scope: 'document' | 'article' };
  'notice-effect': Common & {
    kind: 'notice-effect';
    methods: Array<'email' | 'website' | 'writing'>;
    effective: 'on-dispatch' | 'on-arrival';
  };
  'change-notice': Common & { kind: 'change-notice'; notice: Period; urgentException: boolean };
  jurisdiction: Common & { kind: 'jurisdiction'; court: string; exclusive: boolean; instance: 'first' };
  'governing-law': Common & { kind: 'governing-law'; law: string };
  'term-start': Common & { kind: 'term-start'; firstDay: 'exclude' | 'include' };
  term: Common & {
    kind: 'term';
    duration: DurationValue;
    renewal: DurationValue;
    optout: Period;
    optoutBy: 'either' | Party;
  };
  cancellation: Common & { kind: 'cancellation'; notice: Period; party: Party };
  'unpaid-fees-due': Common & { kind: 'unpaid-fees-due'; due: 'cancellation-date' };
  suspension: Common & {
    kind: 'suspension';
    holder: Party;
    ground: 'unpaid-fees' | 'violation';
    from: 'day-after-due';
    causes: SuspensionCause[];
  };
  termination: Common & { kind: 'termination'; holder: Party; grounds: 'items' };
  'termination-ground': Common & { kind: 'termination-ground'; ground: 'unpaid-fees'; after: Period };
  discontinuation: Common & { kind: 'discontinuation'; notice: Period; forceMajeureException: boolean };
  'after-end': Common & {
    kind: 'after-end';
    party: Party;
    action: 'return-or-erase' | 'erase' | 'delete-business-data';
    when: 'immediately' | 'promptly';
  };
  'authorized-user-cure': Common & {
    kind: 'authorized-user-cure';
    cure: Period;
    remedies: Array<'suspend-user' | 'terminate'>;
    remedyItems: string[];
  };
  confidentiality: Common & { kind: 'confidentiality'; survives: DurationValue };
  acceleration: Common & { kind: 'acceleration'; on: 'company-termination'; party: Party; due: 'termination-date' };
  'before-end': Common & { kind: 'before-end'; party: Party; action: 'save-business-data' };
  'fees-continue': Common & { kind: 'fees-continue'; during: Array<'interruption' | 'suspension'>; except: 'sla-credit' };
  'sla-credit': Common & {
    kind: 'sla-credit';
    threshold: DurationValue;
    unit: DurationValue;
    unitRounding: Rounding;
    creditPerUnit: Fraction;
    base: 'monthly-fee';
    rounding: Rounding;
    cap: 'monthly-fee' | null;
    claimWithin: Period;
  };
};
export type Rule = RuleOf[AnnotationKind];
