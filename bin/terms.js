#!/usr/bin/env node
// Thin launcher. `npm install` (prepare) and `npm test` compile src/ with tsc and bundle the CLI into
// lib/bundle/ (scripts/bundle.js): one file to load instead of hundreds keeps short commands fast.
import { main } from '../lib/bundle/main.js';

process.exitCode = await main(process.argv.slice(2));
