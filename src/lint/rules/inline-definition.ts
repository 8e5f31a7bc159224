/**
 * inline-definition: a term defined in the text outside the definitions article (（以下「当社」）,
 * 以下「再委託先」といいます。, 「反社会的勢力」をいいます) is registered as a defined term by a
 * `definition` annotation on its clause, with its scope: `article` when the text limits it to the article
 * (本条において), else `document`. And a `definition` annotation names a term its clause defines.
 */
import type { RuleOf } from '../../annotation/schema.js';
import type { LintContext, SentenceClause } from '../context.js';
import { exampleDocument } from '../example.js';
import type { Finding, LintRule } from '../types.js';

/** 以下「X」, 以下、本条において「X」, 本条において以下「X」 … */
const AFTER_IKA = /(?:(本条|この条)において[、，]?)?以下[、，]?(?:(本条|この条)において[、，]?)?「([^「」]+)」/gu;
/** 「X」をいう / をいいます, then perhaps 本条において以下同じ. */
const MEANS = /「([^「」]+)」をいい(?:ます)?。?(?:(本条|この条)において)?/gu;

interface InlineDefinition {
  term: string;
  offset: number;
  length: number;
  scope: 'document' | 'article';
}

/** The definitions written in a sentence. */
function inlineDefinitions(text: string): InlineDefinition[] {
  const out: InlineDefinition[] = [];
  for (const m of text.matchAll(AFTER_IKA)) {
    const term = m[3] as string;
    const at = m[0].lastIndexOf(`「${term}」`);
    out.push({ term, offset: m.index + at, length: term.length + 2, scope: m[1] || m[2] ? 'article' : 'document' });
  }
  for (const m of text.matchAll(MEANS)) {
    const term = m[1] as string;
    if (out.some((d) => d.term === term)) continue;
    out.push({ term, offset: m.index, length: term.length + 2, scope: m[2] ? 'article' : 'document' });
  }
  return out;
}

function inDefinitionsArticle(clause: SentenceClause, context: LintContext): boolean {
  return [clause.id, ...context.ancestors(clause.id)].some((id) => context.rulesOf(id).some((r) => r.kind === 'definitions'));
}

export const inlineDefinition: LintRule = {
  id: 'inline-definition',
  severity: 'error',
  description: '第２条以外の「以下「…」という。」の定義を注釈 definition で範囲とともに登録する / inline definitions are registered with their scope',
  check(ruleSet, context) {
    const findings: Finding[] = [];
    for (const clause of context.sentences) {
      if (inDefinitionsArticle(clause, context)) continue;
      const owners = [clause.id, ...context.ancestors(clause.id)];
      for (const d of inlineDefinitions(clause.sentence)) {
        const registered = ruleSet.definitions.find((x) => x.term === d.term && owners.includes(x.clause));
        const place = context.place(clause, d.offset, d.length);
        if (!registered) {
          findings.push({
            message: `定義が注釈で登録されていません: 「${d.term}」 / Unexpected unregistered definition 「${d.term}」, expected a rule block \`kind: definition, term: ${d.term}\``,
            place,
            clause: clause.id,
          });
        } else if (registered.scope !== d.scope) {
          findings.push({
            message: `定義の範囲が本文と異なります: 「${d.term}」は${d.scope === 'article' ? '本条に限る' : '文書全体の'}定義です / Unexpected scope ${registered.scope} for 「${d.term}」, expected ${d.scope}`,
            place,
            clause: clause.id,
          });
        }
      }
    }
    for (const rule of ruleSet.rules) {
      if (rule.kind !== 'definition') continue;
      const { term } = rule as RuleOf['definition'];
      const clauses = context.sentences.filter((c) => c.id === rule.clause || context.ancestors(c.id).includes(rule.clause));
      if (clauses.some((c) => inlineDefinitions(c.sentence).some((d) => d.term === term))) continue;
      findings.push({
        message: `注釈の用語「${term}」を定義する文がこの条項にありません / Unexpected definition of ${term} in the annotation, expected 以下「${term}」 in the clause’s text`,
        place: rule.loc,
        clause: rule.clause,
      });
    }
    return findings;
  },
  examples: {
    ok: [
      exampleDocument(`
## 第１条（再委託） {#a}

当社は、再委託先（以下「再委託先」といいます。）に義務を負わせます。

\`\`\`rule
kind: definition
term: 再委託先
\`\`\`

2. 当社は、本条において以下「委託業務」という業務を監督します。

   \`\`\`rule
   kind: definition
   term: 委託業務
   scope: article
   \`\`\`
`),
    ],
    notOk: [
      {
        markdown: exampleDocument(`
## 第１条（秘密情報） {#a}

当社は、秘密である旨を明記した情報（以下「秘密情報」といいます。）を開示しません。

2. 当社は、本条において以下「委託業務」という業務を監督します。

   \`\`\`rule
   kind: definition
   term: 委託業務
   \`\`\`

3. 当社は、秘密情報を適切に管理します。

   \`\`\`rule
   kind: definition
   term: 管理責任者
   \`\`\`
`),
        findings: [
          { clause: 'art-1-p1', line: 14, column: 21, message: '定義が注釈で登録されていません: 「秘密情報」 / Unexpected unregistered definition 「秘密情報」, expected a rule block `kind: definition, term: 秘密情報`' },
          { clause: 'art-1-p2', line: 16, column: 16, message: '定義の範囲が本文と異なります: 「委託業務」は本条に限る定義です / Unexpected scope document for 「委託業務」, expected article' },
          { clause: 'art-1-p3', line: 26, column: 4, message: '注釈の用語「管理責任者」を定義する文がこの条項にありません / Unexpected definition of 管理責任者 in the annotation, expected 以下「管理責任者」 in the clause’s text' },
        ],
      },
    ],
  },
};
