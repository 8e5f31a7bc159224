/**
 * annotation-required: a document carries every annotation kind its configuration requires
 * (`documents.<id>.requiredAnnotations` in terms.config.json). Without one of these, `terms check` or
 * `terms notice` would have to guess a figure the terms state. A document whose configuration names no
 * kind requires none: what a company's terms must state is that company's choice, not Knet's.
 */
import type { AnnotationKind } from '../../annotation/schema.js';
import { KIND_SUBJECTS } from '../../annotation/labels.js';
import { exampleDocument } from '../example.js';
import type { Finding, LintRule } from '../types.js';

/** The kinds Knet requires (the ok example carries them all), each with what it records, for the message. */
export const REQUIRED_KINDS: Readonly<Partial<Record<AnnotationKind, string>>> = Object.fromEntries(
  (
    [
      'change-notice', 'term', 'term-start', 'cancellation', 'unpaid-fees-due', 'suspension', 'termination', 'termination-ground',
      'discontinuation', 'authorized-user-cure', 'confidentiality', 'sla-credit', 'jurisdiction', 'governing-law', 'notice-effect', 'definitions',
    ] as const
  ).map((kind) => [kind, KIND_SUBJECTS[kind]]),
);

/** Every required annotation, one clause each, as the ok example. */
const ALL = `
## 第１条（規定） {#a}

本条は、例示のための規定です。

\`\`\`rule
- kind: change-notice
  notice: P1M
- kind: term
  duration: P1Y
  renewal: P1Y
  optout: P2M
- kind: term-start
- kind: cancellation
  notice: P2M
- kind: unpaid-fees-due
- kind: suspension
  ground: unpaid-fees
- kind: termination
- kind: termination-ground
  ground: unpaid-fees
  after: P1M
- kind: discontinuation
  notice: P2M
- kind: authorized-user-cure
  cure: P7D
  remedies: [suspend-user]
- kind: confidentiality
  survives: P1Y
- kind: sla-credit
  threshold: PT24H
  unit: PT24H
  creditPerUnit: 1/60
  claimWithin: P3M
- kind: jurisdiction
  court: 東京地方裁判所
- kind: governing-law
  law: 日本法
- kind: notice-effect
  methods: [email]
  effective: on-dispatch
- kind: definitions
\`\`\`
`;

export const annotationRequired: LintRule = {
  id: 'annotation-required',
  severity: 'error',
  description: '設定が文書に求める注釈（change-notice、term、cancellation …）がすべてある / every annotation kind the configuration requires of the document is present',
  check(ruleSet, _context, settings) {
    const present = new Set(ruleSet.rules.map((r) => r.kind));
    const findings: Finding[] = [];
    for (const kind of settings.requiredAnnotations) {
      if (present.has(kind)) continue;
      const what = REQUIRED_KINDS[kind] ?? kind;
      findings.push({
        message: `注釈 ${kind}（${what}）がありません / Missing annotation ${kind}, expected the clause that states it to carry a rule block \`kind: ${kind}\``,
        place: { line: 1, column: 1 },
      });
    }
    return findings;
  },
  examples: {
    // Knet's configuration: the sixteen kinds its checker and notices read.
    settings: { requiredAnnotations: Object.keys(REQUIRED_KINDS) as AnnotationKind[] },
    ok: [exampleDocument(ALL)],
    notOk: [
      {
        markdown: exampleDocument(ALL.replace(/- kind: confidentiality\n {2}survives: P1Y\n/u, '').replace(/- kind: governing-law\n {2}law: 日本法\n/u, '')),
        findings: [
          { clause: '-', line: 1, column: 1, message: '注釈 confidentiality（秘密保持の存続期間）がありません / Missing annotation confidentiality, expected the clause that states it to carry a rule block `kind: confidentiality`' },
          { clause: '-', line: 1, column: 1, message: '注釈 governing-law（準拠法）がありません / Missing annotation governing-law, expected the clause that states it to carry a rule block `kind: governing-law`' },
        ],
      },
    ],
  },
};
