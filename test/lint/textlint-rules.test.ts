import { readFileSync } from 'node:fs';
import { TextlintKernel } from '@textlint/kernel';
import markdownModule from '@textlint/textlint-plugin-markdown';
import type { TextlintPluginCreator } from '@textlint/types';
import { describe, expect, it } from 'vitest';
import preset, * as published from '../../src/lint/textlint/rules.js';

const fixture = new URL('./fixtures/textlint.md', import.meta.url);
const kernel = new TextlintKernel();
// The plugin is CommonJS; its typings describe the module, its default export is the creator.
const markdownPlugin = markdownModule as unknown as TextlintPluginCreator;
const options = () => ({
  ext: '.md',
  filePath: fixture.pathname,
  plugins: [{ pluginId: 'markdown', plugin: markdownPlugin }],
  rules: Object.entries(preset.rules).map(([ruleId, rule]) => ({ ruleId: `knet-terms/${ruleId}`, rule })),
});

describe('the project’s prose rules as textlint rules (knet-terms/textlint-rule)', () => {
  it('should export the preset, its rules and the adapter', () => {
    expect(Object.keys(published).sort()).toEqual(['PROSE_RULES', 'default', 'rules', 'rulesConfig', 'textContext', 'toTextlintRule']);
    expect(Object.keys(preset.rules)).toEqual(['conjunction-nesting', 'date-consistent', 'topic-doubled', 'bracket-width']);
    expect(preset.rulesConfig).toEqual({ 'conjunction-nesting': true, 'date-consistent': true, 'topic-doubled': true, 'bracket-width': true });
  });

  it('should be published at knet-terms/textlint-rule, built from this module', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.exports['./textlint-rule']).toBe('./lib/lint/textlint/rules.js');
  });

  it('should report, through textlint itself, each defect of the fixture at its line and column (1-based)', async () => {
    const result = await kernel.lintText(readFileSync(fixture, 'utf8'), options());
    const found = result.messages.map((m) => [m.ruleId, m.loc.start.line, m.loc.start.column, m.message.split(' / ')[0]]);
    expect(found).toEqual([
      ['knet-terms/conjunction-nesting', 3, 18, '「若しくは」は「又は」で結ぶ選択の中の小さな選択に使います'],
      ['knet-terms/date-consistent', 5, 10, '西暦と和暦が一致しません: 2019年5月1日は令和元年です'],
      ['knet-terms/bracket-width', 5, 15, '括弧は全角で対にして書きます'],
    ]);
  });

  it('should fix the half-width brackets with textlint’s fixer', async () => {
    const result = await kernel.fixText(readFileSync(fixture, 'utf8'), options());
    expect(result.output).toContain('2019年（平成31年）5月1日');
    expect(result.output).toContain('商品の仕様若しくは数量'); // no fix for a word choice
  });
});
