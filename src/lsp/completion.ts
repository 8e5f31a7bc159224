/**
 * Completion inside ```rule blocks, from the annotation schema (src/annotation/schema.ts): kinds after
 * `kind:`, the fields of the block's kind at the start of a line, and a field's allowed values after
 * `field:`. It reads the editor's text, not the rule set: a block being typed does not compile yet.
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import type { TSchema } from '@sinclair/typebox';
import { ANNOTATION_KINDS, annotationInputSchemas, type AnnotationKind } from '../annotation/schema.js';
import { FIELD_DOCS, KIND_DOCS } from './field-docs.js';

const FENCE = /^(\s*)(`{3,}|~{3,})\s*(\S*)/u;

/** The lines of the ```rule block that holds line `line` (0-based), or null when it is not in one. */
export function ruleBlockAt(lines: readonly string[], line: number): { start: number; end: number } | null {
  let open: { start: number; fence: string; rule: boolean } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE.exec(lines[i] ?? '');
    if (open) {
      if (m && (m[2] ?? '').startsWith(open.fence) && !m[3]) {
        if (open.rule && line > open.start && line < i) return { start: open.start, end: i };
        open = null;
      }
    } else if (m) open = { start: i, fence: m[2] ?? '```', rule: m[3] === 'rule' };
    if (i > line && !open) break;
  }
  return open?.rule && line > open.start ? { start: open.start, end: lines.length } : null;
}

/** The allowed values of a schema: an enum, literals, booleans. */
export function valuesOf(schema: TSchema | undefined): string[] {
  if (!schema) return [];
  const s = schema as { enum?: unknown[]; const?: unknown; anyOf?: TSchema[]; type?: string; items?: TSchema };
  if (s.enum) return s.enum.map(String);
  if (s.const !== undefined) return [String(s.const)];
  if (s.anyOf) return s.anyOf.flatMap(valuesOf);
  if (s.type === 'boolean') return ['true', 'false'];
  if (s.type === 'null') return ['null'];
  if (s.type === 'array') return valuesOf(s.items);
  return [];
}

/**
 * Completion items at a position.
 * @param lines the document's lines
 * @param line 0-based line
 * @param character 0-based character
 */
export function completionsAt(lines: readonly string[], line: number, character: number): CompletionItem[] {
  const block = ruleBlockAt(lines, line);
  if (!block) return [];
  const before = (lines[line] ?? '').slice(0, character);
  const blockLines = lines.slice(block.start + 1, block.end);
  // The kind of the annotation this line belongs to: the nearest `kind:` above it (a list holds several), else below.
  const own = blockLines.slice(0, line - block.start);
  const kindLine = [...own].reverse().find((l) => /^\s*(?:-\s+)?kind\s*:/u.test(l)) ?? blockLines.find((l) => /^\s*(?:-\s+)?kind\s*:/u.test(l));
  const kind = /kind\s*:\s*([\w-]+)/u.exec(kindLine ?? '')?.[1] as AnnotationKind | undefined;
  const value = /^\s*(?:-\s+)?([A-Za-z][\w-]*)\s*:\s*([\w-]*)$/u.exec(before);
  if (value) {
    const field = value[1] as string;
    if (field === 'kind') {
      return ANNOTATION_KINDS.map((k) => ({ label: k, kind: CompletionItemKind.EnumMember, detail: KIND_DOCS[k] ?? '' }));
    }
    const schema = kind && (ANNOTATION_KINDS as readonly string[]).includes(kind) ? annotationInputSchemas[kind].properties[field] : undefined;
    return valuesOf(schema).map((v) => ({ label: v, kind: CompletionItemKind.Value, detail: `${kind}.${field}` }));
  }
  if (!/^\s*(?:-\s+)?[\w-]*$/u.test(before)) return [];
  if (!kind || !(ANNOTATION_KINDS as readonly string[]).includes(kind)) {
    return [{ label: 'kind', kind: CompletionItemKind.Property, detail: FIELD_DOCS['kind'] ?? '', insertText: 'kind: ' }];
  }
  const present = new Set(own.map((l) => /^\s*(?:-\s+)?([\w-]+)\s*:/u.exec(l)?.[1]));
  const schema = annotationInputSchemas[kind];
  const required = new Set(schema.required ?? []);
  return Object.keys(schema.properties)
    .filter((f) => !present.has(f))
    .map((f) => ({
      label: f,
      kind: CompletionItemKind.Property,
      detail: `${required.has(f) ? '必須 / required' : '任意 / optional'} — ${FIELD_DOCS[f] ?? ''}`,
      insertText: `${f}: `,
      sortText: `${required.has(f) ? 0 : 1}${f}`,
    }));
}
