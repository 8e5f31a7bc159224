/**
 * Why a change of the terms binds customers without each one's consent (民法548条の4第1項), as a version
 * states it in its front matter: either the change is in the customers' general interest (第1号), or it
 * is reasonable in view of its necessity, the appropriateness of the new content, the terms' own
 * provision for changes and the other circumstances (第2号). The CI checks (src/ci/justification.ts)
 * and the notices read it from the rule set's meta.
 */
import { Type, type Static } from '@sinclair/typebox';
import { StringEnum } from '../annotation/schema.js';

export const JUSTIFICATION_BASES = ['general-interest', 'reasonable'] as const;

export const Justification = Type.Object(
  {
    /** `general-interest`: 民法548条の4第1項第1号; `reasonable`: 同項第2号. */
    basis: StringEnum(JUSTIFICATION_BASES, { description: 'general-interest (民法548条の4第1項第1号) or reasonable (第2号)' }),
    /** 変更の必要性 (required for `reasonable`). */
    necessity: Type.Optional(Type.String({ description: '変更の必要性 (required when basis is reasonable)' })),
    /** 変更後の内容の相当性 (required for `reasonable`). */
    appropriateness: Type.Optional(Type.String({ description: '変更後の内容の相当性 (required when basis is reasonable)' })),
    /** その他の変更に係る事情 (optional). */
    circumstances: Type.Optional(Type.String({ description: 'その他の変更に係る事情' })),
    /** Why the change is in the customers' general interest (for `general-interest`; optional). */
    interest: Type.Optional(Type.String({ description: '契約者の一般の利益に適合する理由' })),
  },
  { additionalProperties: false, title: 'justification (民法548条の4第1項)' },
);
export type Justification = Static<typeof Justification>;
