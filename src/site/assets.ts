/**
 * Builds the client assets (site/main.ts with its CSS, and the search code it loads on demand) with
 * Vite's JS API, in memory: the caller writes the files and puts their hashed names into the pages.
 */
import { isAbsolute, join } from 'node:path';
import { PACKAGE_ROOT } from '../project/root.js';
import { TermsError } from '../errors.js';
import type { SiteAssets } from './pages/layout.js';

/** One built file, its path relative to the site folder. */
export interface BuiltFile {
  path: string;
  content: string | Uint8Array;
}

/** The built assets: the files and what every page links. */
export interface ClientBuild {
  files: BuiltFile[];
  /** URL paths of the entry's script and styles. */
  assets: SiteAssets;
  /** The source files bundled (absolute paths): the build is the same while they are (the cache's check). */
  inputs: string[];
}

/** The folder of the client sources. */
export const CLIENT_DIR = join(PACKAGE_ROOT, 'site');

/**
 * Builds site/ with Vite.
 * @param base the site's base path (`/`), which prefixes the asset URLs
 * @throws TermsError (exit 3) when Vite fails
 */
export async function buildClient(base: string): Promise<ClientBuild> {
  const { build } = await import('vite');
  let output;
  try {
    output = await build({
      configFile: false,
      envFile: false,
      root: CLIENT_DIR,
      base,
      publicDir: false,
      logLevel: 'silent',
      build: {
        write: false,
        outDir: 'dist',
        assetsDir: 'assets',
        target: 'es2020',
        modulePreload: false,
        reportCompressedSize: false,
        rolldownOptions: { input: join(CLIENT_DIR, 'main.ts') },
      },
    });
  } catch (error) {
    throw new TermsError(`サイトのスクリプトを構築できません / Vite build failed: ${error instanceof Error ? error.message : String(error)}`, 3);
  }
  const outputs = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
  const files: BuiltFile[] = [];
  const assets: SiteAssets = { css: [], js: [] };
  const inputs = new Set<string>();
  for (const item of outputs) {
    if (item.type === 'chunk') {
      for (const id of item.moduleIds) if (isAbsolute(id)) inputs.add(id);
      files.push({ path: item.fileName, content: item.code });
      if (item.isEntry) assets.js.push(base + item.fileName);
    } else {
      files.push({ path: item.fileName, content: typeof item.source === 'string' ? item.source : new Uint8Array(item.source) });
      if (item.fileName.endsWith('.css')) assets.css.push(base + item.fileName);
    }
  }
  return { files, assets, inputs: [...inputs].sort() };
}
