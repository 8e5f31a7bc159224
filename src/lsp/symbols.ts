/**
 * The outline: 章 → 条 → 項 → 号 as document symbols, and articles and defined terms of every version of
 * the workspace as workspace symbols.
 */
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import type { Place } from '../diagnostics/index.js';
import type { Article, Paragraph } from '../ruleset/schema.js';
import type { Analysis } from './analysis.js';
import { toRange } from './convert.js';
import { definitionPlace } from './locate.js';

/** The first line of a place, as a selection range inside it. */
function headLine(a: Analysis, place: Place): Place {
  const end = place.endLine === place.line ? (place.endColumn ?? place.column) : (a.lines[place.line - 1] ?? '').length + 1;
  return { line: place.line, column: place.column, endLine: place.line, endColumn: Math.max(end, place.column) };
}

function symbol(a: Analysis, name: string, detail: string, kind: SymbolKind, place: Place, children: DocumentSymbol[]): DocumentSymbol {
  return { name, detail, kind, range: toRange(place), selectionRange: toRange(headLine(a, place)), children };
}

function paragraphSymbols(a: Analysis, paragraphs: readonly Paragraph[]): DocumentSymbol[] {
  return paragraphs.map((p) =>
    symbol(a, p.label?.trim() || `第${p.num.value}項`, p.sentence.slice(0, 30), SymbolKind.Field, p.loc,
      p.items.map((i) => symbol(a, i.label?.trim() || `第${i.num.value}号`, i.sentence.slice(0, 30), SymbolKind.EnumMember, i.loc, []))),
  );
}

function articleSymbol(a: Analysis, article: Article): DocumentSymbol {
  return symbol(a, `${article.title}${article.caption?.written ?? ''}`, article.key, SymbolKind.Class, article.loc, paragraphSymbols(a, article.paragraphs));
}

/**
 * The outline of a version: chapters with their articles (articles outside a chapter at the top), then the 付則.
 * @param a the analysed version
 */
export function documentSymbols(a: Analysis): DocumentSymbol[] {
  const rs = a.ruleSet;
  if (!rs) return [];
  const byId = new Map(rs.articles.map((art) => [art.id, art]));
  const inChapter = new Set(rs.chapters.flatMap((c) => c.articles));
  const out: Array<{ line: number; symbol: DocumentSymbol }> = [];
  for (const chapter of rs.chapters) {
    const articles = chapter.articles.map((id) => byId.get(id)).filter((x): x is Article => x !== undefined);
    const last = articles.at(-1)?.loc ?? chapter.loc;
    const range = { line: chapter.loc.line, column: chapter.loc.column, endLine: last.endLine, endColumn: last.endColumn };
    out.push({ line: chapter.loc.line, symbol: symbol(a, chapter.title, '', SymbolKind.Namespace, range, articles.map((art) => articleSymbol(a, art))) });
  }
  for (const article of rs.articles) if (!inChapter.has(article.id)) out.push({ line: article.loc.line, symbol: articleSymbol(a, article) });
  if (rs.supplProvision) {
    const s = rs.supplProvision;
    out.push({ line: s.loc.line, symbol: symbol(a, s.label, '', SymbolKind.Namespace, s.loc, paragraphSymbols(a, s.paragraphs)) });
  }
  return out.sort((x, y) => x.line - y.line).map((x) => x.symbol);
}

/**
 * Articles and defined terms of one version whose name contains the query.
 * @param a the analysed version
 * @param uri its URI
 * @param query what the user typed (empty: everything)
 */
export function workspaceSymbols(a: Analysis, uri: string, query: string): WorkspaceSymbol[] {
  const rs = a.ruleSet;
  if (!rs) return [];
  const container = `${rs.meta.document} ${rs.meta.version}`;
  const out: WorkspaceSymbol[] = [];
  const matches = (name: string) => query === '' || name.toLowerCase().includes(query.toLowerCase());
  for (const article of rs.articles) {
    const name = `${article.title}${article.caption?.written ?? ''}`;
    if (matches(name) || matches(article.key)) out.push({ name, kind: SymbolKind.Class, containerName: container, location: { uri, range: toRange(headLine(a, article.loc)) } });
  }
  for (const d of rs.definitions) {
    const place = definitionPlace(a, d);
    if (place && matches(d.term)) out.push({ name: `「${d.term}」`, kind: SymbolKind.Constant, containerName: container, location: { uri, range: toRange(place) } });
  }
  return out;
}
