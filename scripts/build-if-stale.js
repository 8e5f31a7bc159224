#!/usr/bin/env node
// Runs `npm run build:ts` unless lib/ was built from exactly these sources. `npm ci`, `npm install` and
// `npm test` each want lib/ built; with this the TypeScript build runs once per change instead of once
// per command (.ci/run runs all three). The fingerprint covers every input of the build.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const STAMP = join(root, 'lib', '.build-fingerprint');
const INPUTS = ['src', 'scripts/build-validators.js', 'scripts/bundle.js', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];

/** Every file under a path, sorted. */
function files(path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { recursive: true })
    .map((name) => join(full, String(name)))
    .filter((p) => statSync(p).isFile())
    .sort();
}

/** The fingerprint of the build's inputs: their paths and contents. */
export function fingerprint() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files)) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const current = fingerprint();
const built = existsSync(STAMP) && existsSync(join(root, 'lib/bundle/main.js')) ? readFileSync(STAMP, 'utf8').trim() : '';
if (built === current && !process.argv.includes('--force')) {
  console.error('lib/ is up to date (scripts/build-if-stale.js)');
} else {
  execSync('npm run build:ts', { cwd: root, stdio: 'inherit' });
  writeFileSync(STAMP, `${current}\n`);
}
