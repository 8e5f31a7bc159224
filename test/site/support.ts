/**
 * What the site's tests share: building the real site from the real terms into a temporary folder,
 * serving it on 127.0.0.1 (port 0), and launching Debian's chromium.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { loadProjectConfig } from '../../src/project/config.js';
import { PACKAGE_ROOT } from '../../src/project/root.js';
import { buildAll, type BuildResult } from '../../src/site/build.js';
import { serveSite, type SiteServer } from '../../src/site/serve.js';

/** The real terms folder. */
export const TERMS_DIR = join(PACKAGE_ROOT, 'terms');

/** Where screenshots go (gitignored). */
export const ARTIFACTS_DIR = join(PACKAGE_ROOT, 'test-artifacts', 'site');

/** A date on which 2018-04-20 is in force and 2027-01-01 is upcoming. */
export const TODAY = '2026-12-01';

/** A built site in a temporary folder. */
export interface BuiltSite {
  result: BuildResult;
  outDir: string;
  /** Removes the folder. */
  remove(): void;
}

/**
 * Builds the real site.
 * @param options the terms folder, build date and base URL to use
 */
export async function buildSite(options: { termsDir?: string; today?: string; baseUrl?: string } = {}): Promise<BuiltSite> {
  const root = mkdtempSync(join(tmpdir(), 'terms-site-'));
  const outDir = join(root, 'dist');
  const result = await buildAll({
    cwd: PACKAGE_ROOT,
    termsDir: options.termsDir ?? TERMS_DIR,
    outDir,
    baseUrl: options.baseUrl ?? 'http://localhost:4173/',
    today: options.today ?? TODAY,
    // The real project's configuration (companies, search synonyms), as `terms build` reads it.
    config: (await loadProjectConfig(PACKAGE_ROOT, 'terms.config.json')).config,
  });
  return { result, outDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Serves a built site on a free port.
 * @param siteDir the site folder
 */
export function serve(siteDir: string): Promise<SiteServer> {
  return serveSite({ root: siteDir, port: 0 });
}

/** Launches Debian's chromium, headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Makes sure the artifacts folder exists and returns a file path in it. */
export function artifact(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, name);
}

/**
 * Opens a page, expecting 200, and records its console errors and warnings and uncaught exceptions.
 * @param from the browser context
 * @param url the page's URL
 * @param problems where the page's problems are recorded (a test asserts it empty)
 * @param label how the problems name the page
 */
export async function openPage(from: BrowserContext, url: string, problems: string[], label = url): Promise<Page> {
  const page = await from.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${label}: console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${label}: ${e.message}`));
  const response = await page.goto(url);
  expect(response?.status(), label).toBe(200);
  return page;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on a page.
 * @returns its violations, one line each
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type Axe = { run(options: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
    const { axe } = window as unknown as { axe: Axe };
    return (await axe.run({ resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}
