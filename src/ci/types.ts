/** A compiled version as the CI checks see it: its rule set and its source text (for positions). */
import type { RuleSet } from '../ruleset/schema.js';

export interface CiVersion {
  ruleSet: RuleSet;
  /** The Markdown source (front-matter fields are pointed at by line). */
  source: string;
}
