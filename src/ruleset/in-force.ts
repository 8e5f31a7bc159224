/**
 * Which version of a document is in force on a date: the latest whose effective date is on or before it
 * (none before the first). The one rule `terms check`, the site's build date and the site's
 * /<doc>/in-force/ page all follow; pure, so the browser runs it too.
 */

/** Anything with an effective date (YYYY-MM-DD). */
export interface Effective {
  effective: string;
}

/**
 * The version in force on a date.
 * @param versions the document's versions, oldest effective date first
 * @param date YYYY-MM-DD (a date in Japan)
 * @returns the version, or undefined when the date is before the first version
 */
export function versionInForce<T extends Effective>(versions: readonly T[], date: string): T | undefined {
  // YYYY-MM-DD strings order as the days they name.
  for (let i = versions.length - 1; i >= 0; i--) {
    const v = versions[i] as T;
    if (v.effective <= date) return v;
  }
  return undefined;
}
