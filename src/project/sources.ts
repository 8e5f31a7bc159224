import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** One version of one document in the terms folder. */
export interface TermsSource {
  document: string;
  version: string;
  /** Path of the Markdown file. */
  path: string;
}

const VERSION_FILE = /^(\d{4}-\d{2}-\d{2})\.md$/u;

/** Whether a file name is a version's (`2027-01-01.md`). */
export function isVersionFile(name: string): boolean {
  return VERSION_FILE.test(name);
}

/**
 * Lists every `terms/<document>/<version>.md`, ordered by document, then version (= effective date).
 * @param termsDir the terms folder
 */
export async function listSources(termsDir: string): Promise<TermsSource[]> {
  const out: TermsSource[] = [];
  const documents = await readdir(termsDir, { withFileTypes: true });
  for (const doc of documents.filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const files = await readdir(join(termsDir, doc.name));
    for (const file of files.sort()) {
      const m = VERSION_FILE.exec(file);
      if (m) out.push({ document: doc.name, version: m[1] as string, path: join(termsDir, doc.name, file) });
    }
  }
  return out;
}

/** A path as shown to people and recorded in rule sets: relative to `base`, with forward slashes. */
export function displayPath(path: string, base: string = process.cwd()): string {
  const rel = relative(base, path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}
