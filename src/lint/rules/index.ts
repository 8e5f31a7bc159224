/**
 * Every lint rule, in the order the documentation lists them. Adding a rule: write its module (id,
 * severity, description, check, ok / not-ok examples), list it here and in docs/lint.md.
 */
import type { LintRule } from '../types.js';
import { annotationMissing } from './annotation-missing.js';
import { annotationRequired } from './annotation-required.js';
import { annotationText } from './annotation-text.js';
import { bracketWidth } from './bracket-width.js';
import { conjunctionNesting } from './conjunction-nesting.js';
import { dateConsistent } from './date-consistent.js';
import { definedTerm } from './defined-term.js';
import { documentName } from './document-name.js';
import { inlineDefinition } from './inline-definition.js';
import { labelStyle } from './label-style.js';
import { refCaption } from './ref-caption.js';
import { refRelative } from './ref-relative.js';
import { refTarget } from './ref-target.js';
import { statuteName } from './statute-name.js';
import { topicDoubled } from './topic-doubled.js';

/** The rules `terms lint` runs. */
export const RULES: readonly LintRule[] = [
  refTarget,
  refCaption,
  refRelative,
  statuteName,
  definedTerm,
  documentName,
  inlineDefinition,
  dateConsistent,
  labelStyle,
  bracketWidth,
  annotationText,
  annotationRequired,
  annotationMissing,
  conjunctionNesting,
  topicDoubled,
];
