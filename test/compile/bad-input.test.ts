import { mkdtempSync, mkdirSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileTerms } from '../../src/compile/index.js';
import { runInProcess } from '../helpers/cli.js';

const FRONT = `---
document: demo
title: デモ規約
company: Knet 株式会社
version: 2026-01-01
effective: 2026-01-01
---
`;

/** Compiles a document and returns its diagnostics as `line:col rule`. */
function problems(markdown: string): string[] {
  const result = compileTerms(markdown, 'demo.md');
  expect(result.ruleSet).toBeNull();
  return result.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`);
}

describe('bad input', () => {
  it('should report articles out of sequence and duplicated', () => {
    const md = `${FRONT}\n## 第１条（一）\n\n本文。\n\n## 第３条（三）\n\n本文。\n\n## 第３条（三の重複）\n\n本文。\n`;
    expect(problems(md)).toEqual(['13:1 compile/article-sequence', '17:1 compile/article-duplicate']);
  });

  it('should report a heading without a caption', () => {
    expect(problems(`${FRONT}\n## 第１条\n\n本文。\n`)).toEqual(['9:1 compile/article-caption']);
  });

  it('should report a paragraph numbering gap and an item label that does not match its position', () => {
    const md = `${FRONT}\n## 第１条（一）\n\n本文。\n\n3. 第三項。\n\n## 第２条（二）\n\n本文。\n\n- 一号\n- （3）三号のつもり\n`;
    expect(problems(md)).toEqual(['13:1 compile/paragraph-sequence', '20:1 compile/item-sequence']);
  });

  it('should report an unknown annotation kind, a YAML error, a schema violation and a bad duration at their place', () => {
    const md = `${FRONT}
## 第１条（一）

本文は２ヶ月。

\`\`\`rule
kind: renewal-magic
\`\`\`

2. 第二項。

   \`\`\`rule
   kind: cancellation
   notice: [P2M
   \`\`\`

3. 第三項。

   \`\`\`rule
   kind: cancellation
   notice: P2M
   colour: red
   \`\`\`

4. 第四項。

   \`\`\`rule
   kind: cancellation
   notice: 2 months
   \`\`\`
`;
    expect(problems(md)).toEqual([
      '14:7 compile/annotation-kind',
      '21:16 compile/annotation',
      '29:4 compile/annotation-schema',
      '36:12 compile/annotation-duration',
    ]);
  });

  it('should report every missing front matter field', () => {
    const md = `---\ndocument: demo\ntitle: デモ\nversion: 2026-01-01\n---\n\n## 第１条（一）\n\n本文。\n`;
    const result = compileTerms(md, 'demo.md');
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining('"company"'),
      expect.stringContaining('"effective"'),
    ]);
  });

  it('should report an impossible effective date and a missing front matter', () => {
    expect(problems(FRONT.replace('effective: 2026-01-01', 'effective: 2026-02-30') + '\n## 第１条（一）\n\n本文。\n')).toEqual([
      '6:12 compile/front-matter',
    ]);
    expect(problems('## 第１条（一）\n\n本文。\n')).toEqual(['1:1 compile/front-matter']);
  });

  it('should report every problem of a document in one run', () => {
    const md = `${FRONT}\n## 第２条\n\n本文。\n\n\`\`\`rule\nkind: nope\n\`\`\`\n\n## 第２条（重複）\n\n本文。\n`;
    expect(problems(md)).toHaveLength(4);
  });
});

describe('terms compile on bad input', () => {
  const project = () => {
    const dir = mkdtempSync(join(tmpdir(), 'terms-bad-'));
    mkdirSync(join(dir, 'terms', 'demo'), { recursive: true });
    return dir;
  };
  const run = (cwd: string, ...args: string[]) => runInProcess(['compile', ...args], cwd);

  it('should print file:line:col messages, exit 2, and write nothing', async () => {
    const dir = project();
    writeFileSync(join(dir, 'terms/demo/2026-01-01.md'), `${FRONT}\n## 第１条（一）\n\n本文。\n`);
    writeFileSync(join(dir, 'terms/demo/2026-02-01.md'), FRONT.replace(/2026-01-01/gu, '2026-02-01') + '\n## 第１条\n\n本文。\n');
    const result = await run(dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('terms/demo/2026-02-01.md:9:1: ');
    expect(result.stderr).not.toMatch(/\n\s+at /u);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it('should write one rule set per version, leaving no temporary file behind', async () => {
    const dir = project();
    writeFileSync(join(dir, 'terms/demo/2026-01-01.md'), `${FRONT}\n## 第１条（一）\n\n本文。\n`);
    const result = await run(dir);
    expect(result.status).toBe(0);
    expect(readdirSync(join(dir, 'dist/rules/demo'))).toEqual(['2026-01-01.json']);
  });

  it('should show the stack trace of an internal error only with --debug', async () => {
    const dir = project();
    const missing = await run(dir, '--terms', 'nowhere');
    // A missing terms folder is bad input (exit 2, issue 16 item 7), still without a stack trace unless --debug.
    expect(missing.status).toBe(2);
    expect(missing.stderr).not.toMatch(/\n\s+at /u);
    const debug = await run(dir, '--terms', 'nowhere', '--debug');
    expect(debug.stderr).toMatch(/\n\s+at /u);
  });
});
