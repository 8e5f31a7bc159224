/**
 * The build's words and search index through the cache (src/site/derived-cache.ts): the same values as
 * computed afresh, and an entry that does not add up to its texts is computed again.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashOf, openCache } from '../../src/cache/store.js';
import { compileTerms } from '../../src/compile/index.js';
import { tokenizerSegmenter } from '../../src/diff/redline.js';
import { recordWords } from '../../src/diff/words.js';
import type { RuleSet } from '../../src/ruleset/schema.js';
import { searchIndexCached, wordsCached } from '../../src/site/derived-cache.js';
import { buildSearchIndex } from '../../src/site/search/build-index.js';
import { getTokenizer } from '../../src/tokenize/index.js';
import { tempDir } from '../helpers/temp.js';

const versions = ['2018-04-20', '2027-01-01'].map((v) => {
  const path = `terms/knet-cloud/${v}.md`;
  return compileTerms(readFileSync(path, 'utf8'), path).ruleSet as RuleSet;
});

describe('the words and the search index through the cache', () => {
  it('should give what recording the words gives, and recompute words that do not add up', async () => {
    const tokenizer = await getTokenizer();
    const fresh = recordWords(versions, tokenizerSegmenter(tokenizer));
    const cache = openCache({ dir: tempDir('terms-derived-'), stamp: 'test' });
    const cold = wordsCached(versions, tokenizer, cache);
    await cache.flush();
    expect(JSON.stringify(cold)).toBe(JSON.stringify(fresh));
    expect(JSON.stringify(wordsCached(versions, tokenizer, cache))).toBe(JSON.stringify(fresh));
    expect(cache.stats.hits).toBe(2);

    // An entry whose payload checks out but whose words are not its texts' (one length off).
    const dir = join(cache.dir, 'words');
    for (const name of readdirSync(dir)) {
      const [header, payload] = readFileSync(join(dir, name), 'utf8').split('\n') as [string, string];
      const words = JSON.parse(payload) as Record<string, number[]>;
      const first = Object.keys(words)[0] as string;
      words[first] = [...(words[first] as number[]).slice(0, -1), ((words[first] as number[]).at(-1) as number) + 1];
      const forged = JSON.stringify(words);
      writeFileSync(join(dir, name), `${header.replace(/"sum":"[0-9a-f]+"/u, `"sum":"${hashOf(forged)}"`)}\n${forged}`);
    }
    expect(JSON.stringify(wordsCached(versions, tokenizer, cache))).toBe(JSON.stringify(fresh));
    expect(cache.stats.rejected).toBe(2);
  });

  it('should give the search index its inputs give', async () => {
    const tokenizer = await getTokenizer();
    const inputs = [{ ruleSet: versions[0] as RuleSet, url: '/knet-cloud/' }];
    const synonyms = { SLA: ['サービスレベル'] };
    const fresh = JSON.stringify(await buildSearchIndex(inputs, { synonyms, tokenizer }));
    const cache = openCache({ dir: tempDir('terms-derived-'), stamp: 'test' });
    expect(JSON.stringify(await searchIndexCached(inputs, synonyms, tokenizer, cache))).toBe(fresh);
    await cache.flush();
    expect(JSON.stringify(await searchIndexCached(inputs, synonyms, tokenizer, cache))).toBe(fresh);
    expect(cache.stats.hits).toBe(1);
    // Other synonyms, another index.
    await searchIndexCached(inputs, {}, tokenizer, cache);
    expect(cache.stats.hits).toBe(1);
  });
});
