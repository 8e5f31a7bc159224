import { parseArgs, type ParseArgsConfig } from 'node:util';
import { TermsError } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments with node:util, turning its errors into a usage message (exit 2).
 * @param args the arguments after the command name
 * @param options the command's options
 * @param usage the command's usage line, shown with the error
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new TermsError(`引数が正しくありません / invalid arguments: ${message}\n使い方 / usage: ${usage}`, 2);
  }
}
