/**
 * The output formats of `terms lint` and `terms ci`: stylish (default), json, sarif, github.
 */
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export { summary } from './stylish.js';
export type { Formatter, Report } from './types.js';

/** Every format by the name `--format` takes. */
export const FORMATS: Readonly<Record<string, Formatter>> = { stylish, json, sarif, github };

/** The names `--format` accepts. */
export const FORMAT_NAMES: readonly string[] = Object.keys(FORMATS);
