#!/usr/bin/env node
// Precompiles the JSON Schemas into standalone ajv validators (lib/schema/validators.*.generated.cjs), so
// that a `terms` run does not spend its start-up compiling schemas. Runs after tsc (npm run build:ts).
// One file per group of schemas a command needs together (the project's config, the sources people write,
// the checker's events, the compiled rule set), loaded on first use: a warm build, which reads its rule
// sets from the cache, loads the config's validator only, not 900 KB of them all.
// Inputs people write are checked with allErrors (every problem reported); the compiled rule set, which
// the program writes, stops at the first violation: that is a bug report, and the code is 10× smaller.
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { INPUT_SCHEMAS, OUTPUT_SCHEMAS } from '../lib/registry/schemas.js';
import { createAjv } from '../lib/schema/ajv.js';

const require = createRequire(import.meta.url);
const standaloneCode = require('ajv/dist/standalone').default;

/** The group of an input schema, by its id. */
const groupOf = (id) => (id.includes('/terms-config-') ? 'config' : id.includes('/checker-input-') ? 'checker' : 'source');
const groups = new Map();
for (const schema of INPUT_SCHEMAS) {
  const group = groupOf(schema.$id);
  groups.set(group, [...(groups.get(group) ?? []), schema]);
}
const dir = new URL('../lib/schema/', import.meta.url);
const write = (name, text) => {
  const temp = new URL(`.${name}.${process.pid}.tmp`, dir);
  writeFileSync(temp, text);
  renameSync(temp, new URL(name, dir));
};
for (const name of readdirSync(dir)) if (/^validators\..*generated\.cjs$/u.test(name)) rmSync(new URL(name, dir));

const byId = {};
for (const [group, schemas, allErrors] of [...[...groups].map(([g, s]) => [g, s, true]), ['ruleset', OUTPUT_SCHEMAS, false]]) {
  const ajv = createAjv({ source: true, allErrors });
  const names = {};
  schemas.forEach((schema, i) => {
    ajv.addSchema(schema);
    names[`v${i}`] = schema.$id;
    byId[schema.$id] = [group, `v${i}`];
  });
  write(`validators.${group}.generated.cjs`, `"use strict";\n${standaloneCode(ajv, names)}\n`);
}
write('validators.index.generated.cjs', `"use strict";\nmodule.exports = ${JSON.stringify(byId)};\n`);
