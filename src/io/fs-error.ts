/**
 * File-system errors as the user's problem: a path that does not exist, is a file where a folder is
 * needed, is read-only or immutable. One line, exit status 2, instead of "internal error".
 */
import { isAbsolute, relative, sep } from 'node:path';
import { TermsError } from '../errors.js';

/** What each error code means, in both languages. */
const REASONS: Record<string, string> = {
  ENOENT: 'ありません / does not exist',
  ENOTDIR: 'フォルダではありません / is not a folder',
  EISDIR: 'フォルダです / is a folder',
  EEXIST: 'フォルダを作れません（同名のファイルがあります）/ cannot create the folder (a file is in the way)',
  EACCES: '権限がありません / permission denied',
  EPERM: '許可されていません（読み取り専用か変更不可）/ not permitted (read-only or immutable)',
  EROFS: '読み取り専用のファイルシステムです / read-only file system',
  ENOSPC: 'ディスクの空きがありません / no space left on the device',
  EDQUOT: 'ディスク容量の制限を超えました / disk quota exceeded',
  ELOOP: 'シンボリックリンクが循環しています / too many symbolic links',
  ENAMETOOLONG: 'パスが長すぎます / path too long',
  EINVAL: '使えないパスです / invalid path',
  EBUSY: '使用中です / busy',
  EMFILE: '開いているファイルが多すぎます / too many open files',
  EXDEV: '別のファイルシステムです / on another file system',
};

/**
 * Whether an error is a file-system error about a path (Node's `code` and `path`).
 * @param error anything thrown
 */
export function isFileError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && Object.hasOwn(REASONS, (error as NodeJS.ErrnoException).code as string);
}

/**
 * The one-line TermsError (exit 2) for a file-system error.
 * @param error the error (its `path` is used when `path` is not given)
 * @param path the path as the user gave it
 * @param verb what was being done: 読めません / cannot read, 書き込めません / cannot write
 */
export function fileError(error: NodeJS.ErrnoException & { code: string }, path?: string, verb = '読み書きできません / cannot read or write'): TermsError {
  const where = shownPath(path ?? error.path ?? '');
  return new TermsError(`${where}: ${verb}: ${REASONS[error.code] ?? error.code} (${error.code})`, 2);
}

/**
 * A path as shown in messages: relative to the working folder when inside it, with forward slashes.
 * @param path the path
 */
export function shownPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}
