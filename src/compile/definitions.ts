import type { Rule } from '../annotation/schema.js';
import type { DiagnosticSink } from '../diagnostics/index.js';
import type { Article, Clause, Definition } from '../ruleset/schema.js';
import { walkClauses } from '../ruleset/walk.js';

/** Where a 第２条-style item splits the term from its meaning: the first 半角 or 全角 space. */
const TERM_SPLIT = /^(\S+?)[ 　]+(.+)$/u;

/**
 * The clauses of the articles by id, the first of an id kept (the tree may still hold a duplicate article,
 * reported elsewhere). Built here with `walkClauses`, not `clauseIndex`: the compiler's tree is not final.
 */
function clausesById(articles: Article[]): Map<string, Clause> {
  const byId = new Map<string, Clause>();
  for (const { clause } of walkClauses({ articles, supplProvision: null })) if (!byId.has(clause.id)) byId.set(clause.id, clause);
  return byId;
}

/**
 * The defined terms: each item of a clause annotated `definitions` (`用語 意味`), and each
 * `definition` annotation (an inline 「以下「…」という。」).
 */
export function collectDefinitions(articles: Article[], rules: Rule[], sink: DiagnosticSink): Definition[] {
  const out: Definition[] = [];
  let byId: Map<string, Clause> | undefined;
  const findClause = (id: string): Clause | undefined => (byId ??= clausesById(articles)).get(id);
  for (const rule of rules) {
    if (rule.kind === 'definition') {
      out.push({ term: rule.term, clause: rule.clause, meaning: null, source: 'inline', scope: rule.scope });
    } else if (rule.kind === 'definitions') {
      const clause = findClause(rule.clause);
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
      sink.warning('compile/definition-duplicate', `用語「${d.term}」は ${other} と ${d.clause} で定義されています / term defined twice`, findClause(d.clause)?.loc, d.clause);
    }
    seen.set(d.term, d.clause);
  }
  return out;
}
