#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/ into lib/ by `npm install` (prepare) and `npm test`.
import { main } from '../lib/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
