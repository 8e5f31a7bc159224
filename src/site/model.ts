/**
 * The site's view of the terms: documents with their versions ordered by effective date, which version
 * is in force on the build date, which are past and which are upcoming (予定).
 */
import { compareDates, type IsoDate } from '../period/index.js';
import type { TermsDiff } from '../diff/index.js';
import { versionInForce } from '../ruleset/in-force.js';
import type { RuleSet } from '../ruleset/schema.js';

/** Where a version stands on the build date. */
export type VersionStatus = 'current' | 'past' | 'upcoming';

/** One version of a document as the site shows it. */
export interface SiteVersion {
  ruleSet: RuleSet;
  status: VersionStatus;
}

/** One document with all its versions. */
export interface SiteDocument {
  id: string;
  /** The title of the version shown at the document's URL. */
  title: string;
  /** Oldest first (by effective date, then version). */
  versions: SiteVersion[];
  /** The version in force on the build date, or null when every version is upcoming. */
  current: SiteVersion | null;
  /** What `/<doc>/` shows: the current version, else the first upcoming one. */
  shown: SiteVersion;
}

/** A comparison of two versions of a document, older first. */
export interface VersionPair {
  from: RuleSet;
  to: RuleSet;
  /** Whether the two are consecutive versions (a revision, with a notice). */
  consecutive: boolean;
}

/** A pair of versions with its diff: what the diff pages, the notices and the data files are made from. */
export interface Comparison extends VersionPair {
  diff: TermsDiff;
}

/** Every document's comparisons (every pair of its versions), by document id. */
export type Comparisons = ReadonlyMap<string, readonly Comparison[]>;

/**
 * Groups rule sets into documents and places each version relative to `today`.
 * @param ruleSets every compiled version, in any order
 * @param today the build date (Japan)
 * @returns the documents, ordered by id; documents without versions do not appear
 */
export function buildSiteModel(ruleSets: readonly RuleSet[], today: IsoDate): SiteDocument[] {
  const byDocument = new Map<string, RuleSet[]>();
  for (const set of ruleSets) {
    const list = byDocument.get(set.meta.document) ?? [];
    list.push(set);
    byDocument.set(set.meta.document, list);
  }
  return [...byDocument.keys()].sort().map((id) => {
    const sets = (byDocument.get(id) ?? []).sort(
      (a, b) => compareDates(a.meta.effective, b.meta.effective) || a.meta.version.localeCompare(b.meta.version),
    );
    const inForce = versionInForce(sets.map((s) => s.meta), today) ?? null;
    const versions: SiteVersion[] = sets.map((ruleSet) => ({
      ruleSet,
      status: ruleSet.meta === inForce ? 'current' : compareDates(ruleSet.meta.effective, today) > 0 ? 'upcoming' : 'past',
    }));
    const current = versions.find((v) => v.status === 'current') ?? null;
    const shown = current ?? (versions[0] as SiteVersion);
    return { id, title: shown.ruleSet.meta.title, versions, current, shown };
  });
}

/**
 * The pairs of versions the site pre-renders, older first: each revision (a version against the next),
 * and each version against the one the document's URL shows (what readers compare with "today's terms").
 * At most two per version, so a build grows with the number of versions, not its square; the compare page
 * computes any other pair in the browser (docs/site.md).
 * @param doc the document
 */
export function versionPairs(doc: SiteDocument): VersionPair[] {
  const pairs: VersionPair[] = [];
  const seen = new Set<string>();
  const add = (older: SiteVersion, newer: SiteVersion, consecutive: boolean) => {
    const key = `${older.ruleSet.meta.version}...${newer.ruleSet.meta.version}`;
    if (older === newer || seen.has(key)) return;
    seen.add(key);
    pairs.push({ from: older.ruleSet, to: newer.ruleSet, consecutive });
  };
  doc.versions.forEach((v, i) => {
    const next = doc.versions[i + 1];
    if (next) add(v, next, true);
  });
  const shownAt = doc.versions.indexOf(doc.shown);
  doc.versions.forEach((v, i) => (i < shownAt ? add(v, doc.shown, false) : add(doc.shown, v, false)));
  // Older first, then by the newer version: the order the list of comparisons shows.
  const at = new Map(doc.versions.map((v, i) => [v.ruleSet, i]));
  return pairs.sort((a, b) => (at.get(a.from) ?? 0) - (at.get(b.from) ?? 0) || (at.get(a.to) ?? 0) - (at.get(b.to) ?? 0));
}
