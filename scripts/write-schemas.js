#!/usr/bin/env node
// Writes schema/*.json from the TypeBox definitions (the one source of truth). test/schema checks that
// the committed files are up to date.
import { writeFileSync, renameSync } from 'node:fs';
import { SCHEMA_FILES, schemaJson } from '../lib/registry/schemas.js';

for (const [file, schema] of Object.entries(SCHEMA_FILES)) {
  const target = new URL(`../schema/${file}`, import.meta.url);
  const temp = new URL(`../schema/.${file}.tmp`, import.meta.url);
  writeFileSync(temp, schemaJson(schema));
  renameSync(temp, target);
  console.log(`schema/${file}`);
}
