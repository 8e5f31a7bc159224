#!/usr/bin/env node
// Bundles the CLI into lib/bundle/ with esbuild: Node resolves and loads hundreds of small ESM files from
// node_modules at every start, which is most of a short command's time. Commands stay separate chunks,
// loaded on demand; packages with data files or native parts stay external.
import { build } from 'esbuild';
import { copyFileSync, readdirSync, rmSync } from 'node:fs';

const out = new URL('../lib/bundle/', import.meta.url).pathname;
rmSync(out, { recursive: true, force: true });
await build({
  // The check worker is an entry of its own: a worker thread loads the checker and nothing else.
  entryPoints: {
    main: new URL('../src/cli/main.ts', import.meta.url).pathname,
    'check-worker': new URL('../src/check/stream/worker.ts', import.meta.url).pathname,
  },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external: ['ajv', 'ajv/*', '@textlint/kernel', '@textlint/textlint-plugin-text', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument', 'kuromoji', 'pdfjs-dist', 'handlebars', 'nodemailer', 'vite', 'playwright-core', 'axe-core', 'smtp-server', 'mailparser', 'esbuild', 'fsevents', 'lightningcss'],
  // Bundled CommonJS dependencies call require(); give ESM chunks one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
for (const name of readdirSync(new URL('../lib/schema/', import.meta.url))) {
  if (/^validators\..*generated\.cjs$/u.test(name)) copyFileSync(new URL(`../lib/schema/${name}`, import.meta.url), new URL(name, `file://${out}`));
}
