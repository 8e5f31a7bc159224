import { TermsError } from '../errors.js';
import { EXIT, type CliIo } from './io.js';

/**
 * Decodes the input: UTF-8, or Shift_JIS (still common for text saved from Japanese Word files) when
 * the bytes are not UTF-8 (said on stderr). Shared by `terms import` and `terms init --from`.
 * @param bytes the file's bytes
 * @param io where the Shift_JIS notice goes
 * @param file the path shown in messages
 */
export function decodeText(bytes: Uint8Array, io: CliIo, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      const text = new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
      io.stderr(`${file}: UTF-8 ではないため Shift_JIS として読みました / read as Shift_JIS\n`);
      return text;
    } catch {
      throw new TermsError(`${file}: 文字コードを判別できません（UTF-8 で保存してください） / not UTF-8 text`, EXIT.invalid);
    }
  }
}

