import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every module reachable from `entry` through static and dynamic imports: files and package names. */
function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/gu)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? '';
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec.replace(/\.js$/u, '.ts'));
        if (existsSync(target)) visit(target);
      } else {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec));
      }
    }
  };
  visit(resolve(entry));
  return { files, packages };
}

describe('what compiling loads', () => {
  const graph = reachable(join('src', 'compile', 'index.ts'));

  it('should find the compiler’s own modules and remark (the walk works)', () => {
    expect(graph.packages).toContain('remark-parse');
    expect([...graph.files].some((f) => f.endsWith('references.ts'))).toBe(true);
  });

  it('should never load kuromoji, handlebars, nodemailer or vite', () => {
    for (const heavy of ['kuromoji', 'handlebars', 'nodemailer', 'vite', 'playwright-core']) {
      expect(graph.packages).not.toContain(heavy);
    }
  });
});

/**
 * The layers of src/, bottom first (docs/architecture.md): a module imports from its own layer or from
 * lower ones, never from above, and no two folders import each other, even through others. Files directly
 * in src/ (errors.ts) are the bottom layer.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['(root)'],
  ['diagnostics', 'numbers', 'io', 'cache'],
  ['period', 'yaml', 'schema', 'tokenize', 'paths', 'statutes'],
  ['annotation'],
  ['ruleset'],
  ['compile'],
  ['import'],
  ['project'],
  ['lint', 'diff', 'check'],
  ['notice'],
  ['ci', 'site', 'export'],
  ['registry'],
  ['cli', 'lsp'],
];

/** Folder of a module under src/ (`(root)` for src/errors.ts). */
const folderOf = (file: string): string => {
  const parts = relative('src', file).split(sep);
  return parts.length > 1 ? (parts[0] as string) : '(root)';
};

/** Every import between two folders of src/, as [from, to, file]. */
function folderImports(): Array<[string, string, string]> {
  const edges: Array<[string, string, string]> = [];
  for (const entry of readdirSync('src', { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.ts')) continue;
    const file = join('src', entry);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/gu)) {
      const target = relative('.', resolve(dirname(file), m[1] ?? m[2] ?? ''));
      const from = folderOf(file);
      const to = folderOf(target);
      if (from !== to) edges.push([from, to, file]);
    }
  }
  return edges;
}

/** Folders that reach themselves through imports of other folders, one cycle each, as `a → b → a`. */
function folderCycles(edges: ReadonlyArray<[string, string, string]>): string[] {
  const next = new Map<string, Set<string>>();
  for (const [from, to] of edges) next.set(from, (next.get(from) ?? new Set()).add(to));
  const cycles: string[] = [];
  for (const start of next.keys()) {
    const seen = new Set<string>();
    const walk = (at: string, path: string[]): boolean => {
      for (const to of next.get(at) ?? []) {
        if (to === start) return cycles.push([...path, to].join(' → ')) > 0;
        if (seen.has(to)) continue;
        seen.add(to);
        if (walk(to, [...path, to])) return true;
      }
      return false;
    };
    walk(start, [start]);
  }
  return cycles;
}

describe('the layers of src/', () => {
  const layerOf = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i] as const)));
  const edges = folderImports();

  it('should place every folder of src/ in a layer (add a new one to LAYERS and docs/architecture.md)', () => {
    const folders = new Set(readdirSync('src', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name));
    expect([...folders].filter((f) => !layerOf.has(f))).toEqual([]);
    expect(edges.length).toBeGreaterThan(50);
  });

  it('should import only from the same layer or below, never from above', () => {
    const upward = edges.filter(([from, to]) => (layerOf.get(to) ?? Infinity) > (layerOf.get(from) ?? -1)).map(([from, to, file]) => `${file}: ${from} → ${to}`);
    expect(upward).toEqual([]);
  });

  it('should have no cycle between folders', () => {
    expect(folderCycles(edges)).toEqual([]);
    // The walk finds a cycle where there is one.
    expect(folderCycles([['a', 'b', 'x'], ['b', 'c', 'x'], ['c', 'a', 'x']])).toContain('a → b → c → a');
  });

  it('should keep the notices off the site and the schema helper off what it validates', () => {
    expect(edges.filter(([from, to]) => from === 'notice' && to === 'site')).toEqual([]);
    expect(edges.filter(([from]) => from === 'schema')).toEqual([]);
  });

  it('should agree with docs/architecture.md', () => {
    const doc = readFileSync('docs/architecture.md', 'utf8');
    for (const folders of LAYERS) for (const f of folders) if (f !== '(root)') expect(doc).toContain(`\`${f}\``);
  });
});
