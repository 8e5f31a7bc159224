import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  ReferencesRequest,
  WorkspaceSymbolRequest,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type Location,
  type MarkupContent,
} from 'vscode-languageserver-protocol';
import { exampleDocument } from '../../src/lint/index.js';
import { runInProcess } from '../helpers/cli.js';
import { project, startClient, type TestClient } from './client.js';

const V2027 = 'terms/knet-cloud/2027-01-01.md';
const EXAMPLE = 'terms/example/2026-05-01.md';
const text2027 = readFileSync(resolve(V2027), 'utf8');

/** A version with a compile-clean text and findings of several rules, one with a fix. */
const DEFECTS = exampleDocument(`
## 第１条（通知） {#notice}

当社は、契約者に通知(電子メール)します。

2. 前各項の定めにかかわらず、当社は通知を省略できます。

## 第２条（変更） {#change}

契約者は、商号若しくは名称を変更するときは、通知します。

2. 前項の通知は、第５条に定める方法によります。
`);

/** Line (1-based) and column (1-based) of the n-th occurrence of `needle` in `text`. */
function find(text: string, needle: string, nth = 1, after = 0): { line: number; character: number } {
  const lines = text.split('\n');
  let seen = 0;
  for (let i = after; i < lines.length; i++) {
    const col = (lines[i] as string).indexOf(needle);
    if (col >= 0 && ++seen === nth) return { line: i, character: col };
  }
  throw new Error(`not found: ${needle}`);
}

let client: TestClient;
let root: string;

beforeAll(async () => {
  root = project({});
  client = await startClient(root, { debounceMs: 50 });
  await client.open(V2027, text2027);
}, 60_000);

afterAll(async () => {
  expect(await client.close()).toBe(0);
});

const hover = async (path: string, position: { line: number; character: number }) =>
  ((await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: client.uri(path) }, position }))?.contents as MarkupContent | undefined)?.value ?? '';

describe('terms lsp --stdio, driven by a real LSP client', () => {
  it('should publish the findings terms lint prints for the same file, with positions, rule ids and severities', async () => {
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(join(root, 'terms/example'), { recursive: true });
    writeFileSync(join(root, EXAMPLE), DEFECTS);
    const published = await client.open(EXAMPLE, DEFECTS);
    const cli = (await runInProcess(['lint', '--format', 'json', EXAMPLE], root)).stdout;
    const expected = (JSON.parse(cli) as Array<{ line: number; column: number; endLine: number | null; endColumn: number | null; ruleId: string; severity: string; message: string }>).map((d) => ({
      line: d.line - 1,
      character: d.column - 1,
      code: d.ruleId,
      severity: { error: 1, warning: 2, info: 3 }[d.severity],
      message: d.message,
    }));
    const got = published.diagnostics.map((d: Diagnostic) => ({ line: d.range.start.line, character: d.range.start.character, code: d.code, severity: d.severity, message: d.message }));
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(got).toEqual(expected);
    expect(published.diagnostics.every((d) => d.source === 'terms')).toBe(true);
  });

  it('should honour suppressions and terms.config.json severities (the 2018 version’s published defects are silent)', async () => {
    const v2018 = readFileSync(resolve('terms/knet-cloud/2018-04-20.md'), 'utf8');
    const published = await client.open('terms/knet-cloud/2018-04-20.md', v2018);
    expect(published.diagnostics).toEqual([]);
    // Without its suppression comment, the 第20条 bracket finding appears, as a warning (its configured severity).
    const edited = v2018.replace(/<!-- terms-lint-disable-next-line bracket-width -- [^\n]*-->\n/u, '');
    const after = await client.change('terms/knet-cloud/2018-04-20.md', 2, edited);
    expect(after.diagnostics.map((d) => [d.code, d.severity])).toEqual([['bracket-width', 2]]);
  });

  it('should update diagnostics as the user types', async () => {
    const broken = text2027.replace('2. 前項の規定に基づき、当社から契約者への通知', '2. 前各項の規定に基づき、当社から契約者への通知');
    const published = await client.change(V2027, 2, broken);
    expect(published.version).toBe(2);
    // The 2027 text still cites プロバイダ責任制限法 by its former title: that warning stays throughout.
    const statute = ['statute-name', find(text2027, '特定電気通信役務提供者の損害賠償責任').line + 1];
    const edited = find(broken, '2. 前各項の規定に基づき、当社から契約者への通知').line + 1;
    expect(published.diagnostics.map((d) => [d.code, d.range.start.line + 1])).toEqual([['ref-relative', edited], statute]);
    const fixed = await client.change(V2027, 3, text2027);
    expect(fixed.diagnostics.map((d) => [d.code, d.range.start.line + 1])).toEqual([statute]);
  });

  it('should show a defined term’s definition and its defining clause on hover', async () => {
    const value = await hover(V2027, find(text2027, '契約者は、解約希望日'));
    expect(value).toContain('「契約者」');
    expect(value).toContain('利用規約に基づく利用契約を当社と締結し、本サービスの提供を受ける者');
    expect(value).toContain('第２条（定義）第1項第2号');
  });

  it('should show the text of a reference’s target on hover (前項, 前条第１項各号)', async () => {
    const p = find(text2027, '前項に定める通知が当社');
    const value = await hover(V2027, { line: p.line, character: p.character + 1 });
    expect(value).toContain('**前項** →');
    expect(value).toContain('第14条（契約者からの利用契約の解約）第1項');
    expect(value).toContain('契約者は、解約希望日の２ヶ月前までに');
    const q = find(text2027, '前条第１項各号');
    const items = await hover(V2027, { line: q.line, character: q.character + 2 });
    expect(items.match(/第29条（認定利用者の遵守事項等）第1項第\d号/gu)).toHaveLength(5);
  });

  it('should explain an annotation field and its normalized value: P2M → ２ヶ月, and where the period from today ends', async () => {
    const p = find(text2027, 'notice: P2M');
    const value = await hover(V2027, { line: p.line, character: 1 });
    expect(value).toContain('cancellation.notice');
    expect(value).toContain('予告期間');
    expect(value).toContain('`P2M` → ２ヶ月');
    // TERMS_TODAY=2026-12-04: two months from 2026-12-04 (first day excluded) end on 2027-02-04.
    expect(value).toContain('今日（2026-12-04）から数えると期間の末日は **2027-02-04**');
    expect(value).toContain('最も早い効力発生日は **2027-02-04**');
  });

  it('should go from a reference to its target and from a term to its definition', async () => {
    const p = find(text2027, '前項に定める通知が当社');
    const [target] = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: client.uri(V2027) }, position: { line: p.line, character: p.character + 1 } })) as Location[];
    expect(target?.range.start.line).toBe(find(text2027, '契約者は、解約希望日の２ヶ月前').line);
    const t = find(text2027, '契約者は、解約希望日');
    const [definition] = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: client.uri(V2027) }, position: t })) as Location[];
    // The term in 第２条's item: `- 契約者 …`, the term after the bullet.
    expect(definition?.range.start).toEqual({ line: find(text2027, '- 契約者 利用規約に基づく').line, character: 2 });
  });

  it('should find the references to a clause and the uses of a term (and back)', async () => {
    // From 第29条's first paragraph: 第30条 cites it twice (前条第１項各号).
    const paragraph = find(text2027, '第10条（認定利用者による利用）の定めに基づき、当社が、認定利用者による本サービスの利用を承諾');
    const position = { line: paragraph.line, character: 18 }; // の定め: no term, no reference
    const refs = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: client.uri(V2027) }, position, context: { includeDeclaration: false } })) as Location[];
    expect(refs.map((r) => r.range.start.line + 1)).toEqual([501, 503]);
    // On a reference (第10条（…） at the start of that paragraph): the references to 第10条.
    const to10 = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: client.uri(V2027) }, position: { line: paragraph.line, character: 2 }, context: { includeDeclaration: true } })) as Location[];
    expect(to10.map((r) => r.range.start.line + 1)).toEqual([find(text2027, '## 第10条').line + 1, 485, 501]);
    const t = find(text2027, '契約者は、解約希望日');
    const uses = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: client.uri(V2027) }, position: t, context: { includeDeclaration: true } })) as Location[];
    expect(uses.length).toBeGreaterThan(50);
    expect(uses[0]?.range.start.line).toBe(find(text2027, '- 契約者 利用規約に基づく').line);
  });

  it('should outline 章 and 条 as document symbols', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: client.uri(V2027) } })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(['第１章 総則', '第２章 契約の締結等', '第３章 サービス', '第４章 利用料金', '第５章 当社及び契約者の義務等', '第６章 秘密情報等の取り扱い', '第７章 損害賠償等', '付則']);
    expect(symbols.slice(0, 7).flatMap((s) => s.children ?? [])).toHaveLength(36);
    expect(symbols[1]?.children?.[5]?.name).toBe('第14条（契約者からの利用契約の解約）');
    expect(symbols[1]?.children?.[5]?.children?.map((p) => p.name)).toEqual(['第1項', '２．']);
  });

  it('should find articles and defined terms across every version as workspace symbols', async () => {
    const found = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '解約' })) as Array<{ name: string; containerName?: string }>;
    const names = found.map((s) => `${s.containerName}: ${s.name}`);
    expect(names).toContain('knet-cloud 2018-04-20: 第14条（契約者からの利用契約の解約）');
    expect(names).toContain('knet-cloud 2027-01-01: 第14条（契約者からの利用契約の解約）');
    const terms = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '利用期間' })) as Array<{ name: string }>;
    expect(terms.map((s) => s.name)).toContain('「利用期間」');
  });

  it('should complete kinds, fields and values inside ```rule blocks from the annotation schema', async () => {
    const p = find(text2027, 'notice: P2M');
    const doc = text2027.split('\n');
    const complete = async (text: string, line: number, character: number) => {
      await client.change(V2027, 10 + line, text);
      return ((await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: client.uri(V2027) }, position: { line, character } })) as CompletionItem[]).map((i) => i.label);
    };
    const kinds = await complete([...doc.slice(0, p.line - 1), 'kind: ', ...doc.slice(p.line)].join('\n'), p.line - 1, 6);
    expect(kinds).toContain('cancellation');
    expect(kinds).toContain('sla-credit');
    const fields = await complete([...doc.slice(0, p.line), '', ...doc.slice(p.line + 1)].join('\n'), p.line, 0);
    expect(fields).toEqual(expect.arrayContaining(['notice', 'party', 'note', 'key']));
    expect(fields).not.toContain('kind');
    const values = await complete([...doc.slice(0, p.line), 'party: ', ...doc.slice(p.line + 1)].join('\n'), p.line, 7);
    expect(values).toEqual(['customer', 'company']);
    const outside = await complete(text2027, p.line - 3, 0);
    expect(outside).toEqual([]);
    await client.change(V2027, 100, text2027);
  });

  it('should offer the fix terms lint --fix applies, and a suppression with a reason placeholder', async () => {
    const published = await client.change(EXAMPLE, 2, DEFECTS);
    const bracket = published.diagnostics.find((d) => d.code === 'bracket-width') as Diagnostic;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: client.uri(EXAMPLE) }, range: bracket.range, context: { diagnostics: [bracket] } })) as Array<{ title: string; isPreferred?: boolean; edit: { changes: Record<string, Array<{ range: { start: { line: number; character: number } }; newText: string }>> } }>;
    const [fix, suppress] = actions;
    expect(fix?.isPreferred).toBe(true);
    expect(fix?.edit.changes[client.uri(EXAMPLE)]?.map((e) => e.newText)).toEqual(['（', '）']);
    const line = find(DEFECTS, '当社は、契約者に通知(').line;
    expect(suppress?.edit.changes[client.uri(EXAMPLE)]).toEqual([
      { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: '<!-- terms-lint-disable-next-line bracket-width -- 理由 -->\n\n' },
    ]);
    // Applying the fix clears the finding.
    const fixed = DEFECTS.replace('通知(電子メール)', '通知（電子メール）');
    const after = await client.change(EXAMPLE, 3, fixed);
    expect(after.diagnostics.some((d) => d.code === 'bracket-width')).toBe(false);
  });
});
