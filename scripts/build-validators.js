#!/usr/bin/env node
// Precompiles the compile path's JSON Schemas into standalone ajv validators (lib/schema/…generated.cjs),
// so that a `terms` run does not spend its start-up compiling schemas. Runs after tsc (npm run build:ts).
// Inputs people write are checked with allErrors (every problem reported); the compiled rule set, which
// the program writes, stops at the first violation: that is a bug report, and the code is 10× smaller.
import { writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { INPUT_SCHEMAS, OUTPUT_SCHEMAS } from '../lib/registry/schemas.js';
import { createAjv } from '../lib/schema/ajv.js';

const require = createRequire(import.meta.url);
const standaloneCode = require('ajv/dist/standalone').default;
const byId = {};
const parts = [];
for (const [schemas, allErrors, prefix] of [
  [INPUT_SCHEMAS, true, 'i'],
  [OUTPUT_SCHEMAS, false, 'o'],
]) {
  const ajv = createAjv({ source: true, allErrors });
  const names = {};
  schemas.forEach((schema, i) => {
    ajv.addSchema(schema);
    names[`${prefix}${i}`] = schema.$id;
    byId[schema.$id] = `${prefix}${i}`;
  });
  // Each standalone module assigns module.exports; wrap each in its own function scope.
  parts.push(`Object.assign(module.exports, (function(){ const module = { exports: {} }; const exports = module.exports;\n${standaloneCode(ajv, names)}\nreturn module.exports; })());`);
}
const target = new URL('../lib/schema/validators.generated.cjs', import.meta.url);
const temp = new URL(`../lib/schema/.validators.${process.pid}.tmp`, import.meta.url);
writeFileSync(temp, `"use strict";\n${parts.join('\n')}\nmodule.exports.byId = ${JSON.stringify(byId)};\n`);
renameSync(temp, target);
