import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
