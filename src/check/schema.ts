/**
 * The checker's input (a contract and its events) and output (where the contract stands), defined once
 * with TypeBox: the static types, the validators and the published JSON Schemas
 * (`schema/checker-input.schema.json`, `schema/checker-output.schema.json`) all come from here.
 * See /work/shared/spec/checker.md and docs/checker.md.
 */
import { Type, type Static, type TObject, type TProperties, type TSchema } from '@sinclair/typebox';
import { StringEnum, SUSPENSION_CAUSES } from '../annotation/schema.js';

export const CHECKER_INPUT_SCHEMA_ID = 'https://knet-terms.dev/schema/checker-input-1.schema.json';
export const CHECKER_OUTPUT_SCHEMA_ID = 'https://knet-terms.dev/schema/checker-output-1.schema.json';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** The shape of a date; whether the day exists is checked by the reader (2026-02-30 matches). */
const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar date in Japan, YYYY-MM-DD.' });
const TIMESTAMP_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$';
const Timestamp = Type.String({
  pattern: TIMESTAMP_PATTERN,
  description: 'ISO 8601 with an explicit offset: 2026-03-08T09:00:00+09:00.',
});
const Id = Type.String({ minLength: 1 });
/** Yen, whole; a trillion is far beyond any monthly fee and keeps every product an exact integer. */
const Yen = Type.Integer({ minimum: 0, maximum: 1_000_000_000_000 });
/** A clause id as the rule set writes it (`art-12-p3`, `art-15-p1-i8`, `art-13`, `suppl-p1`). */
const ClauseId = Type.String({ pattern: '^(art-\\d+(_\\d+)?(-p\\d+(-i\\d+(-s\\d+)?)?)?|suppl(-p\\d+(-i\\d+)?)?)$' });
const Party = StringEnum(['customer', 'company']);

/**
 * When on its day an event happened (second edition: events on one day are taken in the order of their
 * `at` when both carry one). Not on outages, whose `knownAt` says it.
 */
const At = Type.Optional(
  Type.String({
    pattern: TIMESTAMP_PATTERN,
    description: 'When on its date (in Japan) the event happened, ISO 8601 with an offset; orders events of the same day.',
  }),
);

function eventWithoutAt<const T extends string, P extends TProperties>(type: T, properties: P, description: string) {
  return Type.Object({ type: Type.Literal(type), ...properties }, { additionalProperties: false, title: type, description });
}

function event<const T extends string, P extends TProperties>(type: T, properties: P, description: string) {
  return Type.Object({ type: Type.Literal(type), ...properties, at: At }, { additionalProperties: false, title: type, description });
}

/** Every event type and its fields. The key is the `type` an event carries. */
export const EVENT_SCHEMAS = {
  'contract.formed': event(
    'contract.formed',
    { date: DateString, monthlyFee: Yen, termMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 1200 })) },
    'The contract is formed (第９条); its first term runs from this date (第２条(5), 第13条).',
  ),
  'renewal.optout': event('renewal.optout', { date: DateString, by: Party }, 'Notice that the contract is not to be renewed (第13条).'),
  'cancellation.notice': event(
    'cancellation.notice',
    { date: DateString, desiredDate: Type.Optional(DateString) },
    'The customer’s cancellation notice arrives (第14条); `desiredDate` is the 解約希望日, if written.',
  ),
  'payment.due': event('payment.due', { id: Id, date: DateString, amount: Yen }, 'A fee falls due (its 支払日).'),
  'payment.made': event('payment.made', { invoice: Id, date: DateString, amount: Yen }, 'The customer pays (part of) an invoice.'),
  outage: eventWithoutAt(
    'outage',
    {
      id: Id,
      knownAt: Timestamp,
      restoredAt: Timestamp,
      attributable: Type.Boolean({ description: '当社の責に帰すべき理由による' }),
      total: Type.Boolean({ description: 'その利用が全くできない状態' }),
    },
    'The service could not be used from `knownAt` (the company knew) to `restoredAt` (第34条).',
  ),
  'credit.claim': event('credit.claim', { outage: Id, date: DateString }, 'The customer claims the SLA credit for an outage (第34条).'),
  violation: event(
    'violation',
    { id: Id, date: DateString, by: StringEnum(['authorized-user']) },
    'An authorized user violates the terms (第30条).',
  ),
  'violation.cured': event('violation.cured', { violation: Id, date: DateString }, 'The violation is cured.'),
  'terms.change.notice': event(
    'terms.change.notice',
    { date: DateString, effectiveDate: DateString, urgent: Type.Optional(Type.Boolean({ description: '当社が緊急と判断した (false when absent)' })) },
    'The company notifies a change of the terms (第４条２).',
  ),
  'discontinuation.notice': event(
    'discontinuation.notice',
    { date: DateString, discontinuationDate: DateString, forceMajeure: Type.Optional(Type.Boolean({ description: '天災地変等不可抗力 (false when absent)' })) },
    'The company notifies that the service is discontinued (第16条).',
  ),
  'company.suspension': event(
    'company.suspension',
    {
      date: DateString,
      ground: ClauseId,
      cause: Type.Optional(
        StringEnum(SUSPENSION_CAUSES, {
          description: 'Why (第12条３): unpaid-fees (default; verified against the invoices), termination-ground (a 第15条１ item) or breach (asserted).',
        }),
      ),
    },
    'The company suspends the service, citing the clause that allows it.',
  ),
  'company.termination': event(
    'company.termination',
    { date: DateString, ground: ClauseId },
    'The company terminates the contract, citing the clause that allows it.',
  ),
} satisfies Record<string, TObject>;

export type EventType = keyof typeof EVENT_SCHEMAS;
export const EVENT_TYPES = Object.keys(EVENT_SCHEMAS) as EventType[];

/** The date and timestamp fields of each event type, read off the schemas (the reader checks they exist). */
export const TIME_FIELDS = Object.fromEntries(
  EVENT_TYPES.map((type) => {
    const properties = Object.entries(EVENT_SCHEMAS[type].properties as Record<string, TSchema>);
    const having = (pattern: unknown) => properties.filter(([, schema]) => schema['pattern'] === pattern).map(([name]) => name);
    return [type, { dates: having(DateString.pattern), instants: having(Timestamp.pattern) }];
  }),
) as Record<EventType, { dates: string[]; instants: string[] }>;
/** An input event of one type, as written. */
export type InputEventOf = { [K in EventType]: Static<(typeof EVENT_SCHEMAS)[K]> };
export type InputEvent = InputEventOf[EventType];

/**
 * The same schemas with an `$id` each, for validation (the published union embeds them without one, so
 * that both can live in one ajv instance, e.g. when precompiled).
 */
export const EVENT_VALIDATION_SCHEMAS = Object.fromEntries(
  EVENT_TYPES.map((type) => [type, { ...EVENT_SCHEMAS[type], $id: `https://knet-terms.dev/schema/checker-input-1/${type}.json` }]),
) as unknown as Record<EventType, TObject>;

/**
 * A contract before its events are read one by one: the reader validates each event against its own
 * type's schema, so that an error says "unknown field" rather than "matches none of 13 alternatives".
 */
export const ContractEnvelope = Type.Object(
  { contract: Id, events: Type.Array(Type.Unknown(), { minItems: 1 }) },
  { $id: 'https://knet-terms.dev/schema/checker-input-1/envelope.json', additionalProperties: false },
);

/** One contract: its id and what happened under it, in any order. */
export const Contract = Type.Object(
  {
    contract: Type.String({ minLength: 1, description: 'The contract id: K-0001.' }),
    events: Type.Array(Type.Union(EVENT_TYPES.map((t) => EVENT_SCHEMAS[t])), { minItems: 1 }),
  },
  { additionalProperties: false, title: 'contract' },
);
export type Contract = { contract: string; events: InputEvent[] };

/** `terms check` input: one contract, or an array of them (NDJSON: one contract per line). */
export const CheckerInput = Type.Union([Contract, Type.Array(Contract)], {
  $id: CHECKER_INPUT_SCHEMA_ID,
  title: 'knet-terms checker input',
});

// ── Output ────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Every item cites `clause` (the clause id as the site anchors it: the rule's clause, written as the
 * article id when the article has a single paragraph, as Japanese citation does: 第13条, not 第13条第１項)
 * and `version` (the version of the terms whose rule was applied).
 */
const cited = { clause: Type.String(), version: Type.String() };

export const Term = Type.Object({ ...cited, start: DateString, end: DateString }, { additionalProperties: false });
export type Term = Static<typeof Term>;

const DEADLINE_KINDS = ['renewal-optout', 'cancellation-earliest-end', 'credit-claim', 'payment-before-termination', 'cure-before-measures'] as const;
export const Deadline = Type.Object(
  {
    ...cited,
    kind: StringEnum(DEADLINE_KINDS),
    party: StringEnum(['customer', 'company', 'either']),
    date: DateString,
    /** The outage, invoice or violation the deadline is about, when it is about one. */
    ref: Type.Optional(Type.String()),
    /** The holiday or weekend the date falls on (it is not moved: 民法142条 needs a custom the terms do not set). */
    holiday: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type Deadline = Static<typeof Deadline>;

export const Right = Type.Object(
  {
    ...cited,
    holder: Party,
    kind: StringEnum(['suspend', 'terminate', 'suspend-user']),
    from: DateString,
    /** The last day the right is held (the day before payment or cure, or the contract's end), or null. */
    until: Nullable(DateString),
    /** The unpaid invoice or the violation the right comes from. */
    ref: Type.String(),
  },
  { additionalProperties: false },
);
export type Right = Static<typeof Right>;

export const Credit = Type.Object(
  {
    ...cited,
    outage: Type.String(),
    hours: Type.Number(),
    units: Type.Integer({ minimum: 0 }),
    amount: Type.Integer({ minimum: 0 }),
    rounding: StringEnum(['floor', 'round', 'ceil']),
    claimDeadline: Nullable(DateString),
    claimedOn: Nullable(DateString),
    status: StringEnum(['granted', 'lost', 'unclaimed', 'ineligible']),
    /** Why an outage earns nothing. */
    reason: Nullable(StringEnum(['not-attributable', 'not-total', 'below-threshold'])),
  },
  { additionalProperties: false },
);
export type Credit = Static<typeof Credit>;

const OBLIGATION_KINDS = [
  'pay-unpaid-fees',
  'return-or-erase',
  'erase',
  'delete-business-data',
  'confidentiality',
  'pay-accelerated',
  'save-business-data',
] as const;
export const Obligation = Type.Object(
  {
    ...cited,
    kind: StringEnum(OBLIGATION_KINDS),
    party: StringEnum(['customer', 'company', 'both']),
    from: DateString,
    /** The day by which it must be done (fees due under 第14条２), or null. */
    due: Nullable(DateString),
    /** The last day it lasts (confidentiality), or null. */
    until: Nullable(DateString),
    /** How soon after the end, as the rule says (直ちに / 速やかに), or null. */
    when: Nullable(StringEnum(['immediately', 'promptly'])),
    status: StringEnum(['pending', 'open', 'met', 'overdue', 'expired']),
    invoice: Type.Optional(Type.String()),
    amount: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);
export type Obligation = Static<typeof Obligation>;

/** Finding codes and their severities: a stable vocabulary (add to it, never rename). */
export const FINDING_SEVERITIES = {
  'notice-too-late': 'violation',
  'termination-without-ground': 'violation',
  'suspension-without-ground': 'violation',
  'optout-too-late': 'warning',
  'credit-claim-late': 'warning',
  'cancellation-date-adjusted': 'info',
  'ground-asserted': 'info',
  'event-after-end': 'info',
  'same-day-order': 'info',
  'fees-continue': 'info',
} as const;
export type FindingCode = keyof typeof FINDING_SEVERITIES;

export const Finding = Type.Object(
  {
    ...cited,
    severity: StringEnum(['violation', 'warning', 'info']),
    code: StringEnum(Object.keys(FINDING_SEVERITIES) as FindingCode[]),
    message: Type.String(),
    /** Index of the event in the input's `events`, or null. */
    event: Nullable(Type.Integer({ minimum: 0 })),
    /** The date the finding turns on (see docs/checker.md for each code), or null. */
    date: Nullable(DateString),
  },
  { additionalProperties: false },
);
export type Finding = Static<typeof Finding>;

const END_REASONS = ['renewal-optout', 'cancellation', 'company-termination', 'discontinuation'] as const;
export type EndReason = (typeof END_REASONS)[number];

export const CheckResult = Type.Object(
  {
    contract: Type.String(),
    asOf: DateString,
    document: Type.String(),
    /** The version of the terms in force on `asOf`. */
    version: Type.String(),
    status: StringEnum(['pending', 'active', 'ended']),
    terms: Type.Array(Term),
    endDate: Nullable(DateString),
    endReason: Nullable(StringEnum(END_REASONS)),
    /** The clause the end rests on, and the version of the terms whose rule fixed it. */
    endClause: Nullable(Type.String()),
    endVersion: Nullable(Type.String()),
    deadlines: Type.Array(Deadline),
    rights: Type.Array(Right),
    credits: Type.Array(Credit),
    obligations: Type.Array(Obligation),
    findings: Type.Array(Finding),
  },
  { additionalProperties: false, title: 'contract result' },
);
export type CheckResult = Static<typeof CheckResult>;

/** One problem of an input contract: where (`events[3].date`) and what. */
export const InputProblem = Type.Object(
  {
    /** `events[3].date`, `events[3]`, `contract`, or `` for the contract as a whole. */
    path: Type.String(),
    event: Nullable(Type.Integer({ minimum: 0 })),
    field: Nullable(Type.String()),
    /** `K-0001 events[3].date: 2026-02-30 は実在しない日付です / not a real date`. */
    message: Type.String(),
  },
  { additionalProperties: false },
);
export type InputProblem = Static<typeof InputProblem>;

/** A contract that could not be read: every problem found in it. */
export const ContractError = Type.Object(
  {
    contract: Nullable(Type.String()),
    status: Type.Literal('invalid'),
    /** Position in the batch, from 0 (array element or NDJSON line order). */
    index: Type.Integer({ minimum: 0 }),
    /** Line of the NDJSON input, from 1, or null. */
    line: Nullable(Type.Integer({ minimum: 1 })),
    errors: Type.Array(InputProblem, { minItems: 1 }),
  },
  { additionalProperties: false, title: 'contract error' },
);
export type ContractError = Static<typeof ContractError>;

export const CheckOutcome = Type.Union([CheckResult, ContractError]);
export type CheckOutcome = CheckResult | ContractError;

/** `terms check --format json` output: one outcome, or an array for an array input (NDJSON: one per line). */
export const CheckerOutput = Type.Union([CheckOutcome, Type.Array(CheckOutcome)], {
  $id: CHECKER_OUTPUT_SCHEMA_ID,
  title: 'knet-terms checker output',
});
