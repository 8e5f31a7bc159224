import { describe, expect, it } from 'vitest';
import * as diff from '../../src/diff/index.js';
import * as tokenize from '../../src/tokenize/index.js';

describe('src/diff public index', () => {
  it('should export exactly the documented runtime API', () => {
    expect(Object.keys(diff).sort()).toEqual(
      [
        'DIFF_SCHEMA_ID',
        'TermsDiffSchema',
        'diffRuleSets',
        'renderArticleChangesHtml',
        'renderComparisonTableHtml',
        'renderComparisonTableMarkdown',
        'renderDiffHtml',
        'renderDiffMarkdown',
        'renderDiffText',
        'renderRedlineHtml',
        'renderRedlineText',
      ].sort(),
    );
  });

  it('should use the schema id the types promise', () => {
    expect(diff.DIFF_SCHEMA_ID).toBe('https://knet-terms.dev/schema/diff-1.schema.json');
    expect(diff.TermsDiffSchema.$id).toBe(diff.DIFF_SCHEMA_ID);
  });
});

describe('src/tokenize public index', () => {
  it('should export only the lazy tokenizer, the one at hand, its release, how often it was loaded, and where its dictionary is', () => {
    expect(Object.keys(tokenize).sort()).toEqual(['dictionaryPath', 'getTokenizer', 'loads', 'releaseTokenizer', 'tokenizerNow']);
  });
});
