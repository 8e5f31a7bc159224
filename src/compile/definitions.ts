import type { Rule } from '../annotation/schema.js';
import type { DiagnosticSink } from '../diagnostics/index.js';
import type { Article, Definition, Item, Paragraph } from '../ruleset/schema.js';

/** Where a 第２条-style item splits the term from its meaning: the first 半角 or 全角 space. */
const TERM_SPLIT = /^(\S+?)[ 　]+(.+)$/u;

function findClause(articles: Article[], id: string): Article | Paragraph | Item | undefined {
  for (const a of articles) {
    if (a.id === id) return a;
    for (const p of a.paragraphs) {
      if (p.id === id) return p;
      for (const i of p.items) if (i.id === id) return i;
    }
  }
  return undefined;
}

/**
 * The defined terms: each item of a clause annotated `definitions` (`用語 意味`), and each
 * `definition` annotation (an inline 「以下「…」という。」).
 */
export function collectDefinitions(articles: Article[], rules: Rule[], sink: DiagnosticSink): Definition[] {
  const out: Definition[] = [];
  for (const rule of rules) {
    if (rule.kind === 'definition') {
      out.push({ term: rule.term, clause: rule.clause, meaning: null, source: 'inline', scope: rule.scope });
    } else if (rule.kind === 'definitions') {
      const clause = findClause(articles, rule.clause);
      const paragraphs = clause?.kind === 'Article' ? clause.paragraphs : clause?.kind === 'Paragraph' ? [clause] : [];
      for (const item of paragraphs.flatMap((p) => p.items)) {
        const m = TERM_SPLIT.exec(item.sentence);
        if (!m) {
          sink.error('compile/definition-item', `定義の号は「用語 意味」の形で書いてください / a definition item must read "term meaning"`, item.loc, item.id);
          continue;
        }
        out.push({ term: m[1] as string, clause: item.id, meaning: m[2] as string, source: 'definitions', scope: 'document' });
      }
    }
  }
  const seen = new Map<string, string>();
  for (const d of out) {
    const other = seen.get(d.term);
    if (other && other !== d.clause) {
      sink.warning('compile/definition-duplicate', `用語「${d.term}」は ${other} と ${d.clause} で定義されています / term defined twice`, findClause(articles, d.clause)?.loc, d.clause);
    }
    seen.set(d.term, d.clause);
  }
  return out;
}
