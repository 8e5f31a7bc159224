/**
 * What `terms.config.json` may hold, as a TypeBox schema (published as schema/terms-config.schema.json):
 * lint severities, the site the documents are published on, and per document the company it names, the
 * sender of its change notices and the annotation kinds it must carry.
 */
import { Type, type Static } from '@sinclair/typebox';
import { ANNOTATION_KINDS, type AnnotationKind } from '../annotation/schema.js';

/** The severities a rule may be configured with. */
export const CONFIG_SEVERITIES = ['error', 'warning', 'info', 'off'] as const;

/** A configured severity (`off` disables the rule). */
export type ConfigSeverity = (typeof CONFIG_SEVERITIES)[number];

/** An absolute http(s) URL (checked further with the URL parser). */
const HTTP_URL = '^https?://[^\\s/?#]+';

/** A mailbox: `Name <address@domain>` or a bare address. */
export const SENDER_PATTERN = '^(?:[^<>]*<[^<>@\\s]+@[^<>@\\s]+\\.[^<>@\\s]+>|[^<>@\\s]+@[^<>@\\s]+\\.[^<>@\\s]+)$';

/** One document's settings. */
export const DocumentConfig = Type.Object(
  {
    company: Type.Optional(Type.String({ minLength: 1, description: 'サイトのヘッダー・フッターに出す会社名・ブランド名 / the company or brand named on the document’s pages' })),
    sender: Type.Optional(Type.String({ pattern: SENDER_PATTERN, description: '変更通知の差出人 / the sender of change notices, e.g. "Knet 株式会社 <terms@knet.example>"' })),
    requiredAnnotations: Type.Optional(
      Type.Array(Type.Unsafe<AnnotationKind>({ type: 'string', enum: [...ANNOTATION_KINDS] }), {
        uniqueItems: true,
        description: '文書が必ず持つ注釈の種類（既定は無し） / the annotation kinds the document must carry (none by default)',
      }),
    ),
  },
  { additionalProperties: false },
);

/** The whole file. */
export const ProjectConfigSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    rules: Type.Optional(Type.Record(Type.String(), Type.Unsafe<ConfigSeverity>({ type: 'string', enum: [...CONFIG_SEVERITIES] }))),
    site: Type.Optional(
      Type.Object(
        {
          url: Type.Optional(Type.String({ pattern: HTTP_URL, description: '公開サイトの URL / the published site’s absolute URL' })),
          name: Type.Optional(Type.String({ minLength: 1, description: '複数の会社の文書を載せるサイトの名前 / the site’s name when it carries several companies’ documents' })),
        },
        { additionalProperties: false },
      ),
    ),
    search: Type.Optional(
      Type.Object(
        {
          synonyms: Type.Optional(
            Type.Record(Type.String({ minLength: 1 }), Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }), {
              description: '検索の同義語：読者が打つ語 → 規約の語 / search synonyms: a word readers type → the words of the terms (SLA → サービスレベル)',
            }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    textlint: Type.Optional(Type.Unknown({ description: 'terms lint が条項の文に実行する textlint の規則 / textlint rules terms lint runs on the clause texts (docs/lint.md)' })),
    documents: Type.Optional(Type.Record(Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }), DocumentConfig, { additionalProperties: false })),
  },
  { $id: 'https://knet-terms.dev/schema/terms-config-1.schema.json', title: 'knet-terms terms.config.json', additionalProperties: false },
);

/** The file as written. */
export type ProjectConfigInput = Static<typeof ProjectConfigSchema>;
