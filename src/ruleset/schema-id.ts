/**
 * The rule set schema's id, apart from the schema itself: a command that reads rule sets from the cache
 * checks an entry by it without building the schema (src/project/compile-cached.ts).
 */
export const RULESET_SCHEMA_ID = 'https://knet-terms.dev/schema/ruleset-1.schema.json';
