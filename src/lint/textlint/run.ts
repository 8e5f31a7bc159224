/**
 * Runs textlint rules on the clause texts of a rule set: every clause's own sentence is one paragraph of
 * a plain text given to textlint's kernel, and each message's offset is mapped back through the clause's
 * sentenceMap to the Markdown line and column. A textlint fix becomes the finding's fix when it stays on
 * one source line.
 */
import { TextlintKernel } from '@textlint/kernel';
import textPlugin from '@textlint/textlint-plugin-text';
import type { TextlintPluginCreator } from '@textlint/types';
import { diagnosticAt, type Diagnostic, type TextEdit } from '../../diagnostics/index.js';
import { positionOf, rangeOf } from '../../compile/text.js';
import type { RuleSet, TextMap } from '../../ruleset/schema.js';
import { createContext, type SentenceClause } from '../context.js';
import type { LoadedTextlint } from './load.js';

const kernel = new TextlintKernel();

/** Index of the map entry (source line segment) an offset falls in. */
function segmentOf(map: TextMap, offset: number): number {
  let found = 0;
  map.forEach(([start], i) => {
    if (start <= offset) found = i;
  });
  return found;
}

/**
 * The findings of the configured textlint rules in a rule set's clauses.
 * @param ruleSet the compiled rule set
 * @param textlint the loaded rules
 */
export async function runTextlint(ruleSet: RuleSet, textlint: LoadedTextlint): Promise<Diagnostic[]> {
  if (textlint.rules.length === 0) return [];
  const clauses: Array<{ clause: SentenceClause; start: number }> = [];
  let text = '';
  for (const clause of createContext(ruleSet).sentences) {
    if (!clause.sentence) continue;
    if (text) text += '\n\n';
    clauses.push({ clause, start: text.length });
    text += clause.sentence;
  }
  const result = await kernel.lintText(text, {
    ext: '.txt',
    plugins: [{ pluginId: 'text', plugin: textPlugin as unknown as TextlintPluginCreator }],
    rules: textlint.rules.map((r) => ({ ruleId: r.id, rule: r.rule, options: r.options })),
  });
  const clauseAt = (offset: number) => {
    let found = clauses[0];
    for (const c of clauses) if (c.start <= offset) found = c;
    return found;
  };
  const diagnostics: Diagnostic[] = [];
  for (const m of result.messages) {
    const [from, to] = m.range ?? [m.index, m.index + 1];
    const at = clauseAt(from);
    if (!at) continue;
    const { clause, start } = at;
    const local = Math.min(from - start, clause.sentence.length);
    const localEnd = Math.max(local, Math.min(to - start, clause.sentence.length));
    const map = clause.sentenceMap;
    const place = rangeOf(positionOf(map, local), positionOf(map, localEnd));
    const d = diagnosticAt(ruleSet.meta.source, textlint.severity, m.ruleId, m.message, place, clause.id);
    if (m.fix) {
      const a = m.fix.range[0] - start;
      const b = m.fix.range[1] - start;
      // A fix spanning a source line break cannot be replayed on the Markdown, whose wrap is not in the text.
      if (a >= 0 && b <= clause.sentence.length && segmentOf(map, a) === segmentOf(map, Math.max(a, b - 1))) {
        const edit: TextEdit = { ...(rangeOf(positionOf(map, a), positionOf(map, b)) as Omit<TextEdit, 'text'>), text: m.fix.text };
        d.fix = [edit];
      }
    }
    diagnostics.push(d);
  }
  return diagnostics;
}
